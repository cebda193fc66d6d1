// npm run bench:export [-- --claims 100000 --formats csv,json,…]
//
// Generates a corpus (scripts/bench/corpus.ts) in a throwaway database, then exports 10,000 claims and
// all of them in every streamed format, each in a fresh process, and prints claims/s, CSV-equivalent
// rows/s, output size and peak memory, with the peak's ratio between the two sizes: a streaming
// export's memory stays flat as the report grows. Beside each, the floor: the same claims' rows read by
// Postgres itself with `COPY (SELECT …) TO STDOUT` as CSV, and the export's time as a multiple of it.
// Target: CSV ≥ 20,000 rows/s, within 4× of COPY.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { REPORT_FORMATS } from "../lib/report/formats.ts";
import { generateCorpus } from "./bench/corpus.ts";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const total = Number(arg("--claims") ?? 100_000);
const small = Math.min(10_000, total);
// PDF is laid out whole (at most 1,000 claims), not streamed: it has its own figures in docs/citation-reports.md.
const streamed = Object.entries(REPORT_FORMATS).filter(([, f]) => f.kind !== "whole");
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

/**
 * The rows the CSV holds, as Postgres alone produces them: per claim its newest verdict with rating and
 * people, then one row per standing appearance (article, outlet, quote, the chain's names) and one per
 * source, with the claim's retraction and corrections. What no export can beat: no driver, no
 * JavaScript, no per-cell formatting.
 */
function copySql(topic: string | null): string {
  const scope = topic ? `AND c.topic = ${topic}` : "";
  const claim = `cv.id, cv.slug, cv."textHi", cv."textEn", cv.status, cv.vstatus, cv."labelHi",
    cv."labelEn", cv.value, cv.vsh, cv.vse, cv.authors, cv.reviewer, cv.vpub`;
  const after = `cv.rationale, cv."retractedAt", cv.corrections`;
  return `COPY (
    WITH cv AS (
      SELECT c.*, v.status AS vstatus, v."summaryHi" AS vsh, v."summaryEn" AS vse, v.rationale,
             v."publishedAt" AS vpub, r."labelHi", r."labelEn", r.value, rv.name AS reviewer,
             coalesce((SELECT string_agg(u.name, '; ' ORDER BY k.since) FROM "VerdictContributor" k
                       JOIN "User" u ON u.id = k."userId" WHERE k."verdictId" = v.id), au.name) AS authors,
             (SELECT count(*) FROM "Correction" k WHERE k."claimId" = c.id AND k."publishedAt" IS NOT NULL)
               AS corrections
      FROM "Claim" c
      LEFT JOIN LATERAL (SELECT * FROM "Verdict" v WHERE v."claimId" = c.id
                         ORDER BY v."createdAt" DESC LIMIT 1) v ON true
      LEFT JOIN "Rating" r ON r.id = v."ratingId"
      LEFT JOIN "User" au ON au.id = v."authorId"
      LEFT JOIN "User" rv ON rv.id = v."reviewerId"
      WHERE c."withdrawnAt" IS NULL ${scope}
    )
    SELECT ${claim}, 'appearance', a.title, o."nameHi", coalesce(a."publishedAt"::text, a."eventDate"::text),
           a.url, m.exact,
           (SELECT string_agg(coalesce(e."nameHi", l."anonymousAs", ''), ' → ' ORDER BY l.position)
              FROM "AttributionLink" l LEFT JOIN "Entity" e ON e.id = l."entityId"
             WHERE l."mentionId" = m.id),
           NULL, NULL, NULL, NULL, ${after}
    FROM cv JOIN "Mention" m ON m."claimId" = cv.id AND m."retiredAt" IS NULL
    JOIN "Article" a ON a.id = m."articleId" LEFT JOIN "Entity" o ON o.id = a."outletId"
    UNION ALL
    SELECT ${claim}, 'source', s.title, s.publisher, s.authors::text, s.url, s."publishedAt"::text,
           s."accessedAt"::text, s."archiveUrl", e.stance::text, e.quote, e.note, ${after}
    FROM cv JOIN "Evidence" e ON e."claimId" = cv.id JOIN "Source" s ON s.id = e."sourceId"
    ORDER BY 1
  ) TO STDOUT WITH (FORMAT csv, HEADER)`;
}

async function copyFloor(topic?: string): Promise<{ ms: number; bytes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const t0 = performance.now();
    let bytes = 0;
    for await (const chunk of client.query(
      copyTo(copySql(topic ? client.escapeLiteral(topic) : null)),
    ) as AsyncIterable<Buffer>)
      bytes += chunk.length;
    return { ms: performance.now() - t0, bytes };
  } finally {
    await client.end();
  }
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString("en");
console.log(
  "\nformat    claims    claims/s   rows/s    output MB   peak RSS MB  peak heap MB   heap ratio (all/10k)",
);
// The floor, once for each size: read by COPY before the exports, on the same warm cache.
const floors = [await copyFloor(SMALL_TOPIC), await copyFloor()];
for (const format of formats) {
  const a = measure(format, SMALL_TOPIC);
  const b = measure(format);
  for (const r of [a, b])
    console.log(
      `${format.padEnd(8)} ${r.claims.toLocaleString("en").padStart(8)} ${rate(r.claims, r.ms).padStart(10)} ${rate(r.rows, r.ms).padStart(9)} ${mb(r.bytes).padStart(11)} ${mb(r.peakRss).padStart(12)} ${mb(r.peakHeap).padStart(13)}` +
        (r === b ? `   ${(b.peakHeap / a.peakHeap).toFixed(2)}` : ""),
    );
  for (const [i, r] of [a, b].entries())
    console.log(
      `         COPY floor at ${r.claims.toLocaleString("en")} claims: ${(floors[i].ms / 1000).toFixed(1)} s, ${mb(floors[i].bytes)} MB; ${format} takes ${(r.ms / floors[i].ms).toFixed(1)}× as long (aim ≤ 4×); peak RSS ${mb(r.peakRss)} MB, heap ${mb(r.peakHeap)} MB`,
    );
  if (format === "csv") {
    const csvRate = b.rows / (b.ms / 1000);
    console.log(
      `         CSV at ${b.claims.toLocaleString("en")} claims: ${Math.round(csvRate).toLocaleString("en")} rows/s (target ≥ 20,000: ${csvRate >= 20_000 ? "met" : "NOT met"})`,
    );
  }
}
