import { vi } from "vitest";
import type { SessionUser } from "@/lib/session";

// Outside a Next.js request there is no cache to invalidate: record the calls instead, so tests can
// assert that publishing expires the public pages.
const state = globalThis as unknown as {
  __cacheCalls: string[];
  __sessionUser: SessionUser | null;
  __sessionLookup?: () => Promise<SessionUser | null>;
};
state.__cacheCalls = [];
state.__sessionUser = null;

vi.mock("next/cache", () => ({
  revalidatePath: (p: string) => void state.__cacheCalls.push(`path:${p}`),
  revalidateTag: (t: string) => void state.__cacheCalls.push(`tag:${t}`),
  updateTag: (t: string) => void state.__cacheCalls.push(`tag:${t}`),
  unstable_cache: <T>(fn: T) => fn,
}));

// The session is the one thing faked: who is signed in. Everything behind it (policies, zod, the
// database) is real. A test may replace the lookup itself (to make it meet a database that is down).
vi.mock("@/lib/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/session")>()),
  getSessionUser: async () =>
    state.__sessionLookup ? state.__sessionLookup() : state.__sessionUser,
}));
