// @ts-check
// The database db:backup and db:restore work on: DATABASE_URL's server if set (as its owner,
// PRAMAAN_MIGRATION_DATABASE_URL, when that is set too), else the embedded cluster — the running one
// (the app's, found through its postmaster.pid) when there is one, otherwise started just for the
// command and stopped after it.
import fs from "node:fs";
import { startEmbedded } from "./embedded.mjs";
import { embeddedDataDir, embeddedUrl, hasCluster, passwordFileFor } from "./paths.mjs";
import { postmasterState } from "./postmaster.mjs";

/**
 * The superuser's URL of the embedded PostgreSQL a live with-db runs on `dataDir`, or null when none
 * runs there (or only an orphan, which a start stops). Lets a command attach to the app's database
 * instead of trying to start a second server on the same files.
 * @param {string} dataDir
 * @returns {{ url: string, pid: number } | null}
 */
export function runningEmbedded(dataDir) {
  const pm = hasCluster(dataDir)
    ? postmasterState(dataDir)
    : { state: /** @type {const} */ ("none") };
  if (pm.state !== "running" || pm.orphan) return null;
  const passwordFile = passwordFileFor(dataDir);
  if (!fs.existsSync(passwordFile))
    throw new Error(
      `PostgreSQL runs on ${dataDir} but ${passwordFile} is missing: restart it with npm start first`,
    );
  return { url: embeddedUrl(pm.port, fs.readFileSync(passwordFile, "utf8").trim()), pid: pm.pid };
}

/**
 * @param {{ log: (...a: unknown[]) => void, create?: boolean }} options  create: make a new cluster if there is none
 * @returns {Promise<{ url: string, label: string, close: () => Promise<void> }>}
 */
export async function openTarget({ log, create = false }) {
  const external = process.env.PRAMAAN_MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (external) {
    const u = new URL(external);
    return {
      url: u.toString(),
      label: `${u.pathname.slice(1) || "postgres"} on ${u.host} (${process.env.PRAMAAN_MIGRATION_DATABASE_URL ? "PRAMAAN_MIGRATION_DATABASE_URL" : "DATABASE_URL"})`,
      close: async () => {},
    };
  }
  const dataDir = embeddedDataDir(process.env, log);
  const running = runningEmbedded(dataDir);
  if (running) {
    return {
      url: running.url,
      label: `the running embedded PostgreSQL (PID ${running.pid}, ${dataDir})`,
      close: async () => {},
    };
  }
  if (!hasCluster(dataDir) && !create)
    throw new Error(`there is no database in ${dataDir} (and DATABASE_URL is not set)`);
  const { cluster, url, created } = await startEmbedded({ dataDir, log });
  log(
    `${created ? "created and started" : "started"} the embedded PostgreSQL in ${dataDir} for this command`,
  );
  return { url, label: `the embedded PostgreSQL in ${dataDir}`, close: () => cluster.stop() };
}
