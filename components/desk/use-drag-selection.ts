"use client";
import { useEffect } from "react";

/** The DOM position under a viewport point (Chromium and Safari: caretRangeFromPoint). */
function positionAt(x: number, y: number): { node: Node; offset: number } | null {
  if (document.caretPositionFromPoint) {
    const p = document.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * A mouse drag across the article text always ends as a selection (issue 17 item 4). Chromium can
 * leave none: a press in the middle of a Devanagari cluster (on "शे" of "विशेषज्ञों") moved the
 * selection's anchor along with the pointer, so a drag ended as a bare caret and "Log claim" never
 * showed. When a drag moved but the page holds no selection, the words from the press to the release
 * are selected here; the server's snap widens them to whole words as for any selection.
 */
export function useDragSelection(host: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const container = host.current?.querySelector<HTMLElement>("[data-testid=article-body]");
    if (!container) return;
    let press: { x: number; y: number; at: { node: Node; offset: number } } | null = null;
    const onDown = (e: MouseEvent) => {
      press = null;
      if (e.button !== 0 || e.detail > 1 || e.shiftKey) return;
      const at = positionAt(e.clientX, e.clientY);
      if (at && container.contains(at.node)) press = { x: e.clientX, y: e.clientY, at };
    };
    const onUp = (e: MouseEvent) => {
      const from = press;
      press = null;
      if (!from || Math.hypot(e.clientX - from.x, e.clientY - from.y) < 4) return;
      const s = document.getSelection();
      if (!s || (!s.isCollapsed && s.toString().trim() !== "")) return; // the browser's own selection stands
      const to = positionAt(e.clientX, e.clientY);
      if (!to || !container.contains(to.node)) return;
      s.setBaseAndExtent(from.at.node, from.at.offset, to.node, to.offset);
    };
    container.addEventListener("mousedown", onDown);
    document.addEventListener("mouseup", onUp);
    return () => {
      container.removeEventListener("mousedown", onDown);
      document.removeEventListener("mouseup", onUp);
    };
  }, [host]);
}
