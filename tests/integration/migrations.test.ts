// Committed SQL migrations: they build an empty database from nothing, re-running them changes
// nothing, and schema.prisma has no change that a migration does not carry.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownerUrl } from "../support/owner-sql";

// Creating databases is the owner's work, not the app role's (tests/support/owner-sql.ts).
const baseUrl = ownerUrl();
const dbName = `migrations_${process.pid}`;
const emptyUrl = (() => {
  const u = new URL(baseUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

async function sql<T>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}
const deploy = () =>
  spawnSync(process.execPath, ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: emptyUrl },
    encoding: "utf8",
  });
const tablesOf = (url: string) =>
  sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
    url,
    "select table_name, column_name, data_type, is_nullable from information_schema.columns where table_schema = 'public' order by table_name, column_name",
  );

beforeAll(async () => {
  await sql(baseUrl, `drop database if exists ${dbName}`);
  await sql(baseUrl, `create database ${dbName}`);
});
afterAll(async () => {
  await sql(baseUrl, `drop database if exists ${dbName} with (force)`);
});

describe("migrations", () => {
  it("apply to an empty database and record every migration directory", async () => {
    const r = deploy();
    expect(r.status, r.stderr).toBe(0);
    const dirs = fs
      .readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const applied = await sql<{ migration_name: string }>(
      emptyUrl,
      `select migration_name from "_prisma_migrations" where finished_at is not null order by migration_name`,
    );
    expect(applied.map((m) => m.migration_name)).toEqual(dirs);
  });

  // The test database was also migrated, then seeded and used: if anything but the migrations
  // (the seed, the start-up script) changed its schema, the two would differ.
  it("alone shape the schema: a fresh database matches the seeded, used test database", async () => {
    expect(await tablesOf(emptyUrl)).toEqual(await tablesOf(baseUrl));
  });

  it("are idempotent: a second deploy applies nothing", () => {
    const r = deploy();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("applied 0 migration(s)");
  });

  it("carry every change in schema.prisma (no migration left to write)", () => {
    // The snapshot is written with each migration; a schema that differs needs `npm run db:migration`.
    expect(fs.readFileSync("prisma/schema.prisma", "utf8")).toBe(
      fs.readFileSync("prisma/migrations/schema.snapshot.prisma", "utf8"),
    );
  });
});
