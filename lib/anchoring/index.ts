// Anchoring a quoted span in an article's text, W3C Web Annotation style.
//
// A mention is stored as a TextQuoteSelector (exact + prefix + suffix) and a TextPositionSelector
// (start/end, UTF-16 offsets as JavaScript counts them). Re-finding it follows Hypothesis's client:
// the position is tried first; failing that the quote is searched approximately (Myers' bit-vector
// algorithm, from approx-string-match) and every candidate is scored by quote similarity (weight 50),
// prefix (20), suffix (20) and closeness to the old position (2). The search runs on folded text
// (lib/text/fold) so NFC/NFD, nukta, Devanagari digits and NBSP differences cost nothing.
import search from "approx-string-match";
import { clusters, foldWithMap, toFoldedOffset, toOriginalRange } from "../text/fold";
import { wordAt } from "./words";

const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextAnchor extends Required<TextQuoteSelector> {
  start: number;
  end: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1; 1 = the quote, prefix and suffix all match exactly, at the hinted place. */
  score: number;
  /** Edits (insertions, deletions, substitutions) between the folded quote and the folded match. */
  errors: number;
}

/**
 * How far a re-found quote may differ from the stored one and still count as the same mention:
 * light edits (a spelling, a digit, a short word form: no changed stretch longer than three letters)
 * re-anchor; a rewritten phrase does not, because a
 * claim whose words changed needs an editor's eye, not a silent re-attachment.
 */
const REANCHOR_LIMITS = { maxErrorRate: 0.25, maxChangedRun: 3 };

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Describes text[start, end) as the selectors a mention stores. */
export function describeRange(text: string, start: number, end: number): TextAnchor {
  if (start < 0 || end > text.length || start >= end)
    throw new RangeError(`bad range ${start}..${end} in text of ${text.length}`);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/**
 * Tidies a range a reader selected: drops white space and quote marks at either end, and widens each
 * end outward to a whole word (Intl.Segmenter, `./words`), so a drag that starts on the second letter
 * of "विशेषज्ञों" still takes "विशेषज्ञों", and never cuts a consonant from its vowel sign. Every
 * selection becomes an anchor through here (the log page, re-select, re-attach). Null if nothing is left.
 */
export function snapSelection(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  const parts = clusters(text);
  const first = parts.find((c) => c.end > start);
  const last = [...parts].reverse().find((c) => c.start < end);
  if (!first || !last) return null;
  start = first.start;
  end = last.end;
  // A trailing danda or full stop belongs to the sentence, not the claim; a closing quote too.
  const trimmable = /[\s\u00A0\u200B-\u200D'"‘’“”,।|.-]/u;
  const trim = () => {
    while (start < end && trimmable.test(text[start])) start++;
    while (end > start && trimmable.test(text[end - 1])) end--;
  };
  trim();
  if (end <= start) return null;
  // Outward only: an end inside a word takes the whole word; an end on a space or a mark stays.
  start = wordAt(text, start)?.start ?? start;
  end = wordAt(text, end - 1)?.end ?? end;
  trim();
  return end > start ? { start, end } : null;
}

function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const found = search(text, pattern, pattern.length);
  if (found.length === 0) return 0;
  return 1 - Math.min(...found.map((m) => m.errors)) / pattern.length;
}

/**
 * Finds the best approximate match for `quote` in `text`, using prefix/suffix context and a
 * position hint (an offset in `text`) to choose between candidates. Equal scores: the earliest wins.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: { prefix?: string; suffix?: string; hint?: number } = {},
): QuoteMatch | null {
  if (!text || !quote) return null;
  const ft = foldWithMap(text);
  const fq = foldWithMap(quote).text;
  if (!fq || !ft.text) return null;
  const prefix = context.prefix ? foldWithMap(context.prefix).text : "";
  const suffix = context.suffix ? foldWithMap(context.suffix).text : "";
  const hint = context.hint === undefined ? undefined : toFoldedOffset(ft, context.hint);

  const maxErrors = Math.min(256, Math.floor(fq.length / 2));
  const candidates = search(ft.text, fq, maxErrors);
  if (candidates.length === 0) return null;

  let best: { start: number; end: number; score: number; errors: number } | null = null;
  const closerInLength = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    Math.abs(a.end - a.start - fq.length) < Math.abs(b.end - b.start - fq.length);
  for (const m of candidates) {
    const quoteScore = 1 - m.errors / fq.length;
    const prefixScore = prefix
      ? similarity(ft.text.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
      : 1;
    const suffixScore = suffix
      ? similarity(ft.text.slice(m.end, m.end + suffix.length), suffix)
      : 1;
    const positionScore = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / ft.text.length;
    const score =
      (WEIGHTS.quote * quoteScore +
        WEIGHTS.prefix * prefixScore +
        WEIGHTS.suffix * suffixScore +
        WEIGHTS.position * positionScore) /
      MAX_SCORE;
    const better =
      !best ||
      score > best.score ||
      (score === best.score &&
        (m.start < best.start || (m.start === best.start && closerInLength(m, best))));
    if (better) best = { start: m.start, end: m.end, score, errors: m.errors };
  }
  if (!best) return null;
  const range = toOriginalRange(ft, best.start, best.end);
  return { ...range, score: best.score, errors: best.errors };
}

/**
 * Re-finds a stored mention in (possibly changed) text. The stored position is trusted when the
 * text there is still the quote; otherwise the quote is searched with its context.
 */
export function anchor(
  text: string,
  selector: TextQuoteSelector & { start?: number; end?: number },
): (QuoteMatch & { method: "position" | "quote" }) | null {
  const { exact, start, end } = selector;
  if (
    start !== undefined &&
    end !== undefined &&
    text.slice(start, end) === exact &&
    exact.length > 0
  ) {
    return { start, end, score: 1, errors: 0, method: "position" };
  }
  const m = matchQuote(text, exact, {
    prefix: selector.prefix,
    suffix: selector.suffix,
    hint: start,
  });
  if (!m) return null;
  if (m.errors > 0) {
    const quote = foldWithMap(exact).text;
    const found = foldWithMap(text.slice(m.start, m.end)).text;
    if (m.errors / quote.length > REANCHOR_LIMITS.maxErrorRate) return null;
    if (longestChangedRun(quote, found) > REANCHOR_LIMITS.maxChangedRun) return null;
  }
  return { ...m, method: "quote" };
}

/** Longest stretch of consecutive edits in a minimal edit alignment of a to b (Levenshtein traceback). */
function longestChangedRun(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return 0; // very long quotes: the error rate alone decides
  const d: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = 0; i <= n; i++) d[i][0] = i;
  for (let j = 0; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++)
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  let i = n;
  let j = m;
  let run = 0;
  let longest = 0;
  while (i > 0 || j > 0) {
    const same = i > 0 && j > 0 && a[i - 1] === b[j - 1];
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + (same ? 0 : 1)) {
      run = same ? 0 : run + 1;
      i--;
      j--;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) {
      run++;
      i--;
    } else {
      run++;
      j--;
    }
    longest = Math.max(longest, run);
  }
  return longest;
}
