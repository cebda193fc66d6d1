// Each Vitest worker gets a database of its own, copied from the migrated, seeded one that
// scripts/with-db.mjs hands over, so test files run in parallel without seeing each other's rows.
// Inside a worker, files still run one after another on its copy, as they all did on one database
// before. tests/support/setup.ts points each file at its worker's copy (VITEST_POOL_ID).
//
// A copy is CREATE DATABASE … TEMPLATE: a file-level copy, ~0.3 s for the seeded ~10 MB, against
// ~17 s to migrate and seed one afresh. PostgreSQL copies only while nobody else is connected to the
// template, so every copy is made here, before any test connects.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { grantAppPrivileges } from "../../scripts/db/app-role.mjs";

export interface WorkerDatabase {
  /** The app role's URL (DATABASE_URL). */
  app: string;
  /** The schema owner's URL (PRAMAAN_MIGRATION_DATABASE_URL), for tests that need DDL. */
  owner: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Indexed by VITEST_POOL_ID - 1; null when the run has no database (unit tests alone). */
    workerDatabases: WorkerDatabase[] | null;
  }
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function asOwner<T>(ownerUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const appUrl = process.env.DATABASE_URL;
  // With one role for everything (an outside server, no owner's URL), that role must be allowed to
  // create databases (tests/support/owner-sql.ts falls back the same way).
  const ownerUrl = process.env.PRAMAAN_MIGRATION_DATABASE_URL ?? appUrl;
  if (!appUrl || !ownerUrl) {
    project.provide("workerDatabases", null);
    return;
  }
  const template = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
  const names = Array.from(
    { length: project.vitest.config.maxWorkers },
    (_, i) => `${template}_w${i + 1}`,
  );
  // Connected to the template itself: PostgreSQL does not count the copying session as a user of it.
  await asOwner(ownerUrl, async (client) => {
    for (const name of names) {
      const db = client.escapeIdentifier(name);
      await client.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`); // a run killed midway
      await client.query(`CREATE DATABASE ${db} TEMPLATE ${client.escapeIdentifier(template)}`);
    }
  });
  // The copy brings the schema's grants; CONNECT is granted per database (scripts/db/app-role.mjs).
  for (const name of names)
    await asOwner(withDatabase(ownerUrl, name), (client) => grantAppPrivileges(client));
  project.provide(
    "workerDatabases",
    names.map((name) => ({ app: withDatabase(appUrl, name), owner: withDatabase(ownerUrl, name) })),
  );

  return async () => {
    await asOwner(ownerUrl, async (client) => {
      for (const name of names)
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    });
  };
}
