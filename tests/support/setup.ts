import { inject, vi } from "vitest";
import type { SessionUser } from "@/lib/user/session-user";

// This file's worker has a database of its own (tests/support/worker-databases.global.ts). Set before
// the test file is imported; lib/env.ts reads DATABASE_URL only when a query is first made, and child
// processes the test starts inherit it.
const workerDatabases = inject("workerDatabases");
if (workerDatabases) {
  const mine = workerDatabases[Number(process.env.VITEST_POOL_ID) - 1];
  if (!mine) throw new Error(`no database for Vitest worker ${process.env.VITEST_POOL_ID}`);
  process.env.DATABASE_URL = mine.app;
  process.env.PRAMAAN_MIGRATION_DATABASE_URL = mine.owner;
}

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

// next-intl outside a request: words from the catalogue in the test's language (tests/support/intl.ts).
vi.mock("next-intl", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl")>()),
  ...(await import("./intl")).clientHooks,
}));
vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  ...(await import("./intl")).serverApi,
}));

// The session is the one thing faked: who is signed in. Everything behind it (policies, zod, the
// database) is real. A test may replace the lookup itself (to make it meet a database that is down).
vi.mock("@/lib/user/session-user", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/user/session-user")>()),
  getSessionUser: async () =>
    state.__sessionLookup ? state.__sessionLookup() : state.__sessionUser,
}));
