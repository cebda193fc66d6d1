// The database db:backup and db:restore work on: DATABASE_URL's server if set, else the embedded
// cluster — the running one (the app's, found through its postmaster.pid) when there is one,
// otherwise started just for the command and stopped after it.
import fs from "node:fs";
import { startEmbedded } from "./embedded.mjs";
import { embeddedDataDir, embeddedUrl, hasCluster, passwordFileFor } from "./paths.mjs";
import { postmasterState } from "./postmaster.mjs";

/**
 * @param {{ log: (...a: unknown[]) => void, create?: boolean }} options  create: make a new cluster if there is none
 * @returns {Promise<{ url: string, label: string, close: () => Promise<void> }>}
 */
export async function openTarget({ log, create = false }) {
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    return {
      url: u.toString(),
      label: `${u.pathname.slice(1) || "postgres"} on ${u.host} (DATABASE_URL)`,
      close: async () => {},
    };
  }
  const dataDir = embeddedDataDir(process.env, log);
  const pm = hasCluster(dataDir) ? postmasterState(dataDir) : { state: "none" };
  if (pm.state === "running") {
    const passwordFile = passwordFileFor(dataDir);
    if (!fs.existsSync(passwordFile))
      throw new Error(
        `PostgreSQL runs on ${dataDir} but ${passwordFile} is missing: restart it with npm start first`,
      );
    const url = embeddedUrl(pm.port, fs.readFileSync(passwordFile, "utf8").trim());
    return {
      url,
      label: `the running embedded PostgreSQL (PID ${pm.pid}, ${dataDir})`,
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
