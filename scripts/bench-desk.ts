// npm run bench:desk: the desk's lists and the public entity pages at 1,000 and at 200,000 generated
// claims (issues 8 and 7).
//
// Starts a production server on a throwaway embedded Postgres (scripts/bench-server.mjs), fills it
// with a generated corpus (scripts/bench/corpus.ts), signs in as a seeded editor and times
// /desk/claims, /desk/articles, /desk/review and each one's second page (through the cursor of its
// "next" link), one request at a time; then grows the corpus and measures again. Prints p50/p95 and
// response bytes per page and the 200k/1k ratio of each p95 (target: at most 2).
//
// BENCH_SMALL / BENCH_LARGE change the corpus sizes, BENCH_REQUESTS the requests per page.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateCorpus } from "./bench/corpus.ts";
import { startBenchServer } from "./bench-server.mjs";

const SMALL = Number(process.env.BENCH_SMALL ?? 1000);
const LARGE = Number(process.env.BENCH_LARGE ?? 200_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const WARMUP = 5;
const TARGET = 2;
const EDITOR = { email: "asha@pramaan.test", password: "pramaan-demo" };
const LISTS = ["/desk/claims", "/desk/articles", "/desk/review"];
// First pages with filters: each narrows through a join (outlet, speaker) or a per-editor condition.
const FILTERED = [
  "/desk/claims?status=published&outlet=ent_bbc",
  "/desk/claims?speaker=ent_putin&sort=oldest",
  "/desk/articles?sort=title",
  "/desk/review?forMe=1",
  // Search words (lib/search/where.ts): a word in many rows, one in some, one in none.
  "/desk/claims?q=चावल",
  "/desk/articles?q=किम",
  "/desk/articles?q=सेटेलाइट",
  "/desk/review?q=किम",
  "/desk/review?q=चावल",
  // The registry (issue 7): its list, a search, a kind.
  "/desk/entities",
  "/desk/entities?q=पुतिन",
  "/desk/entities?kind=OUTLET",
  // Public entity pages (issue 7). They are front-cached; a query string passes the cache, so
  // "?render=1" times the render the first reader after a change waits for (the corpus is written
  // straight into the database, which purges nothing, so a cached page here would be stale).
  "/entities",
  "/entities?q=पुतिन",
  "/entities/bbc?render=1",
  "/entities/vladimir-putin?render=1",
  "/entities/russian-ministry-of-foreign-affairs?render=1",
  "/api/v1/entities/bbc?render=1",
];

interface Row {
  page: string;
  p50: number;
  p95: number;
  bytes: number;
}

/** A session cookie for the editor, through next-auth's credentials sign-in as the form does it. */
async function signIn(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ ...EDITOR, csrfToken, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in failed (${res.status})`);
  return cookie();
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function measure(base: string, cookie: string, url: string) {
  const times: number[] = [];
  let body = "";
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    const t = performance.now();
    const res = await fetch(base + url, { headers: { cookie }, redirect: "manual" });
    body = await res.text();
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    if (i >= WARMUP) times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), body };
}

/** The href of the list's "next" page link, as rendered. */
const nextHref = (html: string) =>
  html
    .match(/<a[^>]*rel="next"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="next"/)
    ?.slice(1)
    .find(Boolean)
    ?.replaceAll("&amp;", "&");

async function measureLists(base: string, cookie: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const list of LISTS) {
    const first = await measure(base, cookie, list);
    rows.push({ page: list, p50: first.p50, p95: first.p95, bytes: Buffer.byteLength(first.body) });
    const next = nextHref(first.body);
    if (!next) {
      console.error(`[bench:desk] ${list} has no second page`);
      continue;
    }
    const second = await measure(base, cookie, next);
    rows.push({
      page: `${list} page 2`,
      p50: second.p50,
      p95: second.p95,
      bytes: Buffer.byteLength(second.body),
    });
  }
  for (const url of FILTERED) {
    const r = await measure(base, cookie, url);
    rows.push({ page: url, p50: r.p50, p95: r.p95, bytes: Buffer.byteLength(r.body) });
  }
  return rows;
}

const urlFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-bench-")), "db-url");
process.env.PRAMAAN_DATABASE_URL_FILE = urlFile;
const { base, stop } = await startBenchServer();
try {
  const databaseUrl = fs.readFileSync(urlFile, "utf8").trim();
  const results: { claims: number; fill: number; rows: Row[] }[] = [];
  for (const claims of [SMALL, LARGE]) {
    const r = await generateCorpus(databaseUrl, { claims, seed: 1 });
    console.error(
      `[bench:desk] corpus: ${r.total.claims} claims (+${r.added.claims} in ${r.ms} ms)`,
    );
    const cookie = await signIn(base);
    results.push({ claims, fill: r.ms, rows: await measureLists(base, cookie) });
  }
  const [small, large] = results;
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `\nOne request at a time, ${REQUESTS} per page after ${WARMUP} warm-up (${base}); signed in as ${EDITOR.email}`,
  );
  console.log(
    `${"page".padEnd(46)} ${`p50 @${SMALL}`.padStart(11)} ${`p95 @${SMALL}`.padStart(11)} ${"bytes".padStart(10)}   ${`p50 @${LARGE}`.padStart(12)} ${`p95 @${LARGE}`.padStart(12)} ${"bytes".padStart(10)}   p95 ratio`,
  );
  let worst = 0;
  for (const s of small.rows) {
    const l = large.rows.find((x) => x.page === s.page);
    if (!l) continue;
    const ratio = l.p95 / s.p95;
    worst = Math.max(worst, ratio);
    console.log(
      `${s.page.padEnd(46)} ${ms(s.p50).padStart(11)} ${ms(s.p95).padStart(11)} ${kb(s.bytes).padStart(10)}   ${ms(l.p50).padStart(12)} ${ms(l.p95).padStart(12)} ${kb(l.bytes).padStart(10)}   ${ratio.toFixed(2)}`,
    );
  }
  console.log(
    `\nworst p95 ratio ${LARGE}/${SMALL} = ${worst.toFixed(2)} (target <= ${TARGET}) ${worst <= TARGET ? "OK" : "ABOVE TARGET"}; corpus fill ${(large.fill / 1000).toFixed(1)} s`,
  );
  process.exitCode = worst <= TARGET ? 0 : 1;
} catch (e) {
  console.error("[bench:desk]", e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await stop();
  fs.rmSync(path.dirname(urlFile), { recursive: true, force: true });
}
