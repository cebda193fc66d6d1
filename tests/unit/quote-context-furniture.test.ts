// Issue 17 item 6: the words shown around a quote are the article's, never page furniture. A
// mention's stored prefix/suffix are raw text ("…रहे हैं.\n\nAdvertisement\n\n"); readers get context
// cut from the text with furniture skipped, whatever sits between the quote and its neighbours.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring";
import { quoteContext, storedQuoteContext } from "@/lib/text/context";
import { detectFurniture, isFurnitureLine } from "@/lib/text/furniture";

const seed001 = fs.readFileSync(
  path.join(process.cwd(), "seeds", "001_35a6e6f765ef245d.txt"),
  "utf8",
);
const FURNITURE_WORDS = /Advertisement|विज्ञापन|Leave A Reply|ये भी पढ़ें|Featured Video|Read Time/u;

const around = (body: string, quote: string) => {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return { start, end: start + quote.length };
};

describe("quote context without furniture", () => {
  it("skips the Advertisement lines on both sides of a 001 paragraph", () => {
    const { start, end } = around(seed001, "आखिरी बार दोनों नेताओं");
    // What was shown before: the raw stored prefix ends in the ad label.
    expect(describeRange(seed001, start, end).prefix).toContain("Advertisement");
    const c = quoteContext(seed001, detectFurniture(seed001), start, end);
    expect(`${c.before}|${c.after}`).not.toMatch(FURNITURE_WORDS);
    // The words before are the end of the paragraph above the ad, whole words only.
    expect(c.before).toMatch(/होस्ट कर रहे हैं\. $/u);
    expect(c.after).toMatch(/^ की 4 साल पहले/u);
  });

  it("a quote at the end of a paragraph followed by an ad takes the next paragraph's words", () => {
    const { start, end } = around(seed001, "2019 में मुलाकात हुई थी");
    const c = quoteContext(seed001, detectFurniture(seed001), start, end);
    expect(c.after).not.toMatch(FURNITURE_WORDS);
    expect(c.after.trim().length).toBeGreaterThan(0);
  });

  it("skips a teaser box between the quote and the paragraph before it", () => {
    const box = "ये भी पढ़ें:\nमणिपुर: अब तक नहीं थमी हिंसक घटनाएं\nG20 समिट के बाद कई समझौते\n\n";
    const at = seed001.indexOf("आखिरी बार");
    const body = seed001.slice(0, at) + box + seed001.slice(at);
    const { start, end } = around(body, "आखिरी बार दोनों नेताओं");
    const c = quoteContext(body, detectFurniture(body), start, end, 80);
    expect(c.before).not.toMatch(/मणिपुर|G20|ये भी पढ़ें|Advertisement/u);
    expect(c.before).toContain("होस्ट कर रहे हैं.");
  });

  it("cuts whole words, and keeps a word that only the text's own edge cuts", () => {
    const body = "पहला दूसरा तीसरा चौथा पांचवां";
    const { start, end } = around(body, "तीसरा");
    expect(quoteContext(body, [], start, end, 8)).toEqual({ before: " दूसरा ", after: " चौथा " });
    expect(quoteContext(body, [], start, end, 100)).toEqual({
      before: "पहला दूसरा ",
      after: " चौथा पांचवां",
    });
  });

  it("from the stored prefix/suffix alone (an orphaned appearance): furniture lines dropped", () => {
    const { start, end } = around(seed001, "आखिरी बार दोनों नेताओं");
    const { prefix, suffix } = describeRange(seed001, start, end);
    const c = storedQuoteContext(prefix, suffix, isFurnitureLine);
    expect(`${c.before}|${c.after}`).not.toMatch(FURNITURE_WORDS);
    // A line cut at the outer edge may be furniture's tail ("e A Reply"): it is not shown.
    expect(storedQuoteContext("e A Reply\n\nकिम ने ", "", isFurnitureLine).before).toBe(" किम ने ");
  });
});
