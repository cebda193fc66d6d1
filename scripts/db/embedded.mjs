// @ts-check
// Starts the embedded cluster in a data directory — creating it on first use — and hands back a
// connection URL carrying the directory's own random password.
import net from "node:net";
import { EmbeddedCluster } from "./cluster.mjs";
import { readOrCreatePassword, securePassword } from "./password.mjs";
import { embeddedUrl, hasCluster, passwordFileFor, prepareParent } from "./paths.mjs";

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/**
 * @param {{ dataDir: string, port?: number, log: (line: string) => void, onFatal?: (error: Error) => void }} options
 * @returns {Promise<{ cluster: EmbeddedCluster, url: string, created: boolean }>}
 */
export async function startEmbedded({ dataDir, port, log, onFatal }) {
  prepareParent(dataDir);
  const passwordFile = passwordFileFor(dataDir);
  const password = readOrCreatePassword(passwordFile);
  const cluster = new EmbeddedCluster({ dataDir, port: port ?? (await freePort()), log, onFatal });
  const created = !hasCluster(dataDir);
  if (created) await cluster.initialise(password);
  await cluster.start();
  try {
    await securePassword({ port: cluster.port, password, dataDir, passwordFile, log });
  } catch (e) {
    await cluster.stop();
    throw e;
  }
  return { cluster, url: embeddedUrl(cluster.port, password), created };
}
