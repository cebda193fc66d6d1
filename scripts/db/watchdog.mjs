#!/usr/bin/env node
// @ts-check
// with-db's watchdog: a small process that outlives with-db when with-db is killed outright
// (kill -9, the OOM killer), which leaves it no chance to stop what it started. with-db holds the
// write end of this process's stdin; the kernel closes it when with-db dies, however it dies. Then
// this stops the command (SIGTERM, SIGKILL after 10 s), then the Postgres whose supervisor is gone
// (fast shutdown, as with-db's own stop does), and removes what a --fresh run would have removed.
//
// with-db writes JSON lines: {"dataDir", "fresh", "files"} first, {"command": "<identity>", "file"}
// once the command runs (file: where it is recorded), and "done" when it is shutting down by itself
// (then this just exits). "files" are removed at the end.
import fs from "node:fs";
import readline from "node:readline";
import { postmasterState } from "./postmaster.mjs";
import { livePid, stopProcess } from "./supervised.mjs";

const STOP_TIMEOUT_MS = 30_000;
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
const log = (/** @type {unknown[]} */ ...a) => console.error("[with-db watchdog]", ...a);

// Ctrl-C and a closed terminal signal the whole process group: with-db handles those itself, and
// this must stay to cover the case where it cannot.
for (const sig of ["SIGINT", "SIGHUP"]) process.on(sig, () => {});

/** @type {{ dataDir: string | null, fresh: boolean, files: string[] }} */
let config = { dataDir: null, fresh: false, files: [] };
let command = null;
let done = false;
for await (const line of readline.createInterface({ input: process.stdin })) {
  const message = JSON.parse(line);
  if (message === "done") done = true;
  else if (message.command) {
    command = message.command;
    if (message.file) config.files.push(message.file);
  } else config = message;
}
if (done) process.exit(0);

const commandPid = command && livePid(command);
if (commandPid) {
  log(`with-db is gone: stopping its command (PID ${commandPid})`);
  await stopProcess(commandPid).catch((e) => log(e.message));
}
if (config.dataDir && fs.existsSync(config.dataDir)) {
  const pm = postmasterState(config.dataDir);
  if (pm.state === "running" && pm.orphan) {
    log(`with-db is gone: stopping its PostgreSQL (PID ${pm.pid})`);
    /** @param {NodeJS.Signals} sig */
    const signal = (sig) => {
      try {
        process.kill(pm.pid, sig);
      } catch {} // gone meanwhile
    };
    signal("SIGINT");
    for (let waited = 0; postmasterState(config.dataDir).state === "running"; waited += 100) {
      if (waited === STOP_TIMEOUT_MS) signal("SIGQUIT");
      if (waited === 2 * STOP_TIMEOUT_MS) {
        log(`PostgreSQL (PID ${pm.pid}) did not stop; the next start will try again`);
        process.exit(1);
      }
      await sleep(100);
    }
  }
  if (config.fresh) fs.rmSync(config.dataDir, { recursive: true, force: true });
}
for (const file of config.files) fs.rmSync(file, { force: true });
