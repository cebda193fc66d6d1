// One Prisma client per process, created on first use (never at import: `next build` imports
// route modules without a database).
import "server-only";
import { createPrismaClient } from "./db-client";
import { env } from "./env";
import type { PrismaClient } from "./generated/prisma/client";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  globalForDb.prisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForDb.prisma;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
