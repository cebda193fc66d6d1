import { describe, expect, it } from "vitest";
import { highlight, searchQuery, searchText } from "@/lib/search-text/fold";

describe("searchText", () => {
  it("is the folded words, then their spelling keys", () => {
    expect(searchText(["नॉर्थ कोरिया, ५९ Shells!", null, "युद्ध"])).toBe(
      " नॉर्थ कोरिया 59 shells युद्ध | उततर करय 59 shells यदध ",
    );
  });

  it("gives spelling variants one key", () => {
    const keys = (t: string) => searchText([t]).split(" | ")[1].trim();
    expect(keys("आर्टिलरी")).toBe(keys("आर्टिलेरी"));
    expect(keys("ऑर्टिलरी")).toBe(keys("आर्टिलरी"));
    expect(keys("नॉर्थ कोरिया")).toBe(keys("उत्तर कोरिया"));
    expect(keys("ज़मीन")).toBe(keys("जमीन"));
    expect(keys("हैँ")).toBe(keys("हैं"));
  });
});

describe("searchQuery", () => {
  it("folds the query the way rows are folded", () => {
    expect(searchQuery("  उत्तर  कोरिया — ५९ ")).toMatchObject({
      phrase: "उत्तर कोरिया 59",
      keys: "उततर करय 59",
    });
    expect(searchQuery(" ,.! ")).toBeNull();
  });
});

describe("highlight", () => {
  it("marks words that match by spelling key, in the text's own spelling", () => {
    const q = searchQuery("उत्तर कोरिया ऑर्टिलरी")!;
    const segs = highlight("BBC: नॉर्थ कोरिया के पास आर्टिलेरी शेल", q.terms);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(["नॉर्थ", "कोरिया", "आर्टिलेरी"]);
    expect(segs.map((s) => s.text).join("")).toBe("BBC: नॉर्थ कोरिया के पास आर्टिलेरी शेल");
  });

  it("keeps markup as text: pieces are never HTML", () => {
    const segs = highlight("<b>रूस</b>", searchQuery("रूस")!.terms);
    expect(segs).toEqual([
      { text: "<b>", hit: false },
      { text: "रूस", hit: true },
      { text: "</b>", hit: false },
    ]);
  });
});
