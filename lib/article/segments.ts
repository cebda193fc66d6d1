// Splits an article's text into runs, each either plain or covered by one or more highlights, so a
// page can render highlights without changing the text (selection offsets keep matching the body).
export interface Highlight {
  id: string;
  start: number;
  end: number;
}

export interface Segment<H extends Highlight> {
  text: string;
  start: number;
  highlights: H[];
}

/**
 * `extraCuts`: further offsets to split at (where page furniture starts and ends). `range`: only
 * this window of the body (one part of a long article); highlights are clipped to it and segment
 * offsets stay offsets into the whole body.
 *
 * One sweep over the sorted cut points: a long article carries thousands of suggestions, and
 * matching every segment against every highlight took most of a minute at 1M characters.
 */
export function segment<H extends Highlight>(
  body: string,
  highlights: H[],
  extraCuts: number[] = [],
  range: { start: number; end: number } = { start: 0, end: body.length },
): Segment<H>[] {
  const lo = Math.max(0, range.start);
  const hi = Math.min(body.length, range.end);
  const order = new Map<H, number>();
  const valid = highlights.filter((h, i) => {
    order.set(h, i);
    return h.start >= 0 && h.end <= body.length && h.start < h.end && h.start < hi && h.end > lo;
  });
  const cuts = new Set([lo, hi, ...extraCuts.filter((c) => c > lo && c < hi)]);
  for (const h of valid) {
    if (h.start > lo) cuts.add(h.start);
    if (h.end < hi) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  let active: H[] = [];
  let next = 0;
  const out: Segment<H>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    // Every highlight's end is a cut point, so one still open at `from` covers [from, to).
    active = active.filter((h) => h.end > from);
    let added = false;
    while (next < byStart.length && byStart[next].start <= from) {
      const h = byStart[next++];
      if (h.end > from) {
        active.push(h);
        added = true;
      }
    }
    // Kept in the caller's order: the first highlight of a run is the one drawn.
    if (added) active.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    out.push({ text: body.slice(from, to), start: from, highlights: [...active] });
  }
  return out;
}
