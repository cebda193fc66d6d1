// The reader's keyboard word caret (issue 17 item 5), as pure steps over word and sentence spans
// (./words), so it is unit-tested without a browser. The chosen words run from the anchor word to
// the focus word; without Shift both move together (one word chosen), with Shift only the focus.
import type { Span } from "./words";

export interface WordCaret {
  /** Index (into the word list) of the word the choice started from. */
  anchor: number;
  /** Index of the word the caret is on. */
  focus: number;
}

export type CaretKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown";

/** The caret for a choice already made (a mouse selection): the words it touches. */
export function caretFrom(words: Span[], start: number, end: number): WordCaret | null {
  const first = words.findIndex((w) => w.end > start);
  if (first < 0 || words[first].start >= end) return null;
  let last = first;
  while (last + 1 < words.length && words[last + 1].start < end) last++;
  return { anchor: first, focus: last };
}

/**
 * One key press. Left/Right: one word. Up/Down (and Ctrl+Left/Right, which the caller maps here):
 * one sentence — back to the start of this sentence or the one before, on to the next sentence's
 * first word; with Shift, Down extends to the end of this sentence (then the next one's end).
 */
export function moveCaret(
  words: Span[],
  sentences: Span[],
  caret: WordCaret | null,
  key: CaretKey,
  extend: boolean,
): WordCaret | null {
  if (words.length === 0) return null;
  if (!caret) return { anchor: 0, focus: 0 };
  const last = words.length - 1;
  const sentenceOf = (i: number) =>
    sentences.findIndex((s) => s.start <= words[i].start && words[i].start < s.end);
  const firstIn = (si: number) => words.findIndex((w) => w.start >= sentences[si].start);
  const lastIn = (si: number) => {
    const end = sentences[si].end;
    let i = words.findIndex((w) => w.start >= end);
    i = i < 0 ? last : i - 1;
    return i;
  };
  let focus = caret.focus;
  const si = sentenceOf(focus);
  switch (key) {
    case "ArrowLeft":
      focus = Math.max(0, focus - 1);
      break;
    case "ArrowRight":
      focus = Math.min(last, focus + 1);
      break;
    case "ArrowUp": {
      const start = si < 0 ? 0 : firstIn(si);
      focus = start < focus || si <= 0 ? Math.max(0, start) : Math.max(0, firstIn(si - 1));
      break;
    }
    case "ArrowDown": {
      if (extend) {
        const end = si < 0 ? last : lastIn(si);
        focus = end > focus || si + 1 >= sentences.length ? end : lastIn(si + 1);
      } else {
        const next = sentences.findIndex((_s, i) => i > si && firstIn(i) > focus);
        focus = next < 0 ? focus : firstIn(next);
      }
      break;
    }
  }
  return { anchor: extend ? caret.anchor : focus, focus };
}

/** The text span the caret chooses: from the earlier to the later of its two words. */
export function caretSpan(words: Span[], caret: WordCaret): Span {
  const [a, b] = [caret.anchor, caret.focus].sort((x, y) => x - y);
  return { start: words[a].start, end: words[b].end };
}
