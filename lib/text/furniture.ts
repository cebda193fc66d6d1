// Page furniture: lines a news site wraps around an article (app promotion, paywall counters, ad
// labels, comment boxes) that are no part of what the article says. Import uses it to skip them when
// guessing a title and the claim spotter to skip them as sentences, so both agree on what is text.
// Matched on whole lines, after NBSP and surrounding spaces are trimmed.
//
// Detected furniture is stored as ranges over the untouched body (Article.furniture), so readers can
// be shown the article without it while the body and every mention offset stay as imported.
const FURNITURE: [FurnitureKind, RegExp][] = [
  ["app-promo", /^move to .* app$/i],
  ["paywall", /^\d+\/\d+\s*शेष फ्री लेख$/u],
  ["advertisement", /^(advertisement|विज्ञापन)$/iu],
  ["read-time", /^read time:?\s*\d+\s*mins?\.?$/i],
  ["comments", /^leave a reply$/i],
  ["comments", /^your email address will not be published\.?$/i],
  ["video", /^featured video of the day$/i],
  ["share", /^share( this)?:?$/i],
  // Bylines and update stamps: "By Jagran News Edited By: … Updated: Thu, 27 Jul 2023 …".
  ["byline", /^by .*(edited by|updated:)/i],
  // A bare dateline such as "Wed Sep 13 , 2023" introduces a teaser of another story.
  [
    "dateline",
    /^(mon|tue|wed|thu|fri|sat|sun)\w* (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}\s*,\s*\d{4}$/i,
  ],
];

// "ये भी पढ़ें" and its kin: a heading for links to other stories, alone on its line ("ये भी पढ़ें:")
// with the headlines on the lines after it, or with one headline after it on the same line
// ("यह भी पढ़ें- मणिपुर में…"). Hindi sites write the nukta precomposed (ढ़) or not (ढ़), and drop it.
// Lines are compared in NFC, which decomposes ढ़ (a composition exclusion), so both spellings match.
const HI_TEASER = "(?:(?:ये|यह|इसे|इन्हें|इन्हे)\\s+भी\\s+पढ\u093C?(?:ें|े|िए|िये)|और\\s+पढ\u093C?(?:ें|े))";
// English headings only when alone or followed by a separator: "Related to this, …" is a sentence.
const EN_TEASER = "(?:also read|read also|read more|related(?: articles?)?)";
const SEP = "\\s*[:：\\-–—|]\\s*";
const TEASER_HEADING = new RegExp(
  `^(?:${HI_TEASER}(?:${SEP}|\\s+|$)|${EN_TEASER}(?:${SEP}|$))(.*)$`.normalize("NFC"),
  "iu",
);
/** A headline is short and, unlike a paragraph, does not end as a sentence ends. */
const MAX_HEADLINE = 160;
const SENTENCE_END = /[।॥.]["'”’)]*$/u;
/** More lines than a teaser box holds are more likely the article going on. */
const MAX_TEASER_LINES = 6;

// Lines after which a page shows other stories, not more of this one: "Next Post" and its teaser.
const END_OF_ARTICLE =
  /^(next post|previous post|related (posts?|stories|news)|you may also like|more stories|अगली खबर|संबंधित खबरें)\s*:?$/iu;

export type FurnitureKind =
  | "app-promo"
  | "paywall"
  | "advertisement"
  | "read-time"
  | "comments"
  | "video"
  | "also-read"
  | "share"
  | "byline"
  | "dateline"
  | "other-stories"
  | "editor";

/** What a reader or editor is told a range is: "Advertisement — page furniture". */
export const FURNITURE_LABELS: Record<FurnitureKind, string> = {
  "app-promo": "App promotion",
  paywall: "Paywall counter",
  advertisement: "Advertisement",
  "read-time": "Read time",
  comments: "Comment box",
  video: "Video teaser",
  "also-read": "Also read",
  share: "Share buttons",
  byline: "Byline",
  dateline: "Dateline",
  "other-stories": "Other stories",
  editor: "Marked by an editor",
};

/**
 * One stretch of furniture: body.slice(start, end) is whole lines (no trailing newline).
 * `confirmed`: an editor has looked at it (confirmed the detection, or marked it themselves).
 */
export interface FurnitureRange {
  start: number;
  end: number;
  kind: FurnitureKind;
  confirmed: boolean;
}

const clean = (line: string) =>
  line
    .replace(/\u00A0/g, " ")
    .trim()
    .normalize("NFC");

/** True when the line ends the article: everything after it is another story's teaser. */
export function endsArticle(line: string): boolean {
  return END_OF_ARTICLE.test(clean(line));
}

function kindOf(line: string): FurnitureKind | null {
  const s = clean(line);
  if (END_OF_ARTICLE.test(s)) return "other-stories";
  const teaser = TEASER_HEADING.exec(s);
  // With a headline on the same line, only if what follows reads as a headline: a paragraph that
  // happens to open with "और पढ़ें तो…" stays the article's.
  if (teaser && (teaser[1] === "" || headlineShaped(teaser[1]))) return "also-read";
  return FURNITURE.find(([, re]) => re.test(s))?.[0] ?? null;
}

/** True when a line of article text is site furniture rather than the article's own words. */
export function isFurnitureLine(line: string): boolean {
  return kindOf(line) !== null;
}

/** Each line of the body with its offsets, the newline excluded. */
function linesOf(body: string): { start: number; end: number; text: string }[] {
  const out = [];
  let start = 0;
  for (const text of body.split("\n")) {
    out.push({ start, end: start + text.length, text });
    start += text.length + 1;
  }
  return out;
}

const headlineShaped = (s: string) => s.length <= MAX_HEADLINE && !SENTENCE_END.test(s);
const isHeadline = (text: string) => {
  const s = clean(text);
  return s !== "" && headlineShaped(s) && kindOf(s) === null;
};

/**
 * The last line of the teaser box a heading at line i opens: the headlines right under it (one run
 * of blank lines allowed between the heading and them), up to the first blank line. A heading with its
 * headline on the same line is the whole box. Kept narrow so that a real paragraph is never hidden:
 * a line ending as a sentence ends stops the box, and a short line with a paragraph right under it
 * (no blank between) is a subheading of that paragraph, not a teaser. Headlines set apart by blank
 * lines are taken up to the first blank only; an editor marks any left over.
 */
function teaserEnd(lines: { text: string }[], i: number): number {
  if (TEASER_HEADING.exec(clean(lines[i].text))?.[1]) return i;
  let j = i + 1;
  while (j < lines.length && clean(lines[j].text) === "") j++;
  let last = i;
  for (let taken = 0; j < lines.length && taken < MAX_TEASER_LINES; j++, taken++) {
    if (!isHeadline(lines[j].text)) break;
    const next = lines[j + 1]?.text;
    if (next !== undefined && clean(next) !== "" && !isHeadline(next) && kindOf(next) === null)
      break;
    last = j;
  }
  return last;
}

/**
 * The furniture import detects: each furniture line, and everything from an end-of-article marker
 * to the end of the body (trailing blank lines are left out; they show nothing).
 */
export function detectFurniture(body: string): FurnitureRange[] {
  const out: FurnitureRange[] = [];
  const lines = linesOf(body);
  let skipTo = -1;
  for (const [i, line] of lines.entries()) {
    const kind = kindOf(line.text);
    if (!kind) continue;
    if (kind === "other-stories") {
      const last = lines.findLast((l, j) => j >= i && l.text.trim() !== "") ?? line;
      out.push({ start: line.start, end: last.end, kind, confirmed: false });
      break;
    }
    if (i <= skipTo) continue; // a teaser's headline that happens to look like furniture itself
    const last = kind === "also-read" ? teaserEnd(lines, i) : i;
    out.push({ start: line.start, end: lines[last].end, kind, confirmed: false });
    skipTo = last;
  }
  return out;
}

/** The whole lines a selection [start, end) touches, blank edges left out: what "mark" marks. */
export function linesCovering(
  body: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const touched = linesOf(body).filter(
    (l) => l.text.trim() !== "" && l.start <= Math.max(start, end - 1) && l.end > start,
  );
  if (touched.length === 0) return null;
  return { start: touched[0].start, end: touched[touched.length - 1].end };
}

const byStart = (a: FurnitureRange, b: FurnitureRange) => a.start - b.start;

/** Marks the lines of a selection as furniture; ranges it overlaps are folded into it. */
export function markFurniture(
  ranges: FurnitureRange[],
  body: string,
  start: number,
  end: number,
): FurnitureRange[] {
  const lines = linesCovering(body, start, end);
  if (!lines) return ranges;
  const overlapping = ranges.filter((r) => r.start <= lines.end && r.end >= lines.start);
  const merged: FurnitureRange = {
    start: Math.min(lines.start, ...overlapping.map((r) => r.start)),
    end: Math.max(lines.end, ...overlapping.map((r) => r.end)),
    kind: overlapping.length === 1 ? overlapping[0].kind : "editor",
    confirmed: true,
  };
  return [...ranges.filter((r) => !overlapping.includes(r)), merged].sort(byStart);
}

/** Un-marks the range that starts at `start` (it is shown to readers again). */
export function unmarkFurniture(ranges: FurnitureRange[], start: number): FurnitureRange[] {
  return ranges.filter((r) => r.start !== start);
}

/** The editor agrees with what is marked: every range becomes confirmed. */
export function confirmFurniture(ranges: FurnitureRange[]): FurnitureRange[] {
  return ranges.map((r) => ({ ...r, confirmed: true }));
}

/** Stored JSON read back defensively: anything malformed or out of the body's bounds is dropped. */
export function parseFurniture(json: unknown, body: string): FurnitureRange[] | null {
  if (!Array.isArray(json)) return null;
  return json
    .filter(
      (r): r is FurnitureRange =>
        !!r &&
        Number.isInteger(r.start) &&
        Number.isInteger(r.end) &&
        r.start >= 0 &&
        r.start < r.end &&
        r.end <= body.length &&
        r.kind in FURNITURE_LABELS,
    )
    .map((r) => ({ start: r.start, end: r.end, kind: r.kind, confirmed: r.confirmed === true }))
    .sort(byStart);
}

/** The furniture to use for an article: what is stored, or what detection finds before backfill. */
export const furnitureOf = (a: { body: string; furniture: unknown }): FurnitureRange[] =>
  parseFurniture(a.furniture, a.body) ?? detectFurniture(a.body);

/** The furniture a passage overlaps, if any: logging words there is allowed, but readers never see them. */
export const furnitureOverlapping = (ranges: FurnitureRange[], start: number, end: number) =>
  ranges.find((r) => r.start < end && start < r.end);
