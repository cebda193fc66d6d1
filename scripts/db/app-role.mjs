// @ts-check
// The role the app connects as. The embedded cluster's superuser (postgres) owns the schema and runs
// migrations, the seed, backups and restores; the app itself gets only what it needs to read and
// write rows, so an injection through it cannot run DDL, read server files or run programs
// (COPY … TO PROGRAM), as it could when the app connected as the superuser.
import pg from "pg";

const APP_ROLE = "pramaan_app";

// Tables and sequences the owner creates later (new migrations) are granted as they are made.
const GRANTS = [
  `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`,
  `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`,
  `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
  `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`,
  // PostgreSQL 15 no longer lets every role create objects in public; a cluster made by an older
  // one (or restored from it) may still.
  "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
];

/** Grants the app role, if this server has one, its privileges on the connected database (owner's client). */
/** @param {import("pg").Client} client */
export async function grantAppPrivileges(client) {
  const { rows } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
  if (rows.length === 0) return false;
  const db = (await client.query("SELECT current_database() AS db")).rows[0].db;
  await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(db)} TO ${APP_ROLE}`);
  for (const sql of GRANTS) await client.query(sql);
  return true;
}

/**
 * Creates (or re-keys) the app's LOGIN role with `password` and nothing else: no superuser, no
 * CREATEDB/CREATEROLE, no replication, no row-security bypass. Returns its URL on the same server.
 */
/** @param {string} ownerUrl @param {string} password */
export async function ensureAppRole(ownerUrl, password) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // One at a time: two with-dbs (npm start, and user:disable attaching to it) granting at once
    // would fail with "tuple concurrently updated".
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('pramaan.app-role'))");
    const exists =
      /** @type {number} */ (
        (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE])).rowCount
      ) > 0;
    await client.query(
      `${exists ? "ALTER" : "CREATE"} ROLE ${APP_ROLE} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
        `NOREPLICATION NOBYPASSRLS INHERIT PASSWORD ${client.escapeLiteral(password)}`,
    );
    await grantAppPrivileges(client);
    await client.query("COMMIT");
  } finally {
    await client.end(); // without COMMIT, ending the session rolls the transaction back
  }
  return appRoleUrl(ownerUrl, password);
}

/** The app role's URL on the server of `ownerUrl`. */
/** @param {string} ownerUrl @param {string} password */
export function appRoleUrl(ownerUrl, password) {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}
