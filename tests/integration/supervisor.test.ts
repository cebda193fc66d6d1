// What a with-db killed outright (kill -9, the OOM killer) leaves behind: its watchdog stops the
// server and Postgres it ran, and when the watchdog was killed too, the next start stops both
// orphans and takes the same port and data directory. Before, both ran on: the next npm start
// stopped that Postgres, then failed on the busy port, and the old server answered 503 for good.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { afterAll, describe, expect, it, onTestFailed } from "vitest";
import {
  embeddedEnv,
  isRunning,
  makeScratchDir,
  postmasterPid,
  watchdogOf,
} from "../support/with-db-session";

const scratch = makeScratchDir("supervisor");
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

interface Served {
  withDb: ChildProcessWithoutNullStreams;
  serverPid: number;
  log: () => string;
  exited: Promise<number | null>;
}

/** with-db on `dataDir` running tests/support/port-child.mjs on `port`; resolves once it listens. */
function serve(dataDir: string, port: number): Promise<Served> {
  const withDb = spawn(
    process.execPath,
    ["scripts/with-db.mjs", "--", process.execPath, "tests/support/port-child.mjs"],
    { env: embeddedEnv(dataDir, { PORT: String(port) }) },
  );
  let stderr = "";
  withDb.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = new Promise<number | null>((r) => withDb.on("exit", (code) => r(code)));
  return new Promise((resolve, reject) => {
    exited.then((code) => reject(new Error(`with-db exited (${code}):\n${stderr}`)));
    readline.createInterface({ input: withDb.stdout }).on("line", (line) => {
      if (!line.startsWith('{"listening"')) return; // migrate.mjs prints to the same stdout
      const { pid } = JSON.parse(line) as { pid: number };
      resolve({ withDb, serverPid: pid, log: () => stderr, exited });
    });
  });
}

async function until(what: string, test: () => boolean, limitMs = 30_000) {
  for (let waited = 0; !test(); waited += 100) {
    if (waited > limitMs) throw new Error(`still waiting after ${limitMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const answer = async (port: number) => (await fetch(`http://127.0.0.1:${port}/`)).text();

describe("a with-db killed with SIGKILL", () => {
  it("takes its server and Postgres along (its watchdog stops them); the next start gets the same port and data", async () => {
    const dataDir = path.join(scratch, "pg-watchdog");
    const port = await freePort();
    const first = await serve(dataDir, port);
    onTestFailed(() => console.error(`first with-db's log:\n${first.log()}`));
    const postgres = postmasterPid(dataDir)!;
    expect(await answer(port)).toBe(`up ${first.serverPid}\n`);

    first.withDb.kill("SIGKILL");
    await until(
      "the server and Postgres to stop",
      () => !isRunning(first.serverPid) && !isRunning(postgres),
    );

    const second = await serve(dataDir, port);
    try {
      expect(await answer(port)).toBe(`up ${second.serverPid}\n`);
      expect(second.log()).not.toContain("orphan");
    } finally {
      second.withDb.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    }
  }, 90_000);

  it("with its watchdog killed too, leaves orphans that the next start stops before taking the port", async () => {
    const dataDir = path.join(scratch, "pg-orphans");
    const port = await freePort();
    const first = await serve(dataDir, port);
    const postgres = postmasterPid(dataDir)!;
    const watchdog = watchdogOf(first.withDb.pid!);
    if (watchdog) process.kill(watchdog, "SIGKILL");
    first.withDb.kill("SIGKILL");
    await first.exited;
    expect(isRunning(first.serverPid)).toBe(true);
    expect(isRunning(postgres)).toBe(true);

    const second = await serve(dataDir, port);
    try {
      expect(second.log()).toContain(
        `stopping the orphaned command (PID ${first.serverPid}) of a with-db that is gone`,
      );
      expect(second.log()).toContain(`stopping orphaned PostgreSQL (PID ${postgres})`);
      expect(isRunning(first.serverPid)).toBe(false);
      expect(isRunning(postgres)).toBe(false);
      expect(await answer(port)).toBe(`up ${second.serverPid}\n`);
    } finally {
      second.withDb.kill("SIGTERM");
      expect(await second.exited).toBe(0);
      if (isRunning(first.serverPid)) process.kill(first.serverPid, "SIGKILL"); // never leave it behind
    }
  }, 90_000);
});
