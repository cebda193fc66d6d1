// npm run import -- PATH… [--as editor@example.com]
// Imports .txt, .json and .csv files (folders are walked) one article at a time, with a progress bar
// on stderr and the report on stdout. Exit code 1 if anything failed. Without --as the import is
// recorded as the system's (audit actor null), like the seed.
// Files are read in batches (BATCH_ITEMS articles or BATCH_CHARS characters): each batch is imported,
// its articles matched to logged claims through the same job queue the server's worker uses, its
// report lines printed, and then it is dropped, so memory stays flat however many files there are.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importItem } from "../lib/article/import-mutations.ts";
import { emptyReport, type ImportReport, revisedLine } from "../lib/article/import-report.ts";
import {
  decodeImportFile,
  IMPORT_EXTENSIONS,
  type ImportFailure,
  parseImportFile,
  type RawItem,
} from "../lib/article/parse.ts";
import { runMatchBatch } from "../lib/match-job/worker.ts";
import { withDatabase } from "./user-cli.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { as: { type: "string" } },
});
if (positionals.length === 0) {
  console.error("usage: npm run import -- PATH… [--as editor@example.com]");
  process.exit(2);
}

const importable = (f: string) =>
  (IMPORT_EXTENSIONS as readonly string[]).includes(path.extname(f).toLowerCase());

/** Files under each path, in a stable order; a folder contributes its importable files only. */
function listFiles(p: string): string[] {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${p}: no such file or folder`);
  if (!stat.isDirectory()) return [p];
  return fs
    .readdirSync(p, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) =>
      d.isDirectory()
        ? listFiles(path.join(p, d.name))
        : importable(d.name)
          ? [path.join(p, d.name)]
          : [],
    );
}

function progress(done: number, total: number, label: string) {
  if (!process.stderr.isTTY && done !== total && done % 25 !== 0) return; // a log file gets a line now and then
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const bar = `[${"=".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${label}`;
  process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${bar}` : `${bar}\n`);
}

const BATCH_ITEMS = 100;
const BATCH_CHARS = 4_000_000;

function printBatch(report: ImportReport) {
  for (const a of report.imported) {
    const furniture = a.furnitureLines ? ` (${a.furnitureLines} furniture lines)` : "";
    const bidi = a.bidiRemoved ? ` (${a.bidiRemoved} bidi control characters removed)` : "";
    console.log(`imported ${a.file}:${a.line} → ${a.id} ${a.title}${furniture}${bidi}`);
    const logged = a.alreadyLogged ?? [];
    if (logged.length) {
      const n = logged.length;
      console.log(
        `  ${n} passage${n === 1 ? " looks like a claim" : "s look like claims"} already logged:`,
      );
      for (const m of logged) {
        console.log(`    "${m.text}"`);
        console.log(`      = claim ${m.claimId} "${m.claimText}" (/desk/claims/${m.claimId})`);
        console.log(
          m.attachable
            ? `      log as another appearance: ${m.logHref}`
            : "      (that claim is not open: it takes no new appearance)",
        );
      }
    }
  }
  for (const a of report.skipped) console.log(`already imported ${a.file}:${a.line} → ${a.id}`);
  // Orphans wait in /desk/orphans; the server's page cache may show the old text until it expires.
  for (const a of report.revised) console.log(`${a.file}:${a.line} → ${a.id} ${revisedLine(a)}`);
}

await withDatabase("import", async (prisma) => {
  let actorId: string | null = null;
  if (values.as) {
    const user = await prisma.user.findUnique({
      where: { email: values.as },
      select: { id: true },
    });
    if (!user) throw new Error(`--as ${values.as}: no such account`);
    actorId = user.id;
  }
  const files = positionals.flatMap(listFiles);
  const failed: ImportFailure[] = [];
  const totals = { imported: 0, skipped: 0, revised: 0 };
  let batch: RawItem[] = [];
  let chars = 0;
  let filesDone = 0;

  const importBatch = async () => {
    const report = emptyReport();
    for (const item of batch) await importItem(prisma, actorId, item, report);
    // This batch's matching, through the queue (a running server's worker may take some of it).
    const ids = report.imported.map((a) => a.id);
    const found = new Map<string, ImportReport["imported"][number]["alreadyLogged"]>();
    for (let more = ids.length > 0; more; ) {
      const r = await runMatchBatch(prisma, { articleIds: ids });
      for (const d of r.done) found.set(d.articleId, d.alreadyLogged);
      more = r.more;
    }
    for (const a of report.imported) a.alreadyLogged = found.get(a.id);
    printBatch(report);
    failed.push(...report.failed);
    totals.imported += report.imported.length;
    totals.skipped += report.skipped.length;
    totals.revised += report.revised.length;
    batch = [];
    chars = 0;
  };

  for (const file of files) {
    const decoded = decodeImportFile(file, fs.readFileSync(file));
    if ("failed" in decoded) failed.push(decoded.failed);
    else {
      const parsed = parseImportFile(file, decoded.text);
      batch.push(...parsed.items);
      failed.push(...parsed.failed);
      chars += decoded.text.length;
    }
    if (batch.length >= BATCH_ITEMS || chars >= BATCH_CHARS) await importBatch();
    progress(++filesDone, files.length, path.basename(file));
  }
  if (batch.length) await importBatch();
  if (process.stderr.isTTY) process.stderr.write("\n");

  failed.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const f of failed) console.log(`FAILED ${f.file}:${f.line}: ${f.message}`);
  console.log(
    `${totals.imported} imported, ${totals.skipped} already imported, ${failed.length} failed, ${totals.revised} new versions`,
  );
  if (failed.length) process.exitCode = 1;
});
