#!/usr/bin/env node
// @ts-check
// Usage: npm run db:backup [-- --out FILE]
//
// A consistent online backup of the app's database (scripts/db/target.mjs says which) with
// PostgreSQL's pg_dump in its custom format: one snapshot of the whole database, taken while the app
// keeps serving and writing. Default file: .data/backups/pramaan-<UTC time>.dump, mode 0600 (it holds
// the users' password hashes). Prints the file's path on stdout. Restore with npm run db:restore.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findPgTool, libpqEnv, serverVersion } from "./db/pg-tools.mjs";
import { openTarget } from "./db/target.mjs";

const log = (/** @type {unknown[]} */ ...a) => console.error("[db:backup]", ...a);
const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
if (
  args.some((a, i) => a !== "--out" && i !== outIndex + 1) ||
  (outIndex !== -1 && !args[outIndex + 1])
) {
  log("usage: npm run db:backup [-- --out FILE]");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const out = path.resolve(
  outIndex === -1 ? `.data/backups/pramaan-${stamp}.dump` : args[outIndex + 1],
);

/**
 * @param {string} tool @param {string} url @param {string} file
 * @returns {Promise<void>}
 */
function pgDump(tool, url, file) {
  return new Promise((resolve, reject) => {
    const p = spawn(tool, ["--format=custom", `--file=${file}`], {
      env: libpqEnv(url),
      stdio: ["ignore", "inherit", "inherit"],
    });
    p.on("error", reject);
    p.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`pg_dump failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

const target = await openTarget({ log }).catch((e) => {
  log(e.message);
  process.exit(1);
});
const partial = `${out}.partial`;
try {
  const t0 = performance.now();
  const { major } = await serverVersion(target.url);
  const tool = findPgTool("pg_dump", major);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Made 0600 before pg_dump opens it (it truncates, keeping the mode); renamed only when complete.
  fs.writeFileSync(partial, "", { mode: 0o600 });
  await pgDump(tool, target.url, partial);
  fs.renameSync(partial, out);
  const kib = Math.round(fs.statSync(out).size / 1024);
  log(
    `backed up ${target.label} (PostgreSQL ${major}) to ${out}: ${kib} KiB in ${Math.round(performance.now() - t0)} ms`,
  );
  console.log(out);
} catch (e) {
  fs.rmSync(partial, { force: true });
  log(/** @type {Error} */ (e).message);
  process.exitCode = 1;
} finally {
  await target.close();
}
