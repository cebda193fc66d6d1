#!/usr/bin/env node
// @ts-check
// `npm start` serves the production build. Build it when there is none, or when the sources are
// newer than it (a fresh clone, a pull), so the two README commands are all a new machine needs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const BUILD_ID = ".next/BUILD_ID";
const SOURCES = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "next.config.js",
  "package.json",
  "postcss.config.mjs",
];

/** @param {string} p @returns {number} */
function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) {
    if (e === "generated" || e === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(p, e)));
  }
  return newest;
}

const built = fs.existsSync(BUILD_ID) ? fs.statSync(BUILD_ID).mtimeMs : 0;
const changed = Math.max(...SOURCES.map(newestMtime));
if (built && built >= changed) process.exit(0);
console.error(
  built
    ? "[start] sources changed since the last build: rebuilding"
    : "[start] no production build yet: building (about a minute)",
);
const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
});
process.exit(r.status ?? 1);
