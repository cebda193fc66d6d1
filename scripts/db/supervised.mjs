// @ts-check
// The command with-db runs (the server, usually), recorded beside the data directory as
// `<with-db's identity> <command's identity>` (scripts/db/postmaster.mjs's processIdentity: PID and
// start time, so a reused PID is never mistaken for it). If with-db dies without taking its command
// along (kill -9, the OOM killer) and its watchdog died too, the next start finds the orphan by this
// record and stops it: otherwise it would hold the port and answer 503 for good, with no database.
import fs from "node:fs";
import { isAlive, processIdentity } from "./postmaster.mjs";

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** The PID `identity` names, when that very process still runs; else null. */
/** @param {string} identity */
export function livePid(identity) {
  const pid = Number(String(identity).split(":")[0]);
  return pid > 0 && isAlive(pid) && processIdentity(pid) === identity ? pid : null;
}

/** @param {string} file @param {number} pid */
export function recordCommand(file, pid) {
  fs.writeFileSync(file, `${processIdentity()} ${processIdentity(pid)}\n`, { mode: 0o600 });
}

/** @param {string} file */
export function forgetCommand(file) {
  fs.rmSync(file, { force: true });
}

/** The recorded command's PID when the with-db that ran it is gone and it still runs; else null. */
/** @param {string} file */
export function orphanedCommand(file) {
  let supervisor, command;
  try {
    [supervisor, command] = fs.readFileSync(file, "utf8").trim().split(" ");
  } catch {
    return null;
  }
  if (!command || livePid(supervisor)) return null;
  return livePid(command);
}

/** SIGTERM, and SIGKILL if it has not exited after `graceMs`. Resolves once it is gone. */
/** @param {number} pid */
export async function stopProcess(pid, graceMs = 10_000) {
  /** @param {NodeJS.Signals} sig */
  const signal = (sig) => {
    try {
      process.kill(pid, sig);
    } catch {} // gone meanwhile
  };
  signal("SIGTERM");
  let killed = false;
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited >= graceMs && !killed) {
      killed = true;
      signal("SIGKILL");
    }
    if (waited > graceMs + 10_000) throw new Error(`PID ${pid} did not stop`);
    await sleep(100);
  }
}
