// One measured export for scripts/bench-export.ts, in its own process so its peak memory is its own:
//   DATABASE_URL=… tsx scripts/bench/export-child.ts <format> [<topic>]
// Runs the app's report pipeline (the exports' batch query, the stream, the format's writer) over the
// editors' view of every claim (or one topic's), discards the bytes, and prints one JSON line.
import { createPrismaClient } from "../../lib/db-client.ts";
import { reportMeta } from "../../lib/report/build.ts";
import {
  REPORT_FORMATS,
  type ReportFormat,
  type ReportFormatSpec,
} from "../../lib/report/formats.ts";
import type { ReportClaim } from "../../lib/report/model.ts";
import { readReportBatch } from "../../lib/report/report-query.ts";
import { claimWhere } from "../../lib/report/scope.ts";
import { reportStream } from "../../lib/report/stream.ts";
import type { AnyWriterFactory } from "../../lib/report/writer.ts";

const [format, topic] = process.argv.slice(2) as [ReportFormat, string | undefined];
const prisma = createPrismaClient(process.env.DATABASE_URL ?? "");
const build = { baseUrl: "https://pramaan.example", includeDrafts: true };
const filters = topic ? { topic } : {};

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const sampler = setInterval(sample, 20);

// Counts what went through: claims, and the CSV's rows (one per appearance and per source, or one for
// a claim with neither), so every format's speed is given in the same rows.
let claims = 0;
let rows = 0;
const count = (batch: ReportClaim[]) => {
  claims += batch.length;
  for (const c of batch) rows += Math.max(1, c.appearances.length + c.sources.length);
};
const spec: ReportFormatSpec = REPORT_FORMATS[format];
const counted: AnyWriterFactory =
  spec.kind === "bytes"
    ? (meta) => {
        const w = spec.writer(meta);
        return {
          head: w.head,
          tail: w.tail,
          claims: (b) => {
            count(b);
            return w.claims(b);
          },
        };
      }
    : (meta) => {
        const w = spec.writer(meta);
        return {
          head: w.head,
          tail: w.tail,
          claims: (b) => {
            count(b);
            return w.claims(b);
          },
        };
      };

const t0 = performance.now();
const meta = reportMeta({ title: "bench", filters }, build);
const stream = reportStream({
  meta,
  where: claimWhere(filters),
  read: (where, afterId, take) => readReportBatch(prisma, "editor", where, afterId, take),
  writer: counted,
  build,
});
let bytes = 0;
for await (const chunk of stream) bytes += chunk.byteLength;
const ms = performance.now() - t0;
sample();
clearInterval(sampler);
await prisma.$disconnect();
console.log(JSON.stringify({ format, claims, rows, bytes, ms, peakRss, peakHeap }));
