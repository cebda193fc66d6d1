// node scripts/with-db.mjs --fresh --seed -- npx tsx scripts/bench-import.ts [--chars 1000000]
// What a 1M-character upload costs the server process: the time of the upload's own work (what the
// request waits for) and the longest the event loop was blocked meanwhile (what a reader arriving
// then would wait), then the same for the matching worker that finishes the job after the request.
// The body is the seed articles repeated, each copy with other figures, with a tag so each run
// imports a new article.
import crypto from "node:crypto";
import fs from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { importItem } from "../lib/article/import-mutations.ts";
import { emptyReport } from "../lib/article/import-report.ts";
import { runMatchBatch } from "../lib/match-job/worker.ts";
import { spotSentences } from "../lib/spot/index.ts";
import { registryMatcher } from "../lib/spot/suggestions.ts";
import { endsArticle } from "../lib/text/furniture.ts";
import { withDatabase } from "./user-cli.ts";

const { values } = parseArgs({ options: { chars: { type: "string", default: "1000000" } } });
const chars = Number(values.chars);
const seeds = fs
  .readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => fs.readFileSync(`seeds/${f}`, "utf8"))
  .join("\n\n")
  // One long article: the seeds' "other stories" lines would end it after the first copy.
  .split("\n")
  .filter((line) => !endsArticle(line))
  .join("\n");
let body = `${crypto.randomBytes(4).toString("hex")}\n`;
// Each copy of the seeds gets its own figures, so no two copies state the same thing.
for (let k = 1; body.length < chars; k++)
  body += `${seeds.replace(/\d+/g, (d) => String(Number(d) + k))}\n\n`;
body = body.slice(0, chars);

async function measure<T>(label: string, work: () => Promise<T>): Promise<T> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  const out = await work();
  const ms = performance.now() - started;
  loop.disable();
  const max = loop.max / 1e6;
  const p99 = loop.percentile(99) / 1e6;
  console.log(
    `${label}: ${(ms / 1000).toFixed(2)} s; event loop blocked at most ${max.toFixed(0)} ms (p99 ${p99.toFixed(0)} ms)`,
  );
  return out;
}

await withDatabase("bench-import", async (prisma) => {
  // The spotter's first call in a process takes about a second (compiling its lexicon); a server
  // pays it once, so it is paid here before measuring.
  const registry = await prisma.entity.findMany({
    select: { id: true, nameHi: true, nameEn: true, aliases: true, kind: true },
  });
  spotSentences(seeds.slice(0, 2000), registryMatcher(registry));
  const report = emptyReport();
  await measure(`upload request (${chars.toLocaleString("en")} characters)`, () =>
    importItem(
      prisma,
      null,
      { file: "bench.txt", line: 1, fields: { title: "बेंच लेख", body } },
      report,
    ),
  );
  const ids = report.imported.map((a) => a.id);
  if (report.failed.length) throw new Error(report.failed[0].message);
  const found = await measure("matching worker, after the request", async () => {
    let n = 0;
    for (let more = true; more; ) {
      const r = await runMatchBatch(prisma, { articleIds: ids });
      n += r.done.reduce((a, d) => a + d.alreadyLogged.length, 0);
      more = r.more;
      await new Promise((resolve) => setTimeout(resolve, 50)); // the worker's pause between batches
    }
    return n;
  });
  console.log(`${found} passages look like claims already logged`);
});
