// @ts-check
// Where the embedded cluster keeps its files. Shared by with-db, db:backup and db:restore so that
// all three find the same data directory (and its password) from the same environment.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const isRoot = process.getuid?.() === 0;

// Postgres refuses to run as root, so as root it runs as the "postgres" user, which must be able to
// reach the data directory. A checkout under a 700 home (/root) is not reachable: fall back to
// /var/tmp, keyed by the checkout's path so each checkout keeps its own data.
/** @param {(line: string) => void} [log] */
export function dataRoot(log = () => {}) {
  const wanted = path.resolve(".data");
  if (!isRoot) return wanted;
  for (let dir = path.dirname(wanted); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      const key = crypto.createHash("sha1").update(wanted).digest("hex").slice(0, 10);
      const fallback = `/var/tmp/pramaan-${key}`;
      log(`${dir} is not reachable by the postgres user; keeping database files in ${fallback}`);
      return fallback;
    }
  }
  return wanted;
}

/** The app's cluster: EMBEDDED_PG_DIR, else <data root>/pg. */
/** @param {NodeJS.ProcessEnv} [env] @param {(line: string) => void} [log] */
export function embeddedDataDir(env = process.env, log) {
  return path.resolve(env.EMBEDDED_PG_DIR ?? path.join(dataRoot(log), "pg"));
}

/** The cluster's superuser password lives beside its data directory, never inside it (initdb wants it empty). */
export const passwordFileFor = (/** @type {string} */ dataDir) => `${dataDir}.password`;

/** The app role's password (scripts/db/app-role.mjs), kept the same way. */
export const appPasswordFileFor = (/** @type {string} */ dataDir) => `${dataDir}.app-password`;

/** What with-db last ran on this data directory (scripts/db/supervised.mjs), to find it if orphaned. */
export const commandFileFor = (/** @type {string} */ dataDir) => `${dataDir}.command`;

export const hasCluster = (/** @type {string} */ dataDir) =>
  fs.existsSync(path.join(dataDir, "PG_VERSION"));

/** The directory holding the data directory: created, and enterable by the postgres user when we are root. */
/** @param {string} dataDir */
export function prepareParent(dataDir) {
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true });
  if (!isRoot) return;
  // Only add what the postgres user needs (read and enter): setting a mode would take /tmp's
  // world-write and sticky bits away when EMBEDDED_PG_DIR sits directly in it.
  const mode = fs.statSync(parent).mode & 0o7777;
  if ((mode & 0o005) !== 0o005) fs.chmodSync(parent, mode | 0o005);
}

/** @param {number} port @param {string} password */
export const embeddedUrl = (port, password, database = "postgres") =>
  `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
