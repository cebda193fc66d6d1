// The entity page's tally chart: an SVG image named by its title and described by its numbers, bars
// in proportion, and a table with the same numbers for anyone who cannot see the bars.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VerdictTally } from "@/components/verdict-tally";
import type { EntityTally } from "@/lib/public/entity-data";
import { setTestLang } from "../support/intl";

const tally: EntityTally = {
  ratings: [
    { id: "f", labelHi: "असत्य", labelEn: "False", colour: "#b91c1c", sortOrder: 0 },
    { id: "t", labelHi: "सत्य", labelEn: "True", colour: "#15803d", sortOrder: 4 },
  ],
  rows: [
    { role: "said", counts: { f: 3, t: 1 }, total: 4 },
    { role: "carried", counts: { t: 2 }, total: 2 },
  ],
};

const render = (lang: "hi" | "en") => {
  setTestLang(lang);
  try {
    return renderToStaticMarkup(createElement(VerdictTally, { tally, id: "t1" }));
  } finally {
    setTestLang("en");
  }
};

describe("VerdictTally", () => {
  const html = render("en");
  const hindi = render("hi");

  it("is an image labelled by its title and described in words, in the page's language", () => {
    expect(html).toMatch(/<svg role="img" aria-labelledby="t1-title" aria-describedby="t1-desc"/);
    expect(html).toContain('<title id="t1-title">Verdicts by role</title>');
    expect(html).toContain(
      '<desc id="t1-desc">Said: 3 False, 1 True; Carried in its articles: 2 True</desc>',
    );
    expect(hindi).toContain('<title id="t1-title">भूमिका के अनुसार फ़ैसले</title>');
    expect(hindi).toContain(
      '<desc id="t1-desc">इन्होंने कहा: 3 असत्य, 1 सत्य; इनके लेखों में छपा: 2 सत्य</desc>',
    );
    expect(hindi).not.toContain("Said");
  });

  it("draws bars in proportion to the largest role, in the scale's order", () => {
    const widths = [
      ...html.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*fill="(#[0-9a-f]+)"/g),
    ].map((m) => [Number(m[1]), Number(m[2]), m[3]]);
    // said: 3 False then 1 True over 560 px for 4; carried: 2 True, half as long.
    expect(widths).toEqual([
      [0, 420, "#b91c1c"],
      [420, 140, "#15803d"],
      [0, 280, "#15803d"],
    ]);
  });

  it("has a table of the same numbers, zero where a role has none of a rating", () => {
    const rows = [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((m) =>
      m[1].replace(/<[^>]+>/g, "|").replace(/\|+/g, "|"),
    );
    expect(rows[1]).toBe("|Said|3|1|4|");
    expect(rows[2]).toBe("|Carried in its articles|0|2|2|");
    const hindiRows = [...hindi.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((m) =>
      m[1].replace(/<[^>]+>/g, "|").replace(/\|+/g, "|"),
    );
    expect(hindiRows[0]).toBe("|भूमिका|असत्य|सत्य|कुल|");
    expect(hindiRows[1]).toBe("|इन्होंने कहा|3|1|4|");
  });
});
