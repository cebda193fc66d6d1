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
  ["also-read", /^(also read|यह भी पढ़ें|ये भी पढ़ें)\s*[:-]?$/iu],
  ["share", /^share( this)?:?$/i],
  // Bylines and update stamps: "By Jagran News Edited By: … Updated: Thu, 27 Jul 2023 …".
  ["byline", /^by .*(edited by|updated:)/i],
  // A bare dateline such as "Wed Sep 13 , 2023" introduces a teaser of another story.
  [
    "dateline",
    /^(mon|tue|wed|thu|fri|sat|sun)\w* (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}\s*,\s*\d{4}$/i,
  ],
];

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

const clean = (line: string) => line.replace(/\u00A0/g, " ").trim();

/** True when the line ends the article: everything after it is another story's teaser. */
export function endsArticle(line: string): boolean {
  return END_OF_ARTICLE.test(clean(line));
}

function kindOf(line: string): FurnitureKind | null {
  const s = clean(line);
  if (END_OF_ARTICLE.test(s)) return "other-stories";
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

/**
 * The furniture import detects: each furniture line, and everything from an end-of-article marker
 * to the end of the body (trailing blank lines are left out; they show nothing).
 */
export function detectFurniture(body: string): FurnitureRange[] {
  const out: FurnitureRange[] = [];
  const lines = linesOf(body);
  for (const [i, line] of lines.entries()) {
    const kind = kindOf(line.text);
    if (!kind) continue;
    if (kind === "other-stories") {
      const last = lines.findLast((l, j) => j >= i && l.text.trim() !== "") ?? line;
      out.push({ start: line.start, end: last.end, kind, confirmed: false });
      break;
    }
    out.push({ start: line.start, end: line.end, kind, confirmed: false });
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
