// @ts-check
// A production server on a throwaway embedded Postgres, for the benchmark scripts: built if needed,
// started on a free loopback port, ready once /api/health answers, stopped with SIGTERM (so Postgres
// shuts down cleanly and its files are removed).
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";

function freeLoopbackPort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startBenchServer() {
  if (
    spawnSync(process.execPath, ["scripts/ensure-build.mjs"], { stdio: "inherit" }).status !== 0
  ) {
    throw new Error("the production build failed");
  }
  const port = await freeLoopbackPort();
  const base = `http://127.0.0.1:${port}`;
  const args = ["scripts/with-db.mjs", "--fresh", "--seed", "--clear-page-cache", "--"];
  const server = spawn(process.execPath, [...args, process.execPath, "scripts/serve.mjs"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port), NEXTAUTH_URL: base },
  });
  const stop = () =>
    new Promise((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once("exit", resolve);
      server.kill("SIGTERM");
    });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error("server did not become healthy");
}
