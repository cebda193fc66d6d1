// @ts-check
// What a data directory's postmaster.pid says, checked against the running processes (Linux /proc).
//
// PostgreSQL refuses to start while postmaster.pid names a live process that is not provably
// something else (a PID reused after a crash or a container restart makes it refuse for good).
// Our postmasters carry `-c pramaan.supervisor=<pid>:<start time>` naming the script that runs them,
// so one whose script has gone is demonstrably an orphan of ours and safe to stop.
import fs from "node:fs";
import path from "node:path";

export const SUPERVISOR_SETTING = "pramaan.supervisor";
const hasProc = fs.existsSync("/proc/self/stat");

/** Alive and not a zombie (a killed process stays one until its parent reaps it, and kill(pid, 0) still succeeds). */
/** @param {number} pid */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== "EPERM") return false;
  }
  if (!hasProc) return true;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return !"ZX".includes(stat[stat.lastIndexOf(")") + 2]);
  } catch {
    return false;
  }
}

/** `<pid>:<start time in clock ticks since boot>`: unlike a bare PID, never names a later process. */
export function processIdentity(pid = process.pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return `${pid}:${stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]}`;
  } catch {
    return String(pid);
  }
}

/** @param {number} pid */
function processInfo(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    let cwd = null;
    try {
      cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
    } catch {} // another user's process: not one of ours
    return { comm, args, cwd };
  } catch {
    return null;
  }
}

/** @param {string} dataDir */
function readPostmasterPid(dataDir) {
  let text;
  try {
    text = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code === "ENOENT") return null;
    throw e;
  }
  const lines = text.split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]), status: lines[7]?.trim() };
}

/**
 * - { state: "none" }: no postmaster.pid.
 * - { state: "stale", pid, reason }: the file names a process that is gone or is not this cluster's.
 * - { state: "running", pid, port, supervisor, orphan }: a postmaster serves this directory;
 *   `orphan` when it was started by one of our scripts that has since died.
 * @param {string} dataDir
 * @returns {{ state: "none" }
 *   | { state: "stale", pid: number, reason: string }
 *   | { state: "running", pid: number, port: number, supervisor: number | "" | null, orphan: boolean }}
 */
export function postmasterState(dataDir) {
  const file = readPostmasterPid(dataDir);
  if (!file) return { state: "none" };
  const { pid, port } = file;
  if (!(pid > 0) || !isAlive(pid)) return { state: "stale", pid, reason: `PID ${pid} is gone` };
  if (!hasProc) return { state: "running", pid, port, supervisor: null, orphan: false };
  const info = processInfo(pid);
  if (!info) return { state: "stale", pid, reason: `PID ${pid} is gone` };
  if (info.comm !== "postgres")
    return { state: "stale", pid, reason: `PID ${pid} is now "${info.comm}", not PostgreSQL` };
  // A postmaster works inside its data directory; our own processes' cwd is always readable.
  if (info.cwd !== fs.realpathSync(dataDir))
    return { state: "stale", pid, reason: `PID ${pid} is another PostgreSQL's process` };
  const marker = info.args.find((a) => a.startsWith(`${SUPERVISOR_SETTING}=`));
  const supervisor = marker ? marker.slice(SUPERVISOR_SETTING.length + 1) : null;
  const supervisorPid = Number(supervisor?.split(":")[0]);
  const orphan =
    supervisor !== null &&
    !(isAlive(supervisorPid) && processIdentity(supervisorPid) === supervisor);
  return { state: "running", pid, port, supervisor: supervisor && supervisorPid, orphan };
}

/**
 * PIDs of PostgreSQL processes still working in `dataDir`: after the postmaster is killed, its
 * children (backends, checkpointer, …) linger until they notice, and a new postmaster refuses to
 * start while they hold the old shared memory.
 */
/** @param {string} dataDir */
export function leftoverProcesses(dataDir) {
  if (!hasProc || !fs.existsSync(dataDir)) return [];
  const dir = fs.realpathSync(dataDir);
  return fs
    .readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => {
      const info = processInfo(pid);
      return info?.comm === "postgres" && info.cwd === dir && isAlive(pid);
    });
}
