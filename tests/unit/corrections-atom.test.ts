// The corrections feed is valid Atom (RFC 4287): parsed back with an XML parser, not matched as text.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { correctionsAtom, type FeedEntry, ratingChange, xmlEscape } from "@/lib/correction/atom";

const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  id: "corr1",
  kind: "CORRECTION",
  noteHi: 'रेटिंग बदली: <नए> स्रोत & "उद्धरण" मिले।',
  noteEn: "Rating changed: new sources </content>",
  publishedAt: new Date("2026-11-20T10:00:00Z"),
  claim: { slug: "train-speed", textHi: "किम की ट्रेन <धीमी> है" },
  from: { labelHi: "सत्य", labelEn: "True" },
  to: { labelHi: "भ्रामक", labelEn: "Misleading" },
  ...over,
});

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    isArray: (n) => n === "entry" || n === "link",
  }).parse(xml).feed;
};

describe("corrections Atom feed", () => {
  it("has the feed and entry elements Atom requires, newest entry's date as the feed's", () => {
    const older = entry({
      id: "corr0",
      kind: "CLARIFICATION",
      publishedAt: new Date("2026-11-01T00:00:00Z"),
    });
    const feed = parse(
      correctionsAtom([entry(), older], { baseUrl: "https://p.example", updated: new Date(0) }),
    );
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("https://p.example/corrections");
    expect(feed.title).toContain("Pramaan");
    expect(feed.updated).toBe("2026-11-20T10:00:00.000Z");
    expect(feed.entry).toHaveLength(2);
    const [e] = feed.entry;
    expect(e.id).toBe("https://p.example/claims/train-speed#correction-corr1");
    expect(e.updated).toBe("2026-11-20T10:00:00.000Z");
    expect(e.link[0]["@_href"]).toBe(e.id);
    expect(e.title).toBe("सुधार · Correction: किम की ट्रेन <धीमी> है");
  });

  it("escapes what editors typed: markup stays text, nothing breaks out of <content>", () => {
    const feed = parse(
      correctionsAtom([entry()], { baseUrl: "https://p.example", updated: new Date(0) }),
    );
    const content = feed.entry[0].content["#text"] as string;
    expect(content).toContain('रेटिंग बदली: <नए> स्रोत & "उद्धरण" मिले।');
    expect(content).toContain("new sources </content>");
    expect(content).toContain("सत्य (True) → भ्रामक (Misleading)");
  });

  it("an empty log is still a valid feed", () => {
    const feed = parse(correctionsAtom([], { baseUrl: "https://p.example", updated: new Date(0) }));
    expect(feed.updated).toBe("1970-01-01T00:00:00.000Z");
    expect(feed.entry).toBeUndefined();
  });

  it("drops characters XML cannot carry", () => {
    expect(xmlEscape("a\u0000b\u0007c<")).toBe("abc&lt;");
  });

  it("names a rating change only when the rating changed", () => {
    expect(ratingChange(entry())).toBe("सत्य (True) → भ्रामक (Misleading)");
    expect(ratingChange(entry({ to: { labelHi: "सत्य", labelEn: "True" } }))).toBeNull();
    expect(ratingChange(entry({ to: null }))).toBeNull();
  });
});
