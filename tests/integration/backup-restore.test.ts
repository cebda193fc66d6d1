// npm run db:backup / db:restore: a backup taken while another connection keeps writing restores,
// into a fresh embedded cluster, to exactly the database as it stood at one moment.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownerUrl } from "../support/owner-sql";
import {
  embeddedEnv,
  makeScratchDir,
  postmasterPid,
  runScript,
  startWithDb,
} from "../support/with-db-session";

// As the owner, who sees pg_dump's session in pg_stat_activity (tests/support/owner-sql.ts).
const sourceUrl = ownerUrl();
const scratch = makeScratchDir("backup");
const restoredDir = path.join(scratch, "restored", "pg");
const dumpFile = path.join(scratch, "under-load.dump");
const run = `bkp${process.pid}`; // marks this run's probe rows
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function connect(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

/**
 * Writes probe k = 1, 2, … each in its own transaction, into two tables at once: a user and an
 * audit event naming it. A backup that mixed moments would hold a different number of each.
 */
function startWriter(client: pg.Client) {
  const state = { committed: 0, stop: false, done: Promise.resolve() };
  state.done = (async () => {
    while (!state.stop) {
      const k = state.committed + 1;
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $1 || '@probe.test', 'probe', 'x')`,
        [`${run}-${k}`],
      );
      await client.query(
        `INSERT INTO "AuditEvent" (id, "actorId", action, "entityType", "entityId") VALUES ($1, $1, 'backup.probe', 'BackupProbe', $2)`,
        [`${run}-${k}`, String(k)],
      );
      await client.query("COMMIT");
      state.committed = k;
    }
  })();
  return state;
}
const until = async (cond: () => boolean | Promise<boolean>) => {
  while (!(await cond())) await sleep(20);
};

// Probe rows written after the backup's snapshot are the only difference allowed with the source.
const isLaterProbe = (k: number) => `(id LIKE '${run}-%' AND split_part(id, '-', 2)::int > ${k})`;

async function tableDigests(url: string, excludeProbesAfter?: number) {
  const c = await connect(url);
  try {
    // A timestamptz reads as text in the session's zone, and each cluster takes its default zone from
    // the environment initdb ran in (the tests run in a zone that is not the newsroom's on purpose):
    // both sides are read in UTC, so the digests compare data, not settings.
    await c.query("SET TIME ZONE 'UTC'");
    const tables = (
      await c.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).rows.map((r) => r.name);
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const t of tables) {
      const where =
        excludeProbesAfter !== undefined && (t === "User" || t === "AuditEvent")
          ? `WHERE NOT ${isLaterProbe(excludeProbesAfter)}`
          : "";
      const { rows } = await c.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${t}" t ${where}`,
      );
      out[t] = rows[0];
    }
    return out;
  } finally {
    await c.end();
  }
}

let admin: pg.Client;
beforeAll(async () => {
  admin = await connect(sourceUrl);
});
afterAll(async () => {
  await admin.query(`DELETE FROM "AuditEvent" WHERE id LIKE '${run}-%'`);
  await admin.query(`DELETE FROM "User" WHERE id LIKE '${run}-%'`);
  await admin.end();
  fs.rmSync(scratch, { recursive: true, force: true });
});

// The round trip every test below starts from: a backup of the seeded test database taken while a
// writer commits, restored into a fresh embedded cluster.
const trip = {
  committedBeforeBackup: 0,
  committedWhenBlocked: 0,
  committedAtEnd: 0,
  backupOut: "",
  restoreStatus: null as number | null,
  restoreErr: "",
};
beforeAll(async () => {
  const writerClient = await connect(sourceUrl);
  const writer = startWriter(writerClient);
  const locker = await connect(sourceUrl);
  try {
    await until(() => writer.committed >= 20);
    trip.committedBeforeBackup = writer.committed;
    // Holds pg_dump up after it has taken its snapshot (it locks each table it dumps), so the
    // writer commits more while the backup is under way.
    await locker.query(`BEGIN; LOCK TABLE "Rating" IN ACCESS EXCLUSIVE MODE`);
    const backup = runScriptAsync(["scripts/db-backup.mjs", "--out", dumpFile], { ...process.env });
    await until(
      async () =>
        (
          await admin.query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'pg_dump' AND wait_event_type = 'Lock'`,
          )
        ).rowCount === 1,
    );
    trip.committedWhenBlocked = writer.committed;
    await until(() => writer.committed >= trip.committedWhenBlocked + 20);
    await locker.query("ROLLBACK");
    const result = await backup;
    if (result.code !== 0) throw new Error(`db:backup failed:\n${result.stderr}`);
    trip.backupOut = result.stdout.trim();
  } finally {
    writer.stop = true;
    await writer.done.catch(() => {});
    trip.committedAtEnd = writer.committed;
    await writerClient.end();
    await locker.end();
  }
  const restore = runScript("scripts/db-restore.mjs", [dumpFile], embeddedEnv(restoredDir));
  trip.restoreStatus = restore.status;
  trip.restoreErr = restore.stderr;
}, 120_000);

describe("db:backup and db:restore", () => {
  it("back up under continuous writes and restore into a fresh cluster: every table as at one moment", async () => {
    expect(trip.backupOut).toBe(dumpFile);
    expect(fs.statSync(dumpFile).mode & 0o777).toBe(0o600);
    expect(trip.restoreStatus, trip.restoreErr).toBe(0);

    const session = await startWithDb(restoredDir);
    try {
      const probes = await session.query<{ table: string; ks: number[] }>(
        `SELECT 'User' AS table, array_agg(split_part(id, '-', 2)::int ORDER BY 1) AS ks FROM "User" WHERE id LIKE '${run}-%'
         UNION ALL SELECT 'AuditEvent', array_agg("entityId"::int ORDER BY 1) FROM "AuditEvent" WHERE "entityType" = 'BackupProbe' AND id LIKE '${run}-%'`,
      );
      if (!probes.ok) throw new Error(probes.error);
      const [users, events] = probes.rows.map((r) => [...r.ks].sort((a, b) => a - b));
      const snapshotK = users.length;
      // One moment: probes 1..K in both tables, no gap, nothing later.
      expect(users).toEqual(Array.from({ length: snapshotK }, (_, i) => i + 1));
      expect(events).toEqual(users);
      expect(snapshotK).toBeGreaterThanOrEqual(trip.committedBeforeBackup); // all written before the backup began
      expect(snapshotK).toBeLessThanOrEqual(trip.committedWhenBlocked); // none written while it ran
      expect(trip.committedAtEnd).toBeGreaterThan(snapshotK);

      // Every table, row for row, equals the source without the probes committed after the snapshot.
      const restored = await tableDigests(session.url);
      const reference = await tableDigests(sourceUrl, snapshotK);
      expect(Object.keys(restored)).toContain("_prisma_migrations");
      expect(restored).toEqual(reference);
      expect(restored.Article.rows).toBeGreaterThan(0); // the seeded data came along
    } finally {
      expect(await session.stop()).toBe(0);
    }
  }, 60_000);

  it("refuses to restore over a database that holds tables, and leaves it as it was", async () => {
    const before = await tableDigests(sourceUrl);
    const r = runScript("scripts/db-restore.mjs", [dumpFile], { ...process.env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("is not empty");
    expect(r.stderr).toContain("--force");
    expect(await tableDigests(sourceUrl)).toEqual(before);
  }, 60_000);

  it("with --force replaces the contents, all or nothing", async () => {
    const env = embeddedEnv(restoredDir);
    const digestsOfRestored = async (change?: string) => {
      const session = await startWithDb(restoredDir);
      try {
        if (change) expect(await session.query(change)).toMatchObject({ ok: true });
        return await tableDigests(session.url);
      } finally {
        expect(await session.stop()).toBe(0);
      }
    };
    const expected = await digestsOfRestored();
    const changed = await digestsOfRestored(
      `CREATE TABLE "Stray" (id int); DELETE FROM "AuditEvent"`,
    );
    expect(changed).not.toEqual(expected);

    // A truncated archive fails part-way: nothing is dropped.
    const truncated = path.join(scratch, "truncated.dump");
    fs.writeFileSync(
      truncated,
      fs.readFileSync(dumpFile).subarray(0, Math.floor(fs.statSync(dumpFile).size / 2)),
    );
    const failed = runScript("scripts/db-restore.mjs", [truncated, "--force"], env);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("the database was left unchanged");
    expect(await digestsOfRestored()).toEqual(changed);

    const forced = runScript("scripts/db-restore.mjs", [dumpFile, "--force"], env);
    expect(forced.status, forced.stderr).toBe(0);
    expect(await digestsOfRestored()).toEqual(expected); // "Stray" gone, audit events back
  }, 120_000);

  it("backs up the embedded database whether the app is running (attaches) or not (starts and stops it)", async () => {
    const env = embeddedEnv(restoredDir);
    const stopped = runScript(
      "scripts/db-backup.mjs",
      ["--out", path.join(scratch, "stopped.dump")],
      env,
    );
    expect(stopped.status, stopped.stderr).toBe(0);
    expect(stopped.stderr).toContain(
      `started the embedded PostgreSQL in ${restoredDir} for this command`,
    );
    expect(postmasterPid(restoredDir)).toBeNull(); // stopped again

    const session = await startWithDb(restoredDir);
    try {
      const running = runScript(
        "scripts/db-backup.mjs",
        ["--out", path.join(scratch, "running.dump")],
        env,
      );
      expect(running.status, running.stderr).toBe(0);
      expect(running.stderr).toContain(
        `backed up the running embedded PostgreSQL (PID ${postmasterPid(restoredDir)}`,
      );
      expect(await session.query("select 1 as one")).toEqual({ ok: true, rows: [{ one: 1 }] });
    } finally {
      expect(await session.stop()).toBe(0);
    }
  }, 60_000);

  it("refuses client tools whose major version differs from the server's, saying what to install", () => {
    const bin = path.join(scratch, "pg16-bin");
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, "pg_dump"), `#!/bin/sh\necho "pg_dump (PostgreSQL) 16.4"\n`, {
      mode: 0o755,
    });
    const r = runScript("scripts/db-backup.mjs", ["--out", path.join(scratch, "never.dump")], {
      ...process.env,
      PG_BINDIR: bin,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("pg_dump for PostgreSQL 15 (the server's version) not found");
    expect(r.stderr).toContain("pg_dump (PostgreSQL) 16.4");
    expect(r.stderr).toContain("apt-get install -y postgresql-client-15");
    expect(fs.existsSync(path.join(scratch, "never.dump"))).toBe(false);
  });
});

function runScriptAsync(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const p = spawn(process.execPath, args, { env });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
