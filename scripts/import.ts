// npm run import -- PATH… [--as editor@example.com]
// Imports .txt, .json and .csv files (folders are walked) one article at a time, with a progress bar
// on stderr and the report on stdout. Exit code 1 if anything failed. Without --as the import is
// recorded as the system's (audit actor null), like the seed.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { emptyReport, importItem, matchImported, revisedLine } from "../lib/article/import.ts";
import { IMPORT_EXTENSIONS, parseImportFile, type RawItem } from "../lib/article/parse.ts";
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
  const report = emptyReport();
  const items: RawItem[] = [];
  for (const file of positionals.flatMap(listFiles)) {
    const parsed = parseImportFile(file, fs.readFileSync(file, "utf8"));
    items.push(...parsed.items);
    report.failed.push(...parsed.failed);
  }
  for (const [i, item] of items.entries()) {
    await importItem(prisma, actorId, item, report);
    progress(i + 1, items.length, path.basename(item.file));
  }
  if (process.stderr.isTTY) process.stderr.write("\n");
  await matchImported(prisma, report);

  for (const a of report.imported) {
    const furniture = a.furnitureLines ? ` (${a.furnitureLines} furniture lines)` : "";
    console.log(`imported ${a.file}:${a.line} → ${a.id} ${a.title}${furniture}`);
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
  report.failed.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const f of report.failed) console.log(`FAILED ${f.file}:${f.line}: ${f.message}`);
  console.log(
    `${report.imported.length} imported, ${report.skipped.length} already imported, ${report.failed.length} failed, ${report.revised.length} new versions`,
  );
  if (report.failed.length) process.exitCode = 1;
});
