// npm run bench:export [-- --claims 100000 --formats csv,json,…]
//
// Generates a corpus (scripts/bench/corpus.ts) in a throwaway database, then exports 10,000 claims and
// all of them in every streamed format, each in a fresh process, and prints claims/s, CSV-equivalent
// rows/s, output size and peak memory, with the peak's ratio between the two sizes: a streaming
// export's memory stays flat as the report grows. Target: CSV ≥ 20,000 rows/s.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { REPORT_FORMATS } from "../lib/report/formats.ts";
import { generateCorpus } from "./bench/corpus.ts";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const total = Number(arg("--claims") ?? 100_000);
const small = Math.min(10_000, total);
// PDF is laid out whole (at most 1,000 claims), not streamed: it has its own figures in the README.
const streamed = Object.entries(REPORT_FORMATS).filter(([, f]) => f.kind === "stream");
const formats = (arg("--formats") ?? streamed.map(([name]) => name).join(",")).split(",");
const url = process.env.DATABASE_URL;
if (!url) throw new Error("run through npm run bench:export, which starts a throwaway database");

const SMALL_TOPIC = "bench-export-10k";
// Filled as the schema's owner (scripts/with-db.mjs): the app's role may not skip triggers or VACUUM.
const corpus = await generateCorpus(process.env.PRAMAAN_MIGRATION_DATABASE_URL ?? url, {
  claims: total,
});
console.log(
  `corpus: ${corpus.total.claims.toLocaleString("en")} claims in ${(corpus.ms / 1000).toFixed(1)} s`,
);
const client = new pg.Client({ connectionString: url });
await client.connect();
// The 10k report: the first 10,000 claims in report order, marked by topic (a filter the builder has).
await client.query(
  `UPDATE "Claim" SET topic = $1 WHERE id IN (SELECT id FROM "Claim" ORDER BY id LIMIT $2)`,
  [SMALL_TOPIC, small],
);
await client.query("ANALYZE");
await client.end();

type Result = {
  format: string;
  claims: number;
  rows: number;
  bytes: number;
  ms: number;
  peakRss: number;
  peakHeap: number;
};
function measure(format: string, topic?: string): Result {
  const out = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/bench/export-child.ts", format, ...(topic ? [topic] : [])],
    {
      encoding: "utf8",
      env: process.env,
      maxBuffer: 1 << 20,
    },
  );
  if (out.status !== 0) throw new Error(`${format}: ${out.stderr.slice(-2000)}`);
  return JSON.parse(out.stdout.trim().split("\n").at(-1) ?? "{}") as Result;
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString("en");
console.log(
  "\nformat    claims    claims/s   rows/s    output MB   peak RSS MB  peak heap MB   heap ratio (all/10k)",
);
for (const format of formats) {
  const a = measure(format, SMALL_TOPIC);
  const b = measure(format);
  for (const r of [a, b])
    console.log(
      `${format.padEnd(8)} ${r.claims.toLocaleString("en").padStart(8)} ${rate(r.claims, r.ms).padStart(10)} ${rate(r.rows, r.ms).padStart(9)} ${mb(r.bytes).padStart(11)} ${mb(r.peakRss).padStart(12)} ${mb(r.peakHeap).padStart(13)}` +
        (r === b ? `   ${(b.peakHeap / a.peakHeap).toFixed(2)}` : ""),
    );
  if (format === "csv") {
    const csvRate = b.rows / (b.ms / 1000);
    console.log(
      `         CSV at ${b.claims.toLocaleString("en")} claims: ${Math.round(csvRate).toLocaleString("en")} rows/s (target ≥ 20,000: ${csvRate >= 20_000 ? "met" : "NOT met"})`,
    );
  }
}
