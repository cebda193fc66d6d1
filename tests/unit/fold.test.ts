import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { guessTitle } from "@/lib/article/import-mutations";
import { segment } from "@/lib/article/segments";
import { rankEntities } from "@/lib/entity/search-key";
import { fold, foldWithMap, toOriginalRange } from "@/lib/text/fold";
import { slugify } from "@/lib/text/slug";

describe("Hindi search folding", () => {
  it("treats nukta forms, candrabindu, Devanagari digits, NBSP and zero-width joiners alike", () => {
    expect(fold("ज़मीन")).toBe(fold("ज\u093Cमीन"));
    expect(fold("\u095Bमीन")).toBe(fold("जमीन"));
    expect(fold("हैँ")).toBe(fold("हैं"));
    expect(fold("२०१७ में ५९")).toBe("2017 में 59");
    expect(fold("किम\u00A0जोंग  \n उन")).toBe("किम जोंग उन");
    expect(fold("क्\u200Dष")).toBe(fold("क्ष"));
    expect(fold("‘BBC’ — NYT")).toBe("'bbc' - nyt");
  });

  it("maps every folded range back to whole clusters of the original", () => {
    const original = "रूस\u00A0\u00A0२०१७ में ज़्यादा";
    const f = foldWithMap(original);
    const at = f.text.indexOf("ज्यादा");
    const r = toOriginalRange(f, at, at + "ज्यादा".length);
    expect(original.slice(r.start, r.end)).toBe("ज़्यादा");
    const d = f.text.indexOf("2017");
    const r2 = toOriginalRange(f, d, d + 4);
    expect(original.slice(r2.start, r2.end)).toBe("२०१७");
  });
});

describe("entity picker ranking", () => {
  const entities = [
    { id: "kim", nameHi: "किम जोंग उन", nameEn: "Kim Jong Un", aliases: ["किम जोंग", "Kim Jong-un"] },
    { id: "kimyo", nameHi: "किम यो जोंग", nameEn: "Kim Yo Jong", aliases: [] },
    { id: "bbc", nameHi: "बीबीसी", nameEn: "BBC", aliases: [] },
    { id: "aj", nameHi: "अल जजीरा", nameEn: "Al Jazeera", aliases: ["अल जज़ीरा"] },
  ];
  it("finds by Hindi or English name, alias, nukta variant; exact first", () => {
    expect(rankEntities(entities, "bbc").map((e) => e.id)).toEqual(["bbc"]);
    expect(rankEntities(entities, "किम जोंग").map((e) => e.id)).toEqual(["kim", "kimyo"]);
    expect(rankEntities(entities, "जज़ीरा").map((e) => e.id)).toEqual(["aj"]);
    expect(rankEntities(entities, "kim jong-un").map((e) => e.id)).toEqual(["kim"]);
  });
});

describe("article helpers", () => {
  it("segments text around overlapping highlights without losing a character", () => {
    const body = "abcdefghij";
    const segs = segment(body, [
      { id: "a", start: 2, end: 6 },
      { id: "b", start: 4, end: 8 },
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(body);
    expect(segs.map((s) => [s.text, s.highlights.map((h) => h.id).join("")])).toEqual([
      ["ab", ""],
      ["cd", "a"],
      ["ef", "ab"],
      ["gh", "b"],
      ["ij", ""],
    ]);
  });

  it("takes the headline, skipping app furniture", () => {
    const jagran = fs.readFileSync("seeds/003_93327e7be077d1f2.txt", "utf8");
    expect(guessTitle(jagran)).toBe(
      "उत्तर कोरियाई नेता किम जोंग-उन ने 'सैन्य सहयोग' पर रूसी रक्षा मंत्री से मुलाकात की",
    );
  });

  it("makes ASCII slugs from English wording", () => {
    expect(slugify("Kim Jong Un's armoured train can't go faster than 59 km/h")).toBe(
      "kim-jong-un-s-armoured-train-can-t",
    );
    expect(slugify("किम जोंग")).toBe("claim");
  });
});
