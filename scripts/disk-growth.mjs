#!/usr/bin/env node
// @ts-check
// npm run bench:disk: what anonymous traffic to pages that do not exist costs on disk.
// Starts a production server on a throwaway database (as bench.mjs does), asks for N unknown claim
// slugs (default 3,000), and prints how much .next/ and .data/ grew, in bytes and files.
// Unknown pages must cost nothing on disk: a stranger should not be able to fill it.
import fs from "node:fs";
import path from "node:path";
import { startBenchServer } from "./bench-server.mjs";

const COUNT = Number(process.env.DISK_REQUESTS ?? 3000);
const CONCURRENCY = 20;
const DIRS = [".next", ".data"];

const { base, stop } = await startBenchServer();

/** Bytes and files under dir (symlinks not followed; a file removed while walking is skipped). */
/** @param {string} dir */
function usage(dir) {
  let bytes = 0;
  let files = 0;
  /** @param {string} p */
  const walk = (p) => {
    let st;
    try {
      st = fs.lstatSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      /** @type {string[]} */
      let names = [];
      try {
        names = fs.readdirSync(p);
      } catch {}
      for (const n of names) walk(path.join(p, n));
    } else {
      bytes += st.size;
      files += 1;
    }
  };
  walk(dir);
  return { bytes, files };
}

try {
  await fetch(`${base}/claims/warm-up-${process.pid}`); // the first render loads the page's code
  const before = Object.fromEntries(DIRS.map((d) => [d, usage(d)]));
  const statuses = new Map();
  let next = 0;
  const worker = async () => {
    while (next < COUNT) {
      const i = next++;
      const res = await fetch(`${base}/claims/no-such-claim-${process.pid}-${i}`);
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const after = Object.fromEntries(DIRS.map((d) => [d, usage(d)]));
  console.log(
    `\n${COUNT} GET /claims/<unknown slug> in ${seconds.toFixed(1)} s; statuses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}`,
  );
  for (const d of DIRS) {
    const mb = ((after[d].bytes - before[d].bytes) / 1e6).toFixed(2);
    console.log(
      `${d.padEnd(6)} ${mb.padStart(8)} MB  ${String(after[d].files - before[d].files).padStart(7)} files`,
    );
  }
} catch (e) {
  console.error("[disk-growth]", /** @type {Error} */ (e).message);
  process.exitCode = 1;
} finally {
  await stop();
}
