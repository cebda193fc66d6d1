import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring";
import { reanchorMentions, type StoredMention } from "@/lib/anchoring/reanchor";

// Edited copies of the seed articles, as a newsroom republishes them: the mention is logged on the
// seed text, then looked for in the edited text.
const seed = (prefix: string) => {
  const file = fs.readdirSync("seeds").find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  return fs.readFileSync(`seeds/${file}`, "utf8");
};

function logged(body: string, quote: string, id = "m1", claimId = "c1", from = 0): StoredMention {
  const start = body.indexOf(quote, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return { id, claimId, ...describeRange(body, start, start + quote.length) };
}

const SEED0 = seed("000");
const QUOTE0 = "रूस अपने संप्रभुता और देश की रक्षा के लिए जंग लड़ रहा है";
const SEED3 = seed("003");
const QUOTE3 = "उत्तर कोरियाई नेता किम जोंग उन ने सैन्य मुद्दों और क्षेत्रीय सुरक्षा माहौल पर चर्चा";

describe("re-anchoring a mention in a new version of the article", () => {
  it("an unchanged text keeps the position", () => {
    const [r] = reanchorMentions(SEED0, [logged(SEED0, QUOTE0)]);
    expect(r).toMatchObject({ placed: true, method: "position" });
  });

  it("a published quote moves only word for word: one changed character orphans it (issue 16)", () => {
    const edited = SEED0.replace(QUOTE0, QUOTE0.replace("अपने", "अपनी"));
    const draft = logged(SEED0, QUOTE0);
    const [moved] = reanchorMentions(edited, [draft]);
    expect(moved).toMatchObject({ placed: true, to: { exact: QUOTE0.replace("अपने", "अपनी") } });
    const [held] = reanchorMentions(edited, [{ ...draft, published: true }]);
    expect(held).toMatchObject({ placed: false, reason: expect.stringMatching(/published/) });
    // Moved without a change (text inserted before it): still placed.
    const shifted = `नई पंक्ति।\n${SEED0}`;
    expect(reanchorMentions(shifted, [{ ...draft, published: true }])[0].placed).toBe(true);
  });

  it("white space and punctuation changes around and inside the quote: placed", () => {
    const m = logged(SEED0, QUOTE0);
    const edited = SEED0.replace("किम जोंग ने कहा- ", "किम जोंग ने कहा:  ")
      .replace(QUOTE0, QUOTE0.replace("देश की", "देश\u00A0की").replace(" जंग", "  जंग"))
      .replace(/\n \n/g, "\n\n");
    const [r] = reanchorMentions(edited, [m]);
    expect(r.placed).toBe(true);
    if (!r.placed) return;
    expect(r.to.exact).toBe(QUOTE0.replace("देश की", "देश\u00A0की").replace(" जंग", "  जंग"));
    expect(edited.slice(r.to.start, r.to.end)).toBe(r.to.exact);
  });

  it("a sentence inserted before the quote: placed at its new offsets, not on the repeat above", () => {
    // The dek repeats the quote's words; the mention is the one in the story's first paragraph.
    const at = SEED3.indexOf("सियोल (दक्षिण कोरिया)");
    expect(SEED3.indexOf(QUOTE3)).toBeLessThan(at);
    const m = logged(SEED3, QUOTE3, "m1", "c1", at);
    const inserted = "यह खबर एजेंसी के इनपुट के साथ अपडेट की गई है। ";
    const edited = SEED3.slice(0, at) + inserted + SEED3.slice(at);
    const [r] = reanchorMentions(edited, [m]);
    expect(r.placed).toBe(true);
    if (!r.placed) return;
    expect(r.to.start).toBe(m.start + inserted.length);
    expect(r.to.exact).toBe(QUOTE3);
  });

  it("a word changed inside the quote (a light edit): placed on the changed words", () => {
    const m = logged(SEED0, QUOTE0);
    const changed = QUOTE0.replace("अपने", "अपनी");
    const edited = SEED0.replace(QUOTE0, changed);
    const [r] = reanchorMentions(edited, [m]);
    expect(r).toMatchObject({ placed: true, method: "quote" });
    if (r.placed) expect(r.to.exact).toBe(changed);
  });

  it("the quote deleted: an orphan with a reason, never dropped", () => {
    const other = logged(SEED0, "हम साम्राज्यवाद के खिलाफ", "m2", "c2");
    const m = logged(SEED0, QUOTE0);
    const edited = SEED0.replace(`${QUOTE0}।`, "");
    const results = reanchorMentions(edited, [m, other]);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ id: "m1", placed: false });
    if (!results[0].placed) expect(results[0].reason).toMatch(/not in the new text/);
    expect(results[1]).toMatchObject({ id: "m2", placed: true });
  });

  it("the quote rewritten: an orphan, not a silent re-attachment to other words", () => {
    const m = logged(SEED0, QUOTE0);
    const edited = SEED0.replace(QUOTE0, "रूस अपनी सीमाओं की हिफाजत के लिए लड़ाई में है");
    const [r] = reanchorMentions(edited, [m]);
    expect(r.placed).toBe(false);
  });

  it("two appearances of one claim never land on the same words", () => {
    const a = logged(SEED0, QUOTE0, "a", "c");
    const b = { ...a, id: "b", start: a.start + 5000, end: a.end + 5000 };
    const [ra, rb] = reanchorMentions(SEED0, [a, b]);
    expect(ra.placed).toBe(true);
    expect(rb.placed).toBe(false);
  });
});
