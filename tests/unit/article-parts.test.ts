// Parts of a long article (lib/article/parts.ts) and the one-sweep segmentation of a window
// (lib/article/segments.ts), checked against the obvious quadratic version.
import { describe, expect, it } from "vitest";
import { articleParts, PART_CHARS, partAt, partNamed } from "@/lib/article/parts";
import { type Highlight, segment } from "@/lib/article/segments";

const joined = (body: string) =>
  articleParts(body)
    .map((p) => body.slice(p.start, p.end))
    .join("");

describe("article parts", () => {
  it("a short body is one part; the empty body too", () => {
    expect(articleParts("नमस्ते")).toEqual([{ n: 1, start: 0, end: 6 }]);
    expect(articleParts("")).toEqual([{ n: 1, start: 0, end: 0 }]);
    expect(articleParts("a".repeat(PART_CHARS))).toHaveLength(1);
  });

  it("cuts after a line break, else a space, else never inside a cluster", () => {
    const lines = `${"क".repeat(PART_CHARS + 10)}\n${"ख".repeat(100)}`;
    expect(articleParts(lines)[1].start).toBe(PART_CHARS + 11);
    const spaced = `${"क".repeat(PART_CHARS + 5)} ${"ख".repeat(100)}`;
    expect(articleParts(spaced)[1].start).toBe(PART_CHARS + 6);
    // No break or space within half a part: the cut moves past the matras after PART_CHARS.
    const solid = "कि".repeat(PART_CHARS);
    const parts = articleParts(solid);
    for (const p of parts.slice(1)) expect(solid[p.start]).toBe("क");
    expect(joined(solid)).toBe(solid);
    // A surrogate pair is never split either.
    const emoji = `${"a".repeat(PART_CHARS - 1)}${"😀".repeat(PART_CHARS)}`;
    const cut = articleParts(emoji)[1].start;
    expect(emoji.codePointAt(cut)).toBe(0x1f600);
  });

  it("names parts by ?part= and finds the part of an offset", () => {
    const body = Array.from({ length: 4_000 }, (_, i) => `पंक्ति ${i} का पाठ।`).join("\n");
    const parts = articleParts(body);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(joined(body)).toBe(body);
    expect(partNamed(parts, "2")).toBe(parts[1]);
    for (const bad of ["0", "02", "-1", "1e1", String(parts.length + 1), undefined, ["1"]])
      expect(partNamed(parts, bad)).toBeNull();
    const at = body.indexOf("पंक्ति 3000 ");
    const p = partAt(parts, at);
    expect(p.start <= at && at < p.end).toBe(true);
  });
});

/** The straightforward version: every segment against every highlight. */
function naive<H extends Highlight>(body: string, hs: H[], cuts: number[], lo: number, hi: number) {
  const valid = hs.filter(
    (h) => h.start >= 0 && h.end <= body.length && h.start < h.end && h.start < hi && h.end > lo,
  );
  const points = [
    ...new Set([
      lo,
      hi,
      ...cuts.filter((c) => c > lo && c < hi),
      ...valid.flatMap((h) => [h.start, h.end]).filter((c) => c > lo && c < hi),
    ]),
  ].sort((a, b) => a - b);
  return points.slice(0, -1).map((from, i) => ({
    text: body.slice(from, points[i + 1]),
    start: from,
    highlights: valid.filter((h) => h.start <= from && h.end >= points[i + 1]),
  }));
}

describe("segment", () => {
  it("matches the quadratic version on random overlapping highlights, windows and cuts", () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const body = "अबकडइफगहजक".repeat(20);
    for (let round = 0; round < 200; round++) {
      const hs = Array.from({ length: rand(12) }, (_, i) => {
        const start = rand(body.length + 5) - 2;
        return { id: `h${i}`, start, end: start + rand(40) - 3 };
      });
      const cuts = Array.from({ length: rand(4) }, () => rand(body.length));
      const lo = rand(body.length);
      const hi = lo + 1 + rand(body.length - lo);
      expect(segment(body, hs, cuts, { start: lo, end: hi }), `round ${round}`).toEqual(
        naive(body, hs, cuts, lo, hi),
      );
    }
  });
});
