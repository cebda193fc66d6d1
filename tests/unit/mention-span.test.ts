import { describe, expect, it } from "vitest";
import { overlapShare, selectionCrossings } from "@/lib/claim/mention-span";

const TEXT = "पहला अनुच्छेद यहाँ है।\nAdvertisement\nदूसरा अनुच्छेद।\nFeatured Video Of The Day\nतीसरा।";
const span = (from: string, to: string) => ({
  start: TEXT.indexOf(from),
  end: TEXT.indexOf(to) + to.length,
});

describe("selectionCrossings", () => {
  it("is empty for words inside one paragraph", () => {
    const { start, end } = span("अनुच्छेद", "यहाँ");
    expect(selectionCrossings(TEXT, start, end)).toEqual([]);
  });

  it("names the paragraph break and each furniture line a selection runs through", () => {
    const { start, end } = span("यहाँ", "तीसरा");
    expect(selectionCrossings(TEXT, start, end)).toEqual([
      "a paragraph break",
      "Advertisement",
      "Featured Video Of The Day",
    ]);
  });

  it("counts a furniture line the selection only touches", () => {
    const { start, end } = span("Adver", "Adver");
    expect(selectionCrossings(TEXT, start, end)).toEqual(["Advertisement"]);
  });
});

describe("overlapShare", () => {
  it("is the shared part of the longer span", () => {
    expect(overlapShare({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(overlapShare({ start: 0, end: 10 }, { start: 2, end: 10 })).toBe(0.8);
    expect(overlapShare({ start: 0, end: 10 }, { start: 5, end: 25 })).toBe(0.25);
    expect(overlapShare({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });
});
