// Sentence splitting for Hindi news text. Intl.Segmenter knows the danda but not the rest of what
// Hindi sites type: "॥", an ASCII "|" used as a danda, Latin full stops after Hindi words, line
// breaks that end a headline without any mark, closing quotes after the mark, and abbreviations
// such as "डॉ." whose full stop ends nothing. Offsets are JavaScript string indices into the text
// exactly as given, so a sentence's text is always text.slice(start, end).
import { endsArticle, isFurnitureLine } from "../text/furniture.ts";

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the line (paragraph) the sentence sits in; attribution carries only within one. */
  paragraph: number;
  /** True when the sentence lies inside a quotation or contains one. */
  quoted: boolean;
  /** The line is an item of a list ("-", "•" …): a source named above the list covers its items. */
  listItem: boolean;
  /** The sentence is its line, with no closing mark: a headline, a section title or a teaser. */
  heading: boolean;
}

const LIST_MARK = /^\s*[-–—•●▪*]\s*\S/u;

const TERMINATOR = /[।॥?!.|]/u;
const CLOSERS = /["'”’)\]»]/u;
const OPENERS = new Set(["“", "‘", "«"]);
const CLOSING = new Set(["”", "’", "»"]);
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /[0-9\u0966-\u096F]/u;

// Titles and short forms whose full stop is part of the word: "डॉ. मनमोहन सिंह".
const ABBREVIATIONS = new Set([
  "डॉ",
  "डा",
  "प्रो",
  "श्री",
  "श्रीमती",
  "सु",
  "कु",
  "मि",
  "ले",
  "जन",
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "st",
  "jr",
  "sr",
  "vs",
  "no",
  "etc",
  "lt",
  "gen",
  "col",
]);

/** The word (letters and marks) that ends just before index i. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && LETTER.test(text[j - 1])) j--;
  return text.slice(j, i);
}

/** A full stop that does not end a sentence: a decimal point, an abbreviation, an initial. */
function isInnerFullStop(text: string, i: number): boolean {
  const prev = text[i - 1] ?? "";
  const next = text[i + 1] ?? "";
  if (DIGIT.test(prev) && DIGIT.test(next)) return true;
  const word = wordBefore(text, i);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single Latin capital ("U.S.", "J. Kirby") is an initial.
  if (/^[A-Z]$/.test(word)) return true;
  return false;
}

/** Splits one line (no line breaks inside) into sentences, appending them to out. */
function splitLine(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  out: Sentence[],
): void {
  const listItem = LIST_MARK.test(text.slice(from, to));
  // Quote state persists across sentences on a line: a quotation may hold several sentences.
  let inQuote = false;
  let sawQuote = false;
  let sentenceStart = from;

  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && /\s/u.test(text[s])) s++;
    // The list mark itself ("-", "•") is layout, not part of the item's first sentence.
    if (a === from && listItem) {
      while (s < e && /[-–—•●▪*\s]/u.test(text[s])) s++;
    }
    while (e > s && /\s/u.test(text[e - 1])) e--;
    // A sentence must hold at least one letter or digit; a stray "-" or quote is not one.
    if (s < e && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      out.push({
        start: s,
        end: e,
        text: text.slice(s, e),
        paragraph,
        quoted: sawQuote || inQuote,
        listItem,
        heading:
          a === from &&
          b === to &&
          !TERMINATOR.test(
            text
              .slice(s, e)
              .replace(/["'”’)\]»]+$/u, "")
              .slice(-1),
          ),
      });
    }
    sawQuote = inQuote;
  };

  let i = from;
  while (i < to) {
    const ch = text[i];
    if (OPENERS.has(ch)) {
      inQuote = true;
      sawQuote = true;
    } else if (CLOSING.has(ch)) {
      inQuote = false;
    } else if (ch === '"') {
      inQuote = !inQuote;
      sawQuote = true;
    }
    if (TERMINATOR.test(ch) && !(ch === "." && isInnerFullStop(text, i))) {
      let j = i + 1;
      // Runs of marks ("?!", "...") and the quotes or brackets that close after them stay with it.
      while (j < to && (TERMINATOR.test(text[j]) || CLOSERS.test(text[j]))) {
        if (text[j] === '"' || CLOSING.has(text[j])) inQuote = false;
        j++;
      }
      push(sentenceStart, j);
      sentenceStart = j;
      i = j;
      continue;
    }
    i++;
  }
  push(sentenceStart, to);
}

/** Splits text into sentences, skipping page furniture and blank lines, up to where the article ends. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (endsArticle(line)) break;
    if (line.trim() && !isFurnitureLine(line)) {
      splitLine(text, lineStart, lineEnd, paragraph, out);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
