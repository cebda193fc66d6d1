// The app's own connection (DATABASE_URL as scripts/with-db.mjs hands it over, through lib/db.ts) is a
// role that reads and writes rows and nothing more: were a query ever injected, it could not create or
// drop tables, read server files or run programs, as the superuser it used to be could.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asOwner, ownerUrl } from "../support/owner-sql";

describe("the app's database role", () => {
  it("is not a superuser and cannot create roles or databases", async () => {
    const [role] = await db().$queryRawUnsafe<
      { rolname: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean }[]
    >(
      "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user",
    );
    expect(role).toEqual({
      rolname: "pramaan_app",
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
  });

  it("cannot CREATE TABLE, ALTER or DROP the app's tables, or COPY … TO PROGRAM", async () => {
    await expect(db().$executeRawUnsafe("CREATE TABLE injected (id int)")).rejects.toThrow(
      /permission denied for schema public/,
    );
    await expect(
      db().$executeRawUnsafe(`ALTER TABLE "Claim" ADD COLUMN injected int`),
    ).rejects.toThrow(/must be owner of table/);
    await expect(db().$executeRawUnsafe(`DROP TABLE "AuditEvent"`)).rejects.toThrow(
      /must be owner of table/,
    );
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(
      /permission denied for table/,
    );
    await expect(
      db().$executeRawUnsafe(`COPY (SELECT 1) TO PROGRAM 'touch /tmp/pramaan-injected'`),
    ).rejects.toThrow(/pg_execute_server_program/);
  });

  it("reads and writes rows of every table, including one a later migration adds", async () => {
    await asOwner("CREATE TABLE later_migration (id int)");
    try {
      expect(await db().$executeRawUnsafe("INSERT INTO later_migration VALUES (1)")).toBe(1);
      expect(await db().$executeRawUnsafe("DELETE FROM later_migration")).toBe(1);
    } finally {
      await asOwner("DROP TABLE later_migration");
    }
    const [{ n }] = await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM information_schema.tables t
       WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
         AND NOT (has_table_privilege(format('%I.%I', t.table_schema, t.table_name), 'SELECT')
              AND has_table_privilege(format('%I.%I', t.table_schema, t.table_name), 'INSERT')
              AND has_table_privilege(format('%I.%I', t.table_schema, t.table_name), 'UPDATE')
              AND has_table_privilege(format('%I.%I', t.table_schema, t.table_name), 'DELETE'))`,
    );
    expect(n).toBe(0);
  });

  it("is set up by concurrent starts without a conflict (npm start, and user:disable attaching to it)", () => {
    // Same password as the running app's role, so the app's own connections are not disturbed.
    const password = decodeURIComponent(new URL(process.env.DATABASE_URL as string).password);
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { ensureAppRole } = await import("./scripts/db/app-role.mjs");
         await Promise.all(Array.from({ length: 4 }, () => ensureAppRole(process.argv[1], process.argv[2])));`,
        ownerUrl(),
        password,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
