// npm run bench:search: search at 200,000 generated claims (issue 8).
//
// Runs under a throwaway seeded database (package.json: with-db --fresh --seed), fills it with the
// bench corpus (scripts/bench/corpus.ts, searchText written by the app's own fold), then times a
// fixed query mix two ways, one query at a time:
// - app: lib/search/engine.ts runSearch through Prisma, as the desk loader calls it (folding the
//   query, the SQL, highlighting the page);
// - floor: the same SQL statement with the same parameters, sent straight through pg.
// Prints p50/p95 of each and their ratio. Targets: app p95 under 50 ms, within 2x the floor.
// BENCH_CLAIMS changes the corpus size, BENCH_REQUESTS the runs per query.
import pg from "pg";
import { createPrismaClient } from "../lib/db-client.ts";
import { buildSearch, runSearch, type SearchFilters } from "../lib/search/engine.ts";
import { searchQuery } from "../lib/search-text/fold.ts";
import { generateCorpus } from "./bench/corpus.ts";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 200_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const WARMUP = 5;

const base: SearchFilters = { type: "claims", page: 1 };
// Hindi words, a spelling variant, an English word, a number, a filter, a second page, the other
// kinds of row, and the readers' search.
const MIX: [string, string, SearchFilters][] = [
  ["hindi words", "किम जोंग पुतिन मुलाकात", base],
  ["spelling variant", "नार्थ कोरिया ऑर्टिलरी शेल", base],
  ["english word", "Putin", base],
  ["number", "2017", base],
  ["common word, published", "रूस", { ...base, status: "PUBLISHED" }],
  ["page 3", "उत्तर कोरिया", { ...base, page: 3 }],
  ["mentions", "रॉकेट", { ...base, type: "mentions" }],
  ["articles", "किम", { ...base, type: "articles" }],
  ["entities", "बीबीसी", { ...base, type: "entities" }],
  ["readers", "अनाज रिकॉर्ड", { ...base, publishedOnly: true }],
];

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function time(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await run();
  const out: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t = performance.now();
    await run();
    out.push(performance.now() - t);
  }
  return out;
}

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL required (run through npm run bench:search)");
// Filled as the schema's owner (scripts/with-db.mjs): the app's role may not skip triggers or VACUUM.
const corpus = await generateCorpus(process.env.PRAMAAN_MIGRATION_DATABASE_URL ?? url, {
  claims: CLAIMS,
});
console.log(
  `corpus: ${corpus.total.claims} claims, ${corpus.total.articles} articles (filled in ${(corpus.ms / 1000).toFixed(1)} s)`,
);

const prisma = createPrismaClient(url);
const client = new pg.Client({ connectionString: url });
await client.connect();
const app = (sql: string, params: unknown[]) =>
  prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);

const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(
  `${"query".padEnd(26)} ${"hits".padStart(5)} ${"app p50".padStart(10)} ${"app p95".padStart(10)} ${"floor p50".padStart(10)} ${"floor p95".padStart(10)}  ratio`,
);
const appAll: number[] = [];
const floorAll: number[] = [];
for (const [name, q, f] of MIX) {
  const sq = searchQuery(q);
  if (!sq) throw new Error(`no words in ${q}`);
  const built = buildSearch(sq.phrase, sq.keys, f);
  const first = await runSearch(app, q, f);
  const a = await time(() => runSearch(app, q, f));
  const b = await time(() => client.query(built.sql, built.params));
  appAll.push(...a);
  floorAll.push(...b);
  console.log(
    `${name.padEnd(26)} ${String(first.items.length).padStart(5)} ${ms(percentile(a, 50)).padStart(10)} ${ms(percentile(a, 95)).padStart(10)} ${ms(percentile(b, 50)).padStart(10)} ${ms(percentile(b, 95)).padStart(10)}  ${(percentile(a, 95) / percentile(b, 95)).toFixed(2)}`,
  );
}
const appP95 = percentile(appAll, 95);
const floorP95 = percentile(floorAll, 95);
console.log(
  `\nall queries: app p50 ${ms(percentile(appAll, 50))} p95 ${ms(appP95)}; floor p50 ${ms(percentile(floorAll, 50))} p95 ${ms(floorP95)}; ratio ${(appP95 / floorP95).toFixed(2)}` +
    ` (targets: p95 < 50 ms ${appP95 < 50 ? "OK" : "ABOVE"}, ratio <= 2 ${appP95 / floorP95 <= 2 ? "OK" : "ABOVE"})`,
);
await client.end();
await prisma.$disconnect();
