// What a selected span runs through, and whether two spans are the same words. Pure, so the log
// page, the reader and the server's own re-checks agree on what counts as a bad selection.
import { isFurnitureLine } from "../text/furniture";

/**
 * Names what text[start, end) crosses that a claim's words never do: a paragraph break, and any line
 * of site furniture ("Advertisement", "Featured Video Of The Day") it touches. Empty when the span is
 * one clean passage. A slipped selection runs through page furniture and logs it as the claim.
 */
export function selectionCrossings(text: string, start: number, end: number): string[] {
  const found: string[] = [];
  const inner = text.slice(start, end);
  if (/\n/u.test(inner.trim())) found.push("a paragraph break");
  // Whole lines the span touches: a selection ending inside "Advertisement" touched it too.
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const to = text.indexOf("\n", end);
  for (const line of text.slice(from, to < 0 ? text.length : to).split("\n")) {
    const name = line.replace(/\u00A0/g, " ").trim();
    if (name && isFurnitureLine(name) && !found.includes(name)) found.push(name);
  }
  return found;
}

/** How much of the longer span the two share, 0..1: 1 = the same words. */
export function overlapShare(
  a: { start: number; end: number },
  b: { start: number; end: number },
): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return shared > 0 && longer > 0 ? shared / longer : 0;
}

/** Spans that share this much of the longer one are one quote selected twice, not two quotes. */
export const SAME_SPAN = 0.8;
