// The sign-in path's own small connection pool. A flood of sign-in attempts (refused or not) then
// queues on these few connections and never on the pool that serves readers and the desk: the
// public API kept its speed while thousands of attempts were refused (README, "Sign-in and
// sessions"). Only the throttle's counters, the account lookup and remembered devices use it;
// opening the session after a success uses the app's pool (lib/db.ts).
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { THROTTLE_SLOTS } from "./login-throttle";

const holder = globalThis as unknown as { signInPrisma?: PrismaClient };

export function signInDb(): PrismaClient {
  holder.signInPrisma ??= new PrismaClient({
    adapter: new PrismaPg({
      connectionString: env().DATABASE_URL,
      max: THROTTLE_SLOTS,
      application_name: "pramaan-sign-in",
    }),
  });
  return holder.signInPrisma;
}
