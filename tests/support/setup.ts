import { vi } from "vitest";

// Outside a Next.js request there is no cache to invalidate; record the calls instead so tests can
// assert that publishing invalidates the public pages.
export const cacheCalls: string[] = [];
vi.mock("next/cache", () => ({
  revalidatePath: (p: string) => void cacheCalls.push(`path:${p}`),
  revalidateTag: (t: string) => void cacheCalls.push(`tag:${t}`),
  updateTag: (t: string) => void cacheCalls.push(`tag:${t}`),
  unstable_cache: <T extends (...a: never[]) => unknown>(fn: T) => fn,
}));
