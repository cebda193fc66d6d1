// Runs scripts/with-db.mjs on an embedded cluster of the test's choosing, with a child that runs
// SQL on request (tests/support/sql-child.mjs), so a test can watch what with-db does to Postgres
// while its command keeps running. Each session has its own data directory under a temp dir.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

/** The environment of a script run against an embedded cluster in `dataDir` (the test run's DATABASE_URL removed). */
export function embeddedEnv(
  dataDir: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_PG_DIR: dataDir, ...extra };
  delete env.DATABASE_URL;
  delete env.PRAMAAN_MIGRATION_DATABASE_URL;
  delete env.PRAMAAN_EMBEDDED_DB;
  return env;
}

/** A fresh directory to hold data directories; the postgres user must enter it when tests run as root. */
export function makeScratchDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pramaan-${name}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}

export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [script, ...args], { env, encoding: "utf8" });
}

export interface WithDbSession {
  process: ChildProcessWithoutNullStreams;
  /** The superuser's URL (migrations, backups); queries below run as it. */
  url: string;
  /** The app role's URL: what the command got in DATABASE_URL. */
  appUrl: string;
  /** stderr so far (with-db's and Postgres tools' messages). */
  log(): string;
  /** Resolves once with-db's stderr matches; rejects (with that stderr) if with-db exits first. */
  waitForLog(pattern: RegExp): Promise<string>;
  /** Runs SQL in with-db's child, on a new connection. */
  query<T = Record<string, unknown>>(
    sql: string,
  ): Promise<{ ok: true; rows: T[] } | { ok: false; error: string }>;
  /** Ends the child (stdin closed); resolves with with-db's exit code. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

export function startWithDb(dataDir: string, flags: string[] = []): Promise<WithDbSession> {
  const proc = spawn(
    process.execPath,
    ["scripts/with-db.mjs", ...flags, "--", process.execPath, "tests/support/sql-child.mjs"],
    {
      env: embeddedEnv(dataDir),
    },
  );
  let stderr = "";
  const watchers: { pattern: RegExp; resolve: (s: string) => void }[] = [];
  proc.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
    for (const w of [...watchers]) {
      const m = w.pattern.exec(stderr);
      if (m) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve(m[0]);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const lines = readline.createInterface({ input: proc.stdout });
  const pending: ((line: string) => void)[] = [];
  // The child answers in JSON lines; migrate.mjs, run before it, prints plain text to the same stdout.
  lines.on("line", (line) => line.startsWith("{") && pending.shift()?.(line));
  const nextLine = () => new Promise<string>((resolve) => pending.push(resolve));

  return new Promise((resolve, reject) => {
    exited.then((code) =>
      reject(new Error(`with-db exited (${code}) before its command started:\n${stderr}`)),
    );
    nextLine().then((first) => {
      const { url, appUrl } = JSON.parse(first) as { url: string; appUrl: string };
      resolve({
        process: proc,
        url,
        appUrl,
        log: () => stderr,
        waitForLog: (pattern) =>
          new Promise((res, rej) => {
            const m = pattern.exec(stderr);
            if (m) return res(m[0]);
            watchers.push({ pattern, resolve: res });
            exited.then((code) =>
              rej(new Error(`with-db exited (${code}) without logging ${pattern}:\n${stderr}`)),
            );
          }),
        query: async (sql) => {
          const answer = nextLine();
          proc.stdin.write(`${sql.replace(/\n/g, " ")}\n`);
          return JSON.parse(await answer);
        },
        stop: () => {
          proc.stdin.end();
          return exited;
        },
        exited,
      });
    });
  });
}

/** The PID in a data directory's postmaster.pid, or null when there is none. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, "postmaster.pid");
  return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").split("\n")[0]) : null;
}

/** Running, as opposed to gone or a zombie waiting to be reaped. */
export function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return !"ZX".includes(stat[stat.lastIndexOf(")") + 2]);
  } catch {
    return false;
  }
}

/** The PID of with-db's watchdog (scripts/db/watchdog.mjs), or null (with-db gone, or one without). */
export function watchdogOf(withDbPid: number): number | null {
  for (const e of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) !== withDbPid) continue;
      if (fs.readFileSync(`/proc/${e}/cmdline`, "utf8").includes("watchdog.mjs")) return Number(e);
    } catch {} // gone meanwhile
  }
  return null;
}
