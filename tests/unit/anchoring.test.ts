import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { anchor, describeRange, matchQuote, snapSelection } from "@/lib/anchoring";
import cases from "../fixtures/anchoring-cases.json";
import devClaims from "../fixtures/dev-claims.json";

// Cases transcribed from hypothesis/client and tilgovi/dom-anchor-text-quote (see tests/fixtures/README.md).
type Case = (typeof cases.match_quote_cases)[number] & Record<string, unknown>;
const textOf = (c: Case) =>
  c.text_ref ? cases.texts[c.text_ref as keyof typeof cases.texts] : (c.text as string);

describe("matchQuote against Hypothesis's cases", () => {
  for (const c of cases.match_quote_cases as Case[]) {
    it(c.id, () => {
      const text = textOf(c);
      const ctx = (c.context ?? {}) as { prefix?: string; suffix?: string; hint?: number };
      const expectation = c.expect as Record<string, unknown>;
      switch (expectation.type) {
        case "null":
          expect(matchQuote(text, c.quote as string, ctx)).toBeNull();
          break;
        case "match": {
          const m = matchQuote(text, c.quote as string, ctx);
          expect(m).not.toBeNull();
          expect(m!.start).toBe(expectation.start);
          if (expectation.end !== undefined) expect(m!.end).toBe(expectation.end);
          if (expectation.matched_text)
            expect(text.slice(m!.start, m!.end)).toBe(expectation.matched_text);
          if (expectation.score !== undefined)
            expect(m!.score).toBeCloseTo(expectation.score as number, 6);
          if (expectation.score_gt !== undefined)
            expect(m!.score).toBeGreaterThan(expectation.score_gt as number);
          if (expectation.score_lt !== undefined)
            expect(m!.score).toBeLessThan(expectation.score_lt as number);
          break;
        }
        case "strictly_decreasing_scores": {
          let scores: number[];
          if (c.quotes_in_descending_score)
            scores = (c.quotes_in_descending_score as string[]).map(
              (q) => matchQuote(text, q)!.score,
            );
          else if (c.prefixes_in_descending_score)
            scores = (c.prefixes_in_descending_score as string[]).map(
              (p) => matchQuote(text, c.quote as string, { prefix: p })!.score,
            );
          else
            scores = (c.suffixes_in_descending_score as string[]).map(
              (s) => matchQuote(text, c.quote as string, { suffix: s })!.score,
            );
          for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]);
          break;
        }
        default:
          throw new Error(`unknown expectation ${String(expectation.type)}`);
      }
    });
  }
});

describe("text-quote anchoring against dom-anchor-text-quote's cases", () => {
  const text = cases.dom_anchor_text_quote.fixture_textContent;
  for (const c of cases.dom_anchor_text_quote.cases as Record<string, any>[]) {
    it(c.id, () => {
      if (c.op.startsWith("describe")) {
        const d = describeRange(text, c.range_text_start, c.range_text_end);
        expect({ exact: d.exact, prefix: d.prefix, suffix: d.suffix }).toEqual(c.expect);
        return;
      }
      if (c.expect.type === "different_matches_for_different_hints") {
        const starts = c.hints.map(
          (hint: number) => anchor(text, { ...c.selector, start: hint })!.start,
        );
        return expect(starts).toEqual(c.expect.starts);
      }
      const m = anchor(text, c.selector);
      if (c.expect.type === "null") return expect(m).toBeNull();
      expect(m).not.toBeNull();
      expect(text.slice(m!.start, m!.end)).toBe(c.expect.matched_text);
      if (c.expect.start !== undefined)
        expect([m!.start, m!.end]).toEqual([c.expect.start, c.expect.end]);
    });
  }
});

const seed = (file: string) => fs.readFileSync(`seeds/${file}`, "utf8");
const article000 = seed("000_4cf5c9412929b494.txt");

describe("anchoring in Hindi seed text", () => {
  it("the hand-annotated offsets in dev-claims.json describe and re-anchor exactly", () => {
    for (const c of devClaims.claims) {
      const text = seed(c.file);
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      const d = describeRange(text, c.start, c.end);
      expect(anchor(text, d)).toMatchObject({ start: c.start, end: c.end, method: "position" });
      // without the position, quote + context alone find the same span
      expect(anchor(text, { exact: d.exact, prefix: d.prefix, suffix: d.suffix })).toMatchObject({
        start: c.start,
        end: c.end,
      });
    }
  });

  const train = devClaims.claims.find((c) => c.cluster === "train-speed")!;

  it("finds a quote typed with NBSP and Devanagari digits in the original", () => {
    const typed = train.quote.replace(/ /g, "\u00A0").replace("59", "५९");
    expect(matchQuote(article000, typed)).toMatchObject({
      start: train.start,
      end: train.end,
      score: 1,
    });
  });

  it("treats nukta spellings alike: precomposed, decomposed and omitted", () => {
    const stored = "हम साम्राज्यवाद के खिलाफ इस लड़ाई में"; // the article writes ड़ as ड + nukta
    const at = article000.indexOf(stored);
    expect(at).toBeGreaterThan(0);
    for (const variant of [
      stored.replace("ड\u093C", "\u095C"),
      stored.replace("ड\u093C", "ड"),
      stored.normalize("NFD"),
    ]) {
      expect(matchQuote(article000, variant)).toMatchObject({
        start: at,
        end: at + stored.length,
        score: 1,
      });
    }
  });

  it("uses prefix and suffix to pick the right one of repeated phrases", () => {
    const phrase = "किम जोंग उन";
    const occurrences = [...article000.matchAll(new RegExp(phrase, "g"))].map((m) => m.index!);
    expect(occurrences.length).toBeGreaterThan(3);
    for (const at of occurrences) {
      const d = describeRange(article000, at, at + phrase.length);
      expect(matchQuote(article000, phrase, { prefix: d.prefix, suffix: d.suffix })!.start).toBe(
        at,
      );
    }
  });

  it("re-anchors a mention after the article text shifts and the quote is lightly edited", () => {
    const d = describeRange(article000, train.start, train.end);
    const edited = `अपडेट: इस खबर में सुधार किया गया है।\n\n${article000.replace("59 किलोमीटर", "59 किमी")}`;
    const m = anchor(edited, d)!;
    expect(m.method).toBe("quote");
    expect(edited.slice(m.start, m.end)).toContain("59 किमी प्रति घंटा");
    expect(m.score).toBeGreaterThan(0.8);
  });

  it("never returns a range that splits a cluster, and snaps a sloppy selection", () => {
    const phrase = "में 20 बुलेटप्रूफ गाड़ियां";
    const at = article000.indexOf(phrase);
    // a selection that starts on the vowel sign of में and takes in the space after the phrase
    const s = snapSelection(article000, at + 1, at + phrase.length + 1);
    expect(article000.slice(s!.start, s!.end)).toBe(phrase);
    expect(snapSelection(article000, 0, 0)).toBeNull();
    const sentenceEnd = article000.indexOf("नहीं चल पाती है।") + "नहीं चल पाती है।".length;
    const t = snapSelection(article000, train.start, sentenceEnd);
    expect(article000.slice(t!.start, t!.end)).toBe(train.quote);
  });

  it("does not anchor a quote that is not in the article", () => {
    expect(
      matchQuote(article000, "ताजमहल आगरा में यमुना नदी के किनारे सफेद संगमरमर से बना मकबरा है"),
    ).toBeNull();
  });
});
