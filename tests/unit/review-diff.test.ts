import { describe, expect, it } from "vitest";
import { diffSnapshots, type SnapshotSource, snapshotOf } from "@/lib/review/snapshot";
import { diffWords, tokenize } from "@/lib/text/word-diff";

const joined = (parts: { op: string; text: string }[], keep: "before" | "after") =>
  parts
    .filter((p) => p.op === "same" || p.op === (keep === "before" ? "del" : "add"))
    .map((p) => p.text)
    .join("");

describe("word diff", () => {
  it("tokenizes so that the tokens join back to the text", () => {
    const s = "पुतिन ने  कहा,\nकि किम";
    expect(tokenize(s).join("")).toBe(s);
  });

  it("marks only the words that changed, and each side reads back whole", () => {
    const before = "रूस ने 2023 में उत्तर कोरिया को हथियार दिए";
    const after = "रूस ने 2022 में उत्तर कोरिया को टैंक और हथियार दिए";
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.op === "del").map((p) => p.text.trim())).toEqual(["2023"]);
    expect(parts.filter((p) => p.op === "add").map((p) => p.text.trim())).toEqual([
      "2022",
      "टैंक और",
    ]);
    expect(joined(parts, "before")).toBe(before);
    expect(joined(parts, "after")).toBe(after);
  });

  it("returns one unchanged run for equal texts and one added run from nothing", () => {
    expect(diffWords("a b", "a b")).toEqual([{ op: "same", text: "a b" }]);
    expect(diffWords("", "new words")).toEqual([{ op: "add", text: "new words" }]);
  });

  it("keeps a replaced phrase in one piece instead of alternating words around the spaces", () => {
    const parts = diffWords(
      "रूसी और चीनी प्रतिनिधिमंडल इस सप्ताह उत्तर कोरिया पहुंचे।",
      "रूसी और चीनी प्रतिनिधिमंडल 25 जुलाई 2023 को उत्तर कोरिया पहुंचे।",
    );
    expect(parts.map((p) => [p.op, p.text.trim()])).toEqual([
      ["same", "रूसी और चीनी प्रतिनिधिमंडल"],
      ["del", "इस सप्ताह"],
      ["add", "25 जुलाई 2023 को"],
      ["same", "उत्तर कोरिया पहुंचे।"],
    ]);
  });

  it("shows a very long rewrite as replaced rather than building a huge table", () => {
    const long = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(" ");
    const parts = diffWords(long, `${long} end`);
    expect(parts.map((p) => p.op)).toEqual(["del", "add"]);
  });
});

const claim = (over: Partial<SnapshotSource> = {}): SnapshotSource => ({
  textHi: "किम जोंग उन ने रूस की यात्रा की",
  textEn: null,
  topic: "diplomacy",
  mentions: [
    {
      id: "m1",
      exact: "किम जोंग उन रूस पहुंचे",
      article: { title: "लेख एक" },
      chain: [
        { role: "SPEAKER", entity: { nameHi: "पुतिन", nameEn: "Putin" } },
        { role: "RELAY", entity: { nameHi: null, nameEn: "BBC" } },
      ],
    },
  ],
  evidence: [
    {
      id: "e1",
      stance: "SUPPORTS",
      quote: "Kim arrived",
      source: { title: "Reuters report", url: "https://example.org/r" },
    },
  ],
  verdict: {
    rating: { labelHi: "सही", labelEn: "True" },
    summaryHi: "यात्रा हुई थी",
    summaryEn: null,
    rationale: "Reuters reported the arrival.",
  },
  ...over,
});

describe("review snapshot diff", () => {
  it("names the chain speaker first and sources by title, address, stance and quote", () => {
    const s = snapshotOf(claim());
    expect(s.appearances[0].line).toBe("लेख एक: “किम जोंग उन रूस पहुंचे” — पुतिन → BBC");
    expect(s.evidence[0].line).toBe(
      "Reuters report · https://example.org/r · supports · “Kim arrived”",
    );
  });

  it("finds no change in the same claim", () => {
    expect(diffSnapshots(snapshotOf(claim()), snapshotOf(claim()))).toEqual([]);
  });

  it("reports wording, attribution, sources and rating changes by section", () => {
    const before = snapshotOf(claim());
    const after = snapshotOf(
      claim({
        textHi: "किम जोंग उन ने सितंबर में रूस की यात्रा की",
        mentions: [
          {
            id: "m1",
            exact: "किम जोंग उन रूस पहुंचे",
            article: { title: "लेख एक" },
            chain: [{ role: "SPEAKER", entity: null }],
          },
        ],
        evidence: [
          {
            id: "e2",
            stance: "CONTEXT",
            quote: null,
            source: { title: "TASS", url: "https://example.org/t" },
          },
        ],
        verdict: {
          rating: { labelHi: "भ्रामक", labelEn: "Misleading" },
          summaryHi: "यात्रा हुई थी",
          summaryEn: null,
          rationale: "Reuters reported the arrival.",
        },
      }),
    );
    const sections = diffSnapshots(before, after);
    expect(sections.map((s) => s.key)).toEqual(["claim", "attribution", "sources", "verdict"]);
    const wording = sections[0].rows[0];
    expect(wording).toMatchObject({ label: "textHi", change: "changed" });
    expect(wording.words.filter((w) => w.op === "add").map((w) => w.text.trim())).toEqual([
      "सितंबर में",
    ]);
    expect(sections[1].rows[0].words.some((w) => w.op === "del" && w.text.includes("पुतिन"))).toBe(
      true,
    );
    expect(sections[2].rows.map((r) => r.change)).toEqual(["removed", "added"]);
    expect(sections[3].rows).toHaveLength(1);
    expect(sections[3].rows[0].label).toBe("rating");
  });
});
