// For the few tests that change the schema itself (a failing trigger to force a rollback): the
// schema's owner, which scripts/with-db.mjs hands over in PRAMAAN_MIGRATION_DATABASE_URL. The app's
// own role (DATABASE_URL, lib/db.ts) may not create triggers or functions on purpose.
import pg from "pg";

export const ownerUrl = (): string =>
  process.env.PRAMAAN_MIGRATION_DATABASE_URL ?? (process.env.DATABASE_URL as string);

/** Runs `sql` as the schema's owner on a connection of its own. */
export async function asOwner(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
