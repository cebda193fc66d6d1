// One newsroom calendar (lib/calendar): every day the product reads or prints goes through it, so a
// day means the newsroom's day everywhere. This guard fails on raw date formatting or day arithmetic
// anywhere else in the code (the desk filters once used UTC days while reports used IST days), naming
// file:line. A use that is not about calendar days goes in ALLOWED with the reason, and only there.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const SCANNED = ["app", "components", "lib", "scripts"];
const SKIPPED = ["lib/generated/", "lib/calendar/"];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;

// A receiver that names a date: new Date(…), or a name like `date`, `day`, `createdAt`, `publishedOn`.
const DATE_LIKE = String.raw`(?:new Date\([^)]*\)|\b(?:\w*(?:[dD]ate|[dD]ay|[tT]ime|At|On)|when|now|at|d))`;

/** Each rule: what it catches, and where the calendar has it instead. */
const RULES: { name: string; pattern: RegExp; use: string }[] = [
  {
    name: "toLocaleDateString/toLocaleTimeString",
    pattern: /\.toLocale(Date|Time)String\(/,
    use: "formatDate / formatDateTime (lib/calendar/format.ts)",
  },
  {
    // A number's toLocaleString (counts, "12,345") is fine: only a date-like receiver, or date
    // options, are flagged.
    name: "date toLocaleString",
    pattern: new RegExp(
      String.raw`${DATE_LIKE}\.toLocaleString\(|toLocaleString\([^)]*(dateStyle|timeStyle|timeZone|weekday|month|year|hour)`,
    ),
    use: "formatDate / formatDateTime (lib/calendar/format.ts)",
  },
  {
    name: "Intl.DateTimeFormat",
    pattern: /\bIntl\.DateTimeFormat\(/,
    use: "lib/calendar/format.ts (its formatters carry the newsroom zone)",
  },
  {
    name: "toDateString/toTimeString/toUTCString/getTimezoneOffset",
    pattern: /\.(toDateString|toTimeString|toUTCString|getTimezoneOffset)\(/,
    use: "lib/calendar",
  },
  {
    name: "a day cut from an ISO string",
    pattern:
      /toISOString\(\)\s*\.\s*(slice|substring|substr)\(\s*0\s*,\s*10\s*\)|\.split\(\s*["']T["']\s*\)/,
    use: "newsroomDay (an instant) or storedDay (a date-only value)",
  },
  {
    name: "calendar getter/setter",
    pattern:
      /\.(get|set)(UTC)?(Date|Day|Month|FullYear|Hours|Minutes)\(|\.setSeconds\(|\.setMilliseconds\(/,
    use: "newsroomDay / dayStart / nextDay (lib/calendar/days.ts)",
  },
  {
    name: "a day as milliseconds",
    pattern: /\b86_?400_?000\b|24\s*\*\s*60\s*\*\s*60\s*\*\s*1000|24\s*\*\s*3_?600_?000/,
    use: "nextDay / dayRange (a newsroom day can last 23 or 25 hours)",
  },
  {
    name: "a day turned into an instant by hand",
    pattern: /T00:00|\bDate\.UTC\(/,
    use: "dayStart / dayRange (newsroom days) or storedDayRange (date-only values)",
  },
];

/** Uses that are not about the newsroom's days, each with its reason: file → rule names. */
const ALLOWED: Record<string, { rule: string; why: string }[]> = {
  "lib/env.ts": [
    {
      rule: "Intl.DateTimeFormat",
      why: "checks PRAMAAN_TIME_ZONE is a zone Intl knows; prints nothing",
    },
  ],
  "lib/history/describe.ts": [
    { rule: "a day as milliseconds", why: "“3 days ago”: a length of time, not a calendar day" },
  ],
  "lib/report/xlsx.ts": [
    {
      rule: "a day turned into an instant by hand",
      why: "hands exceljs the newsroom wall clock already written in the string (a sheet has no zone)",
    },
  ],
};

/** The part of a line that is code: a `//` comment and a block comment's `*` lines are skipped. */
function codeOf(line: string): string {
  const t = line.trimStart();
  if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) return "";
  return line.replace(/(^|\s)\/\/.*$/, "$1");
}

type RawDateUse = { file: string; line: number; rule: string; use: string; text: string };

/** Every raw date use in one file's source. */
function rawDateUses(file: string, source: string): RawDateUse[] {
  const hits: RawDateUse[] = [];
  source.split("\n").forEach((line, i) => {
    const code = codeOf(line);
    for (const r of RULES)
      if (r.pattern.test(code))
        hits.push({ file, line: i + 1, rule: r.name, use: r.use, text: line.trim() });
  });
  return hits;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (SKIPPED.some((s) => `${path}/`.startsWith(s) || path.startsWith(s))) return [];
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(path);
    return SOURCE.test(e.name) ? [path] : [];
  });
}

const allowed = (h: RawDateUse) => ALLOWED[h.file]?.some((a) => a.rule === h.rule) ?? false;

describe("one newsroom calendar: no raw date handling outside lib/calendar", () => {
  const files = SCANNED.flatMap(sourceFiles);
  const hits = files.flatMap((f) => rawDateUses(f, readFileSync(join(ROOT, f), "utf8")));

  it("scans the code it guards", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain("components/desk/evidence-controls.tsx");
    expect(files.some((f) => f.startsWith("lib/calendar/"))).toBe(false);
  });

  it("finds no raw date formatting or day arithmetic", () => {
    const unexplained = hits
      .filter((h) => !allowed(h))
      .map((h) => `${h.file}:${h.line} ${h.rule} — use ${h.use}\n    ${h.text}`);
    expect(
      unexplained,
      `raw date handling outside lib/calendar:\n${unexplained.join("\n")}`,
    ).toEqual([]);
  });

  it("keeps no allowance that nothing needs", () => {
    const stale = Object.entries(ALLOWED).flatMap(([file, rules]) =>
      rules
        .filter((a) => !hits.some((h) => h.file === file && h.rule === a.rule))
        .map((a) => `${file}: ${a.rule}`),
    );
    expect(stale).toEqual([]);
  });

  it("catches each kind of raw date use, and leaves numbers and plain instants alone", () => {
    const flagged = (code: string) => rawDateUses("planted.ts", code).map((h) => h.rule);
    expect(flagged("const d = new Date(x).toISOString().slice(0, 10);")).toEqual([
      "a day cut from an ISO string",
    ]);
    expect(flagged('const d = at.toISOString().split("T")[0];')).toEqual([
      "a day cut from an ISO string",
    ]);
    expect(flagged("x.createdAt.toLocaleDateString('hi-IN')")).toHaveLength(1);
    expect(flagged("e.publishedAt.toLocaleString('en-IN')")).toEqual(["date toLocaleString"]);
    expect(flagged("new Date().toLocaleString()")).toEqual(["date toLocaleString"]);
    expect(flagged("n.toLocaleString('en', { timeZone: 'UTC' })")).toEqual(["date toLocaleString"]);
    expect(flagged("const f = new Intl.DateTimeFormat('en-IN');")).toEqual(["Intl.DateTimeFormat"]);
    expect(flagged("start.setHours(0, 0, 0, 0);")).toEqual(["calendar getter/setter"]);
    expect(flagged("const y = d.getFullYear(), m = d.getMonth() + 1;")).toEqual([
      "calendar getter/setter",
    ]);
    expect(flagged("const next = new Date(t + 86_400_000);")).toEqual(["a day as milliseconds"]);
    expect(flagged('new Date(day + "T00:00:00Z")')).toEqual([
      "a day turned into an instant by hand",
    ]);
    // Not calendar days: counts, a machine instant, comments.
    expect(flagged('report.total.toLocaleString("en")')).toEqual([]);
    expect(flagged("Math.round(n / s).toLocaleString('en')")).toEqual([]);
    expect(flagged("<time dateTime={c.at.toISOString()}>")).toEqual([]);
    expect(flagged("// never toISOString().slice(0, 10) here")).toEqual([]);
  });
});
