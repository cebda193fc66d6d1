// The report as CSL-JSON items (CSL 1.0.2, checked against the CSL schema's csl-data.json): CSL-JSON
// itself, and what the biblatex and RIS writers map from, so all three name the same records.
// One item per fact-check (the claim's verdict), per article the claim appeared in, and per source
// citation (per piece of evidence: its stance and pinpoint belong to that use of the source).
// Ids are the database ids, so the same record keeps the same BibTeX key and RIS ID on every export;
// "_" joins them because BibTeX keys may not hold "-" or ":".

import { dayOf } from "../calendar/zoned";
import type { CitationReport, ReportClaim, ReportSource } from "./model";

export type CslName = { family: string; given?: string } | { literal: string };
type CslDate = { "date-parts": [number, number, number][] };

export type CslItem = {
  id: string;
  type: "article-newspaper" | "webpage";
  title: string;
  /** The newspaper for an article; the website's name for a web page (CSL puts a site's name here). */
  "container-title"?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  /** CSL's publication status: "draft" before publication, "retracted" once the newsroom withdrew it. */
  status?: string;
  genre?: string;
  abstract?: string;
  note?: string;
};

/** The newsroom, as the website its fact checks are published on. */
const NEWSROOM = "Pramaan";
const DEVANAGARI = /\p{Script=Devanagari}/u;

/** An editor is a known person: a Latin "Given Family" name is split at its last space. Devanagari
 * names stay whole as literals: citeproc glues a Devanagari family and given name with no space
 * ("शर्माअंजलि"), and Indian names do not reliably split into family and given anyway. */
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
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ""),
  ) as T;

const sentences = (parts: (string | null | undefined | false)[]) =>
  parts.filter(Boolean).join(". ") || undefined;

function factCheckItem(c: ReportClaim): CslItem {
  const v = c.verdict;
  return defined({
    id: `claim_${c.id}`,
    // A fact check is a page on the newsroom's site: CSL's web page, the site's name as its container.
    type: "webpage",
    title: c.textEn ? `${c.textHi} (${c.textEn})` : c.textHi,
    "container-title": NEWSROOM,
    genre: "fact check",
    author: v?.authors.length ? v.authors.map((p) => personName(p.name)) : undefined,
    issued: cslDate(v?.publishedAt ?? null),
    URL: c.url ?? undefined,
    language: "hi",
    status: c.retractedAt ? "retracted" : c.isDraft ? "draft" : undefined,
    // The rationale is the fact check's own summary of its reasoning: CSL's abstract.
    abstract: v?.rationale.trim() || undefined,
    note: sentences([
      v && `Rating: ${v.rating.labelHi} (${v.rating.labelEn})`,
      v && `Verdict: ${v.status.toLowerCase().replace("_", " ")}`,
      c.retractedAt && `Retracted ${dayOf(c.retractedAt)}`,
    ]),
  });
}

/**
 * CSL 1.0.2 has no variable for an archived copy's URL: `archive` names a repository and
 * `archive_location` a place inside it (a shelf mark), which styles print as text, so Chicago printed
 * "Https://web.archive.org/…" as if it were a call number. The archived copy goes in `note`, free text
 * that styles print as an annotation and Zotero keeps in Extra. The publisher is the website's name:
 * one `container-title`, not repeated as `publisher` (styles printed it twice).
 */
function sourceItem(s: ReportSource): CslItem {
  return defined({
    id: `evidence_${s.evidenceId}`,
    type: "webpage",
    title: s.title,
    "container-title": s.publisher ?? undefined,
    author: s.authors.length ? s.authors : undefined,
    issued: cslDate(s.publishedAt),
    accessed: cslDate(s.accessedAt),
    URL: s.url,
    language: s.language ?? undefined,
    note: sentences([
      `Stance: ${s.stance.toLowerCase()}`,
      s.pinpoint && `Pinpoint: “${s.pinpoint}”`,
      s.archiveUrl && `Archived at ${s.archiveUrl}`,
      s.note,
    ]),
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
