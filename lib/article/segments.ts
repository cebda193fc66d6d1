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

/** `extraCuts`: further offsets to split at (where page furniture starts and ends). */
export function segment<H extends Highlight>(
  body: string,
  highlights: H[],
  extraCuts: number[] = [],
): Segment<H>[] {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= body.length && h.start < h.end);
  const cuts = new Set([0, body.length, ...extraCuts.filter((c) => c > 0 && c < body.length)]);
  for (const h of valid) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<H>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    out.push({
      text: body.slice(from, to),
      start: from,
      highlights: valid.filter((h) => h.start <= from && h.end >= to),
    });
  }
  return out;
}
