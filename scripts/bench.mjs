#!/usr/bin/env node
// @ts-check
// npm run bench: requests/s of a published verdict page against a static asset from the same
// server, measured in one run, and their ratio (target: the verdict page at least half the static rate).
// Starts its own production server on a throwaway embedded Postgres; load comes from autocannon on
// this machine, so absolute numbers depend on the machine and the ratio is what carries over.
import autocannon from "autocannon";
import { startBenchServer } from "./bench-server.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET_RATIO = 0.5;
const DEMO_CLAIM = "/claims/russia-2017-grain-world-record-demo";

const { base, stop } = await startBenchServer();

/** @param {string} path @returns {Promise<import("autocannon").Result>} */
function run(path, duration = DURATION) {
  return new Promise((resolve, reject) =>
    autocannon({ url: base + path, connections: CONNECTIONS, duration }, (err, r) =>
      err ? reject(err) : resolve(r),
    ),
  );
}
const median = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const html = await (await fetch(base + DEMO_CLAIM)).text(); // first request renders and caches the page
  const css = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  if (!css) throw new Error("no stylesheet link found on the verdict page");
  await fetch(base + css);

  const targets = [
    ["static asset (CSS)", css],
    ["published verdict page", DEMO_CLAIM],
    ["v1 API, one claim", `/api/v1${DEMO_CLAIM}`],
  ];
  // Two cores are shared by the server and the load generator, so single runs are noisy: warm every
  // path up, then interleave the paths over several rounds and report each one's median round.
  for (const [, path] of targets) await run(path, 2);
  /** @type {import("autocannon").Result[][]} */
  const samples = targets.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [, path]] of targets.entries()) {
      const r = await run(path);
      if (r.non2xx > 0 || r.errors > 0)
        throw new Error(`${path}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
      samples[i].push(r);
    }
  }
  const rows = targets.map(([label, path], i) => {
    const r = median(samples[i].map((s) => s.requests.average));
    // r is one of the rounds' averages, so a round has it.
    const mid = /** @type {import("autocannon").Result} */ (
      samples[i].find((s) => s.requests.average === r)
    );
    return {
      label,
      path,
      rps: r,
      p50: mid.latency.p50,
      p99: mid.latency.p99,
      all: samples[i].map((s) => Math.round(s.requests.average)),
    };
  });
  console.log(
    `\nautocannon -c ${CONNECTIONS}, ${ROUNDS} interleaved rounds of ${DURATION}s against one production server (${base})`,
  );
  console.log("what                       median req/s   p50 ms   p99 ms   rounds");
  for (const r of rows)
    console.log(
      `${r.label.padEnd(26)} ${r.rps.toFixed(0).padStart(13)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)}   ${r.all.join(" / ")}`,
    );
  const ratio = rows[1].rps / rows[0].rps;
  console.log(
    `\nverdict page / static asset = ${ratio.toFixed(2)} (target >= ${TARGET_RATIO}) ${ratio >= TARGET_RATIO ? "OK" : "BELOW TARGET"}`,
  );
  process.exitCode = ratio >= TARGET_RATIO ? 0 : 1;
} catch (e) {
  console.error("[bench]", /** @type {Error} */ (e).message);
  process.exitCode = 1;
} finally {
  await stop();
}
