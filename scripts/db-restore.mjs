#!/usr/bin/env node
// @ts-check
// Usage: npm run db:restore -- FILE [--force]
//
// Restores a db:backup file into the app's database (scripts/db/target.mjs says which; an embedded
// data directory that does not exist yet, e.g. EMBEDDED_PG_DIR=/new/place, is created first).
// A database that already holds tables is refused unless --force, which replaces its contents.
// All or nothing: pg_restore's script runs through psql in one transaction, so a failed restore
// leaves the database as it was. Stop the app first when replacing its database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { grantAppPrivileges } from "./db/app-role.mjs";
import { findPgTool, libpqEnv, serverVersion } from "./db/pg-tools.mjs";
import { openTarget } from "./db/target.mjs";

const log = (/** @type {unknown[]} */ ...a) => console.error("[db:restore]", ...a);
const args = process.argv.slice(2);
const force = args.includes("--force");
const files = args.filter((a) => a !== "--force");
if (files.length !== 1 || files[0].startsWith("--")) {
  log("usage: npm run db:restore -- FILE [--force]");
  process.exit(2);
}
const [file] = files;
if (!fs.existsSync(file)) {
  log(`${file}: no such file`);
  process.exit(1);
}

// Everything but PostgreSQL's own schemas.
const USER_SCHEMAS = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

/** @param {string} url */
async function userRelations(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') ORDER BY 1, 2`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

// Run first, in the restore's transaction: the database is emptied only if the restore then succeeds.
const EMPTY_DATABASE = `DO $$ DECLARE s name; BEGIN
  FOR s IN SELECT n.nspname FROM pg_namespace n WHERE ${USER_SCHEMAS} LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $$;
CREATE SCHEMA public;
GRANT USAGE ON SCHEMA public TO PUBLIC;`;

/**
 * @param {string} pgRestore @param {string} psql @param {string} url
 * @returns {Promise<void>}
 */
function pipeRestore(pgRestore, psql, url) {
  return new Promise((resolve, reject) => {
    const env = { ...libpqEnv(url), PGOPTIONS: "-c client_min_messages=warning" };
    // --no-owner/--no-acl: objects belong to whoever restores, as on the server they came from.
    const dump = spawn(pgRestore, ["--no-owner", "--no-acl", "--file=-", file], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const psqlArgs = ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction"];
    if (force) psqlArgs.push("--command", EMPTY_DATABASE);
    const load = spawn(psql, [...psqlArgs, "--file=-"], {
      env,
      stdio: ["pipe", "ignore", "inherit"],
    });
    // psql commits when its input ends. So its input ends only after pg_restore has written the whole
    // archive; if pg_restore fails, psql is stopped mid-transaction and the server rolls it back.
    dump.stdout.pipe(load.stdin, { end: false });
    load.stdin.on("error", () => {}); // psql stopped early: its own exit status says why
    /** @type {string | null} */
    let failure = null;
    dump.on("error", (e) => (failure ??= e.message));
    dump.on("close", (code, signal) => {
      if (code === 0 && !failure) {
        load.stdin.end();
        return;
      }
      failure ??= `pg_restore failed (${signal ?? `exit ${code}`})`;
      load.kill("SIGTERM");
    });
    load.on("error", (e) => (failure ??= e.message));
    load.on("close", (code, signal) => {
      if (code !== 0) failure ??= `psql failed (${signal ?? `exit ${code}`})`;
      if (!failure) return resolve();
      dump.kill("SIGTERM");
      reject(new Error(`${failure}; the database was left unchanged`));
    });
  });
}

const target = await openTarget({ log, create: true }).catch((e) => {
  log(e.message);
  process.exit(1);
});
try {
  const t0 = performance.now();
  const existing = await userRelations(target.url);
  if (existing.length && !force) {
    const names = existing
      .slice(0, 3)
      .map((r) => `${r.schema}."${r.name}"`)
      .join(", ");
    throw new Error(
      `${target.label} is not empty (${existing.length} tables and other relations, e.g. ${names}): refusing to overwrite it. To replace its contents: npm run db:restore -- FILE --force`,
    );
  }
  const { major } = await serverVersion(target.url);
  await pipeRestore(findPgTool("pg_restore", major), findPgTool("psql", major), target.url);
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  await client.query("ANALYZE"); // pg_restore does not carry planner statistics
  // --no-acl left the app's role (scripts/db/app-role.mjs) without its grants on the new tables.
  await grantAppPrivileges(client);
  await client.end();
  const restored = await userRelations(target.url);
  log(
    `restored ${file} into ${target.label}: ${restored.length} relations in ${Math.round(performance.now() - t0)} ms`,
  );
} catch (e) {
  log(/** @type {Error} */ (e).message);
  process.exitCode = 1;
} finally {
  await target.close();
}
