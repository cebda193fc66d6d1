// The report as CSL-JSON items: the input citation.js turns into BibTeX and RIS, and CSL-JSON itself.
// One item per fact-check (the claim's verdict), per article the claim appeared in, and per source
// citation (per piece of evidence: its stance and pinpoint belong to that use of the source).
// Ids are the database ids, so the same record keeps the same BibTeX key and RIS ID on every export;
// "_" joins them because BibTeX keys may not hold "-" or ":" (citation.js strips those from labels).
import type { CitationReport, ReportClaim, ReportSource } from "./model";
import { dayOf } from "./zoned";

export type CslName = { family: string; given?: string } | { literal: string };
type CslDate = { "date-parts": [number, number, number][] };

export type CslItem = {
  id: string;
  type: "article-newspaper" | "webpage";
  title: string;
  "container-title"?: string;
  publisher?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  status?: string;
  genre?: string;
  archive_location?: string;
  note?: string;
};

const PUBLISHER = "Pramaan";
const DEVANAGARI = /\p{Script=Devanagari}/u;

/**
 * A person's name as CSL wants it. Devanagari names stay whole as literals: citeproc joins a
 * Devanagari family and given name with no space ("शर्माअंजलि"), and Indian names do not reliably
 * split into family and given anyway. "Family, Given" is split as written; other text stays literal
 * (it may be an organisation, which must not be inverted).
 */
export function cslName(raw: string): CslName {
  const name = raw.trim();
  if (DEVANAGARI.test(name)) return { literal: name };
  const comma = name.split(",").map((p) => p.trim());
  if (comma.length === 2 && comma[0] && comma[1]) return { family: comma[0], given: comma[1] };
  return { literal: name };
}

/** An editor is a known person: a Latin "Given Family" name is split at its last space. */
function personName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (DEVANAGARI.test(name) || words.length < 2) return { literal: name.trim() };
  return { family: words.at(-1) ?? name, given: words.slice(0, -1).join(" ") };
}

function cslDate(iso: string | null): CslDate | undefined {
  const day = dayOf(iso);
  if (!day) return undefined;
  const [y, m, d] = day.split("-").map(Number);
  return { "date-parts": [[y, m, d]] };
}

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

function factCheckItem(c: ReportClaim): CslItem {
  const v = c.verdict;
  return defined({
    id: `claim_${c.id}`,
    // A fact-check is a newsroom's article: a newspaper item, with its writers as authors.
    type: "article-newspaper",
    title: c.textEn ? `${c.textHi} (${c.textEn})` : c.textHi,
    "container-title": PUBLISHER,
    publisher: PUBLISHER,
    genre: "fact-check",
    author: v?.authors.length ? v.authors.map((p) => personName(p.name)) : undefined,
    issued: cslDate(v?.publishedAt ?? null),
    URL: c.url ?? undefined,
    language: "hi",
    status: c.isDraft ? "draft" : undefined,
    note: v
      ? `Rating: ${v.rating.labelHi} (${v.rating.labelEn}). Verdict: ${v.status}.`
      : undefined,
  });
}

function sourceItem(s: ReportSource): CslItem {
  const note = [
    `Stance: ${s.stance.toLowerCase()}`,
    s.pinpoint && `Pinpoint: “${s.pinpoint}”`,
    s.archiveUrl && `Archived at ${s.archiveUrl}`,
    s.note,
  ];
  return defined({
    id: `evidence_${s.evidenceId}`,
    type: "webpage",
    title: s.title,
    "container-title": s.publisher ?? undefined,
    publisher: s.publisher ?? undefined,
    author: s.authors.length ? s.authors : undefined,
    issued: cslDate(s.publishedAt),
    accessed: cslDate(s.accessedAt),
    URL: s.url,
    language: s.language ?? undefined,
    archive_location: s.archiveUrl ?? undefined,
    note: note.filter(Boolean).join(". "),
  });
}

/**
 * The CSL items for a batch of claims. An article several claims appeared in is one item: `seen`
 * remembers the articles earlier batches of the same report already wrote.
 */
export function cslItemsOf(claims: ReportClaim[], seen: Set<string>): CslItem[] {
  const items: CslItem[] = [];
  for (const c of claims) {
    // A claim and a piece of evidence appear once in a report by construction; only articles repeat
    // (several claims from one article), so only their ids are remembered: memory grows with the
    // report's articles, not its claims.
    items.push(factCheckItem(c));
    for (const a of c.appearances) {
      const outlet = a.article.outlet;
      const id = `article_${a.article.id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      items.push(
        defined({
          id,
          type: "article-newspaper",
          title: a.article.title,
          "container-title": (outlet && (outlet.nameHi || outlet.nameEn)) ?? undefined,
          issued: cslDate(a.article.date),
          URL: a.article.url,
          language: a.article.lang,
        }),
      );
    }
    for (const s of c.sources) items.push(sourceItem(s));
  }
  return items;
}

export const reportCsl = (report: CitationReport): CslItem[] =>
  cslItemsOf(report.claims, new Set());
