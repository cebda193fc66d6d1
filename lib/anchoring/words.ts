// Word and sentence spans of a text, from Intl.Segmenter (ICU's UAX #29 rules). Grapheme clusters are
// not enough for a Hindi word: "विशेषज्ञों" is six clusters, and a drag that starts on its second one
// must still take the whole word. The same segmenter runs in Node (the snap, where the anchor is
// computed) and in the browser (the reader's keyboard word caret), so both agree on what a word is.

export interface Span {
  start: number;
  end: number;
}

const wordSegmenter = new Intl.Segmenter("hi", { granularity: "word" });
const sentenceSegmenter = new Intl.Segmenter("hi", { granularity: "sentence" });

/** The word-like segment (letters or digits, not space or punctuation) that contains `index`, if any. */
export function wordAt(text: string, index: number): Span | null {
  if (index < 0 || index >= text.length) return null;
  const s = wordSegmenter.segment(text).containing(index);
  return s?.isWordLike ? { start: s.index, end: s.index + s.segment.length } : null;
}

/** Every word-like segment of `text`, in order. */
export function wordSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const s of wordSegmenter.segment(text))
    if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length });
  return out;
}

/** Sentence spans of `text` (the danda "।" ends a sentence, as UAX #29 counts it a terminator). */
export function sentenceSpans(text: string): Span[] {
  return [...sentenceSegmenter.segment(text)].map((s) => ({
    start: s.index,
    end: s.index + s.segment.length,
  }));
}
