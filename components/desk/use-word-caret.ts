"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import {
  type CaretKey,
  caretFrom,
  caretSpan,
  moveCaret,
  type WordCaret,
} from "@/lib/anchoring/word-caret";
import { sentenceSpans, wordSpans } from "@/lib/anchoring/words";
import { mapText, rangeOf, shownAt } from "./text-positions";

const KEYS: CaretKey[] = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"];

/**
 * Choosing words by keyboard in the focusable article text (issue 17 item 5): arrows move a word
 * caret, Shift extends, Ctrl+Left/Right move by sentence like Up/Down. The choice becomes the page's
 * real selection, so the mouse path (selectionchange → "Log claim") serves both, and the snap on the
 * server widens either the same way. Enter calls `onEnter` (the visible action); Escape clears.
 * Returns what a live region should announce.
 */
export function useWordCaret(
  host: React.RefObject<HTMLElement | null>,
  onEnter: () => void,
): string {
  const caret = useRef<WordCaret | null>(null);
  const enter = useRef(onEnter);
  enter.current = onEnter;
  const [announce, setAnnounce] = useState("");
  // The announcements' words, read through a ref so the key handler is set up once.
  const t = useTranslations("articles.selection");
  const say = useRef(t);
  say.current = t;

  useEffect(() => {
    const container = host.current?.querySelector<HTMLElement>("[data-testid=article-body]");
    if (!container) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== container || e.altKey || e.metaKey) return;
      if (e.key === "Enter") {
        e.preventDefault();
        enter.current();
        return;
      }
      if (e.key === "Escape") {
        caret.current = null;
        document.getSelection()?.removeAllRanges();
        setAnnounce(say.current("cleared"));
        return;
      }
      let key = e.key as CaretKey;
      if (!KEYS.includes(key)) return;
      if (e.ctrlKey)
        key = key === "ArrowLeft" ? "ArrowUp" : key === "ArrowRight" ? "ArrowDown" : key;
      e.preventDefault(); // no page scroll: the caret moves and the chosen words scroll into view
      const map = mapText(container);
      const words = wordSpans(map.text).filter((w) => shownAt(map, w.start));
      const sentences = sentenceSpans(map.text);
      // A mouse selection made since the last key press is where the caret continues from.
      const s = document.getSelection();
      let current = caret.current;
      if (s && !s.isCollapsed && s.rangeCount > 0 && container.contains(s.anchorNode)) {
        const r = s.getRangeAt(0);
        const before = document.createRange();
        before.selectNodeContents(container);
        before.setEnd(r.startContainer, r.startOffset);
        const start = before.toString().length;
        const end = start + r.toString().length;
        const ours = current && current.focus < words.length && caretSpan(words, current);
        if (!ours || ours.start !== start || ours.end !== end)
          current = caretFrom(words, start, end);
      } else current = null;
      const next = moveCaret(words, sentences, current, key, e.shiftKey);
      caret.current = next;
      if (!next) return;
      const span = caretSpan(words, next);
      const range = rangeOf(map, span.start, span.end);
      s?.removeAllRanges();
      s?.addRange(range);
      if (document.activeElement !== container) container.focus({ preventScroll: true });
      range.startContainer.parentElement?.scrollIntoView({ block: "nearest" });
      setAnnounce(say.current("chosen", { words: map.text.slice(span.start, span.end) }));
    };
    container.addEventListener("keydown", onKey);
    return () => container.removeEventListener("keydown", onKey);
  }, [host]);

  return announce;
}
