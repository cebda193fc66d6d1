// Run by tests/unit/report-memory.test.ts in a child process with a small heap:
//   node --max-old-space-size=N --import tsx tests/support/stream-child.ts <format> <claims> <stream|whole>
// "stream" pushes <claims> claims through the report stream and a writer, counting the bytes that come
// out; "whole" builds the same report in memory first, as a non-streaming export would. Prints JSON.
import { buildReport } from "../../lib/report/build.ts";
import { REPORT_FORMATS, type ReportFormat } from "../../lib/report/formats.ts";
import { reportStream } from "../../lib/report/stream.ts";
import { writeAll, writeAllBytes } from "../../lib/report/writer.ts";
import { publishedDossier } from "../unit/dossier-fixture.ts";

const [format, count, mode] = process.argv.slice(2) as [ReportFormat, string, "stream" | "whole"];
const claims = Number(count);
const build = { baseUrl: "https://pramaan.example", includeDrafts: true };
const meta = {
  site: build.baseUrl,
  generatedAt: "2024-01-01T05:30:00+05:30",
  timeZone: "Asia/Kolkata",
  includesDrafts: true,
  scope: { title: "memory", filters: {} },
};

/** A dossier per claim, each a fresh object with its own long Hindi text, as the database would give. */
function dossier(i: number) {
  const d = publishedDossier();
  d.id = `c${String(i).padStart(8, "0")}`;
  d.textHi = `${d.textHi} ${i} `.repeat(8);
  d.mentions[0].article = { ...d.mentions[0].article, id: `art_${i % 500}` };
  d.evidence[0] = { ...d.evidence[0], id: `e${i}`, quote: `${d.evidence[0].quote} ${i}`.repeat(4) };
  return d;
}

async function main() {
  const spec = REPORT_FORMATS[format];
  const writer = spec.writer;
  let bytes = 0;
  if (mode === "whole") {
    const all = Array.from({ length: claims }, (_, i) => dossier(i));
    const report = buildReport(meta.scope, all, build);
    bytes =
      spec.kind === "bytes"
        ? (await writeAllBytes(spec.writer, report)).byteLength
        : Buffer.byteLength(writeAll(spec.writer, report));
  } else {
    const stream = reportStream({
      meta,
      where: {},
      writer,
      build,
      read: async (_where, afterId, take) => {
        const from = afterId ? Number(afterId.slice(1)) + 1 : 0;
        const n = Math.max(0, Math.min(take, claims - from));
        const dossiers = Array.from({ length: n }, (_, k) => dossier(from + k));
        return { dossiers, lastId: dossiers.at(-1)?.id ?? afterId, done: n < take };
      },
    });
    for await (const chunk of stream) bytes += chunk.byteLength;
  }
  console.log(JSON.stringify({ bytes, heapUsed: process.memoryUsage().heapUsed }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
