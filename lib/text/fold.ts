// Search folding for Hindi and English text, with a map back to the original offsets.
//
// Two spellings a Hindi reader takes for the same word must fold to the same string:
// - Unicode normalisation (NFC), so a precomposed letter equals its decomposed form;
// - nukta dropped (ज़ = ज़ = ज) because many writers omit it, and candrabindu folded to anusvara (हैँ = हैं);
// - Devanagari digits as ASCII (५९ = 59); NBSP and every other space run as one space;
// - zero-width joiners, soft hyphens and BOMs removed; curly quotes and dashes made plain; Latin lowercased.
// Folding works on clusters (a base character and its combining marks) so that a folded offset always
// maps back to a cluster boundary in the original text: a match never splits a consonant from its matra.

export interface FoldedText {
  /** The folded string. */
  text: string;
  /** starts[i]: offset in the original of the cluster that produced folded char i. */
  starts: number[];
  /** ends[i]: offset in the original just past that cluster. */
  ends: number[];
  /** Length of the original string. */
  originalLength: number;
}

const NUKTA = "\u093C";
const CANDRABINDU = "\u0901";
const ANUSVARA = "\u0902";
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const SPACE = /^[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$/u;
const MARK = /\p{M}/u;

function foldCluster(cluster: string): string {
  let s = cluster.normalize("NFC").replace(INVISIBLE, "");
  if (s.includes(NUKTA) || /[\u0958-\u095F]/u.test(s))
    s = s.normalize("NFD").split(NUKTA).join("").normalize("NFC");
  s = s.split(CANDRABINDU).join(ANUSVARA);
  s = s.replace(/[\u0966-\u096F]/gu, (d) => String(d.charCodeAt(0) - 0x0966));
  s = s
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/gu, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/gu, '"');
  s = s.replace(/[\u2010-\u2015\u2212]/gu, "-");
  return s.toLowerCase();
}

/** Splits text into clusters: a base code point followed by its combining marks. */
export function clusters(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let i = 0;
  for (const cp of text) {
    const last = out[out.length - 1];
    if (last && MARK.test(cp)) {
      last.text += cp;
      last.end += cp.length;
    } else {
      out.push({ text: cp, start: i, end: i + cp.length });
    }
    i += cp.length;
  }
  return out;
}

export function foldWithMap(original: string): FoldedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let inSpace = false;
  for (const c of clusters(original)) {
    if (SPACE.test(c.text)) {
      if (inSpace) {
        ends[ends.length - 1] = c.end; // one folded space stands for the whole run
      } else {
        text += " ";
        starts.push(c.start);
        ends.push(c.end);
        inSpace = true;
      }
      continue;
    }
    const folded = foldCluster(c.text);
    if (!folded) continue;
    inSpace = false;
    for (let k = 0; k < folded.length; k++) {
      starts.push(c.start);
      ends.push(c.end);
    }
    text += folded;
  }
  return { text, starts, ends, originalLength: original.length };
}

/** The folded form alone, for search keys and comparisons. */
export function fold(text: string): string {
  return foldWithMap(text).text;
}

/** Maps a folded range [start, end) back to the original text. */
export function toOriginalRange(
  f: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start) {
    const at = start < f.starts.length ? f.starts[start] : f.originalLength;
    return { start: at, end: at };
  }
  return { start: f.starts[start], end: f.ends[end - 1] };
}

/** Maps an original offset to the first folded offset at or after it. */
export function toFoldedOffset(f: FoldedText, original: number): number {
  let lo = 0;
  let hi = f.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.starts[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
