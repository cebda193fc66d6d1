// CSL-JSON and biblatex, each read back by readers written apart from ours (issue 15): CSL-JSON by the
// official CSL schema and pandoc's citeproc; biblatex by pandoc's reader, pandoc's citeproc and biber's
// data-model check. The report is full of hostile values (./citation-report-fixture.ts).
import { describe, expect, it } from "vitest";
import { biblatexEntry, latexText, nameList, verbatimUrl } from "@/lib/report/biblatex";
import { reportBibtex, reportCslJson } from "@/lib/report/citation";
import { type CslItem, reportCsl } from "@/lib/report/csl";
import { reportMarkdown } from "@/lib/report/markdown";
import {
  biberValidate,
  citeprocBibliography,
  cslSchemaErrors,
  HAVE_BIBER,
  HAVE_PANDOC,
  pandocReadBib,
} from "../support/citation-readers";
import {
  ARCHIVE_URL,
  hostileReport,
  INPUT,
  LONG_HI,
  LONG_URL,
  SPECIALS,
  UNBALANCED,
} from "./citation-report-fixture";

const IDS = [
  "claim_c1",
  "article_art_1",
  "evidence_e_specials",
  "evidence_e_unbalanced",
  "evidence_e_input",
  "evidence_e_long",
  "claim_c2",
  "claim_c3",
];
const byId = <T extends { id: string }>(items: T[], id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe("CSL-JSON", () => {
  const items = () => JSON.parse(reportCslJson(hostileReport())) as CslItem[];

  it("one item per fact check, article (once) and source citation, with the database ids", () => {
    expect(items().map((i) => i.id)).toEqual(IDS);
  });

  it("is valid against the official CSL-JSON schema (citation-style-language/schema)", () => {
    expect(cslSchemaErrors(items())).toEqual([]);
    // The check can fail: CSL has no archive_url, and a name is an object, not a string.
    expect(cslSchemaErrors([{ id: "x", type: "webpage", archive_url: "u" }])).not.toEqual([]);
    expect(cslSchemaErrors([{ id: "x", type: "webpage", author: ["A B"] }])).not.toEqual([]);
  });

  it("the archived copy is in note, never archive_location; the site is container-title only", () => {
    const source = byId(items(), "evidence_e_specials");
    expect(source).not.toHaveProperty("archive_location");
    expect(source).not.toHaveProperty("publisher");
    expect(source["container-title"]).toBe("BBC News");
    expect(source.note).toContain(`Archived at ${ARCHIVE_URL}`);
    for (const i of items()) expect(i).not.toHaveProperty("publisher");
  });

  it("carries the verdict's rationale as abstract, the rating in note, retraction and draft as status", () => {
    const check = byId(items(), "claim_c1");
    expect(check.abstract).toBe(hostileReport().claims[0].verdict?.rationale);
    expect(check.note).toContain("Rating: भ्रामक (Misleading)");
    expect(byId(items(), "claim_c2").status).toBe("retracted");
    expect(byId(items(), "claim_c3").status).toBe("draft");
    expect(byId(items(), "claim_c1")).not.toHaveProperty("status");
  });

  it.skipIf(!HAVE_PANDOC)(
    "rendered by pandoc's citeproc: names, titles and URLs print whole",
    () => {
      const entries = citeprocBibliography({
        name: "refs.json",
        text: reportCslJson(hostileReport()),
      });
      const text = entries.join("\n");
      expect(entries).toHaveLength(IDS.length);
      // People inverted as "Family, Given", names kept whole never inverted or glued ("शर्माअंजलि").
      expect(text).toContain(
        "O’Carroll, Chad, Colin Zwirko, Reuters, Tom and Jerry Inc., and अंजलि शर्मा",
      );
      expect(text).toContain("Verma, Asha, and रवि कुमार");
      for (const title of [SPECIALS, UNBALANCED, INPUT, LONG_HI]) expect(text).toContain(title);
      expect(text).toContain(LONG_URL);
      expect(text).toContain(`${LONG_URL}&p=2`);
      // The archive URL is not printed as an archive's shelf mark (Chicago capitalised it).
      expect(text).not.toContain("Https://");
      // The website's name once per entry, not also as its publisher.
      const fao = entries.find((e) => e.includes("\\input{x}"));
      expect(fao?.match(/Food and Agriculture Organization/g)).toHaveLength(1);
    },
  );
});

describe("biblatex written by our own writer", () => {
  const bib = () => reportBibtex(hostileReport());

  it("escapes every LaTeX special; pairs braces, and unpaired braces become commands", () => {
    expect(latexText(SPECIALS)).toBe(
      "100\\% \\& \\_ \\# \\$ \\{braced\\} \\textbackslash{} \\textasciitilde{} \\textasciicircum{} done",
    );
    expect(latexText("a } b { c")).toBe("a \\textbraceright{} b \\textbraceleft{} c");
    expect(latexText(INPUT)).toBe(
      "\\textbackslash{}input\\{x\\} and \\textbackslash{}write18\\{rm -rf\\}",
    );
    expect(latexText("one\n\ntwo\r\nthree")).toBe("one two three");
  });

  it("braces balance in every entry, counted as BibTeX counts them (a backslash escapes nothing)", () => {
    for (const entry of bib().split(/^@/m).filter(Boolean)) {
      let depth = 0;
      let lowest = 0;
      for (const c of entry) {
        depth += c === "{" ? 1 : c === "}" ? -1 : 0;
        lowest = Math.min(lowest, depth);
      }
      expect([lowest, depth]).toEqual([0, 0]);
    }
    expect(bib()).not.toMatch(/[^\\]\\input/);
  });

  it("names: Family, Given joined by `and`; names kept whole in their own braces", () => {
    expect(
      nameList([
        { family: "O'Carroll", given: "Chad" },
        { literal: "Tom and Jerry Inc." },
        { literal: "Reuters" },
        { family: "Sharma, Jr.", given: "Ravi" },
        { family: "Zwirko" },
      ]),
    ).toBe(
      "O'Carroll, Chad and {Tom and Jerry Inc.} and {Reuters} and {Sharma, Jr.}, Ravi and Zwirko",
    );
  });

  it("urls stay verbatim: only what would break the entry is percent-encoded", () => {
    expect(verbatimUrl(LONG_URL)).toBe(LONG_URL);
    expect(verbatimUrl("https://x.org/a b}{\\?p=100%")).toBe(
      "https://x.org/a%20b%7D%7B%5C?p=100%25",
    );
  });

  it("types biblatex's data model allows: @online with urldate, @misc for an unpublished draft", () => {
    const text = bib();
    expect(text).toMatch(/^@online\{evidence_e_specials,$/m);
    expect(text).toMatch(/^@online\{claim_c1,$/m);
    expect(text).toMatch(/^@misc\{claim_c3,$/m);
    expect(text).toContain("urldate = {2023-09-15}");
    expect(text).toContain(
      "organization = {{Food and Agriculture Organization of the United Nations}}",
    );
    expect(text).not.toMatch(/publisher|month|howpublished|journal =/);
    // An article with a byline is an @article in its newspaper.
    const article: CslItem = {
      id: "a1",
      type: "article-newspaper",
      title: "t",
      "container-title": "The Hindu",
      author: [{ family: "Doe", given: "Jane" }],
      URL: "https://x.org",
    };
    expect(biblatexEntry(article)).toContain("@article{a1,");
    expect(biblatexEntry(article)).toContain("journaltitle = {The Hindu}");
  });

  it.skipIf(!HAVE_BIBER)("biber's data-model check: no warnings, every entry kept", () => {
    const { problems, keys } = biberValidate(bib());
    expect(problems).toEqual([]);
    expect(keys.sort()).toEqual([...IDS].sort());
    // The check can fail: what citation.js used to write is rejected.
    const old =
      "@misc{x,\n  title = {t},\n  publisher = {P},\n  month = {sep 15},\n  year = {2023},\n}\n";
    expect(biberValidate(old).problems.length).toBeGreaterThan(0);
  });

  it.skipIf(!HAVE_PANDOC)("read by pandoc as BibTeX too: the same entries, titles and URLs", () => {
    const strict = pandocReadBib(bib(), "biblatex");
    const loose = pandocReadBib(bib(), "bibtex");
    const pick = (items: typeof strict) => items.map((i) => [i.id, i.title, i.URL]);
    expect(pick(loose)).toEqual(pick(strict));
  });

  it.skipIf(!HAVE_PANDOC)("read by pandoc: every entry whole, hostile titles as typed", () => {
    const back = pandocReadBib(bib());
    expect(back.map((i) => i.id)).toEqual(IDS);
    expect(byId(back, "evidence_e_specials").title).toBe(SPECIALS);
    expect(byId(back, "evidence_e_input").title).toBe(INPUT);
    expect(byId(back, "evidence_e_long").title).toBe(LONG_HI);
    expect(byId(back, "claim_c1").title).toBe(LONG_HI);
    expect(byId(back, "evidence_e_long").URL).toBe(`${LONG_URL}&p=2`);
    expect(byId(back, "evidence_e_unbalanced").URL).toBe(LONG_URL);
    // pandoc 2.17 does not know \textbraceleft, so it drops the unpaired brace itself (LaTeX prints it);
    // the rest of the title, and every other entry, arrives as written.
    expect(byId(back, "evidence_e_unbalanced").title).toBe(UNBALANCED.replace("{", ""));
    expect(byId(back, "evidence_e_specials").author).toEqual([
      { family: "O’Carroll", given: "Chad" }, // LaTeX's typographic apostrophe
      { family: "Zwirko", given: "Colin" },
      { literal: "Reuters" },
      { literal: "Tom and Jerry Inc." },
      { literal: "अंजलि शर्मा" },
    ]);
    expect(byId(back, "evidence_e_input")).toMatchObject({
      publisher: "Food and Agriculture Organization of the United Nations",
      accessed: { "date-parts": [[2023, 9, 15]] },
    });
    expect(byId(back, "evidence_e_specials").note).toContain(`Archived at ${ARCHIVE_URL}`);
    expect(byId(back, "claim_c1").abstract).toBe(
      latexFree(hostileReport().claims[0].verdict?.rationale),
    );
  });

  it.skipIf(!HAVE_PANDOC)("rendered by pandoc's citeproc from the .bib file", () => {
    const text = citeprocBibliography({ name: "refs.bib", text: bib() }).join("\n");
    expect(text).toContain(
      "O’Carroll, Chad, Colin Zwirko, Reuters, Tom and Jerry Inc., and अंजलि शर्मा",
    );
    expect(text).toContain(SPECIALS);
    expect(text).toContain(INPUT);
    expect(text).toContain(LONG_URL);
    expect(text).toContain("Food and Agriculture Organization of the United Nations");
  });
});

/** The rationale as a reader gets it back: its line break folded to a space, as LaTeX requires. */
const latexFree = (s = "") => s.replace(/\s*\n\s*/g, " ");

describe("the CSL items behind every format", () => {
  it("fact checks are web pages on the newsroom's site, authored by their editors", () => {
    const [check] = reportCsl(hostileReport());
    expect(check).toMatchObject({
      type: "webpage",
      "container-title": "Pramaan",
      author: [{ family: "Verma", given: "Asha" }, { literal: "रवि कुमार" }],
      issued: { "date-parts": [[2023, 9, 20]] },
      URL: "https://pramaan.example/claims/c1",
    });
  });
});

// Kept from this file's earlier version (the Markdown writer has no test file of its own).
describe("Markdown", () => {
  it("citations are links; drafts are marked; dates carry the zone", () => {
    const md = reportMarkdown(hostileReport(), "en");
    expect(md).toContain(`[${UNBALANCED}](<${LONG_URL}>)`);
    expect(md).toContain(`[Archived](<${ARCHIVE_URL}>)`);
    expect(md).toContain("All dates and times are in Asia/Kolkata.");
    expect(md).toMatch(/## 3\. .* — \*\*DRAFT\*\*/);
    expect(md).not.toMatch(/## 1\. .*DRAFT/);
    // In Hindi, the same report's labels are Hindi.
    const hi = reportMarkdown(hostileReport(), "hi");
    expect(hi).toContain(`[संग्रहित प्रति](<${ARCHIVE_URL}>)`);
    expect(hi).toMatch(/## 3\. .* — \*\*मसौदा\*\*/);
    expect(hi).toContain("सभी तारीख़ें और समय Asia/Kolkata समय क्षेत्र में हैं।");
  });

  it("text cannot break out of a link or start markup", () => {
    const r = hostileReport();
    r.claims[0].sources[0].title = "a](javascript:alert(1)) [b";
    expect(reportMarkdown(r)).toContain("[a\\](javascript:alert(1)) \\[b](<https://example.org");
  });
});
