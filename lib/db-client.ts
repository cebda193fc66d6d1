// Builds a Prisma client over node-postgres. lib/db.ts holds the app's single instance; the seed and
// command-line scripts make their own with this.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { searchTextExtension } from "./search-text/write-extension";

/**
 * Every client writes searchText with its row (lib/search-text/write-extension.ts), so no write path, the
 * seed's or a script's included, can leave a new article or claim out of search.
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  // A query-only extension changes no method's arguments or results, so the client keeps its type
  // (and Tx, derived from it, stays what every mutation already takes).
  return client.$extends(searchTextExtension) as unknown as PrismaClient;
}
