// BibTeX, RIS and CSL-JSON come from citation.js; each is tested by reading back what was exported
// (BibTeX and RIS parsed by citation.js, CSL-JSON rendered with a CSL style), with Devanagari intact.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import {
  bibtexOf,
  reportBibtex,
  reportCslJson,
  reportRis,
  risId,
  risOf,
} from "@/lib/report/citation";
import { type CslItem, cslName, reportCsl } from "@/lib/report/csl";
import { reportMarkdown } from "@/lib/report/markdown";
import { publishedDossier } from "./dossier-fixture";

const TITLE = "रूस में 2017 में गेहूं का रिकॉर्ड उत्पादन";
const AUTHOR = "अंजलि शर्मा";

function hindiReport(includeDrafts = false) {
  const d = publishedDossier();
  const s = d.evidence[0].source;
  s.title = TITLE;
  s.author = `${AUTHOR}; Verma, Asha`;
  s.publisher = "दैनिक भास्कर";
  s.archiveUrl = "https://web.archive.org/web/2023/https://example.org/x";
  d.mentions[0].article.outlet = {
    id: "ent_bbc",
    slug: "bbc",
    kind: "OUTLET",
    nameHi: "बीबीसी",
    nameEn: "BBC",
  };
  const draft = publishedDossier();
  draft.id = "claim_draft";
  draft.status = "IN_REVIEW";
  draft.verdict!.status = "IN_REVIEW";
  draft.evidence = [];
  return buildReport({ title: "t", filters: { article: "art_002" } }, [d, draft], {
    baseUrl: "https://pramaan.example",
    includeDrafts,
    generatedAt: new Date("2024-01-01T00:00:00Z"),
  });
}

const parsed = (text: string) => new Cite(text).data as Record<string, unknown>[];
const byId = (items: Record<string, unknown>[], id: string) => items.find((i) => i.id === id);

describe("CSL-JSON", () => {
  it("one item per fact-check, article and source citation, with stable database ids", () => {
    const items = reportCsl(hindiReport());
    expect(items.map((i) => i.id)).toEqual(["claim_claim1", "article_art_002", "evidence_e1"]);
    expect(items[2]).toMatchObject({
      type: "webpage",
      title: TITLE,
      author: [{ literal: AUTHOR }, { family: "Verma", given: "Asha" }],
      issued: { "date-parts": [[2023, 9, 11]] },
      accessed: { "date-parts": [[2023, 9, 15]] },
      URL: "https://example.org/bbc/train?a=1,2",
    });
    expect(items[2].note).toContain("Stance: supports");
    expect(items[2].note).toContain("Archived at https://web.archive.org/web/2023/");
    expect(items[1]).toMatchObject({ type: "article-newspaper", "container-title": "बीबीसी" });
  });

  it("drafts carry CSL status draft; without drafts they are not there at all", () => {
    expect(reportCsl(hindiReport()).some((i) => i.id === "claim_claim_draft")).toBe(false);
    const draft = reportCsl(hindiReport(true)).find((i) => i.id === "claim_claim_draft");
    expect(draft?.status).toBe("draft");
  });

  it("an editor with a Devanagari name is a literal author of the fact-check, rendered whole", () => {
    const r = hindiReport();
    r.claims[0].verdict!.authors = [
      { id: "u9", name: "रवि कुमार" },
      { id: "u1", name: "Asha Verma" },
    ];
    const check = reportCsl(r)[0];
    expect(check.author).toEqual([{ literal: "रवि कुमार" }, { family: "Verma", given: "Asha" }]);
    const text = new Cite([check]).format("bibliography", { template: "apa", format: "text" });
    expect(text).toContain("रवि कुमार");
  });

  it("renders through citeproc with a CSL style, Devanagari names whole (not 'शर्माअंजलि')", () => {
    const json = reportCslJson(hindiReport());
    const text = new Cite(JSON.parse(json)).format("bibliography", {
      template: "apa",
      lang: "en-US",
      format: "text",
    });
    expect(text).toContain(AUTHOR);
    expect(text).toContain(TITLE);
    expect(text).not.toContain("शर्माअंजलि");
    // The pitfall this guards against: a Devanagari family+given pair is glued by citeproc.
    const glued = new Cite([
      { id: "x", type: "webpage", title: "t", author: [{ family: "शर्मा", given: "अंजलि" }] },
    ]).format("bibliography", { template: "apa", lang: "en-US", format: "text" });
    expect(glued).toContain("शर्माअंजलि");
    expect(cslName("अंजलि शर्मा")).toEqual({ literal: "अंजलि शर्मा" });
    expect(cslName("शर्मा, अंजलि")).toEqual({ literal: "शर्मा, अंजलि" });
    expect(cslName("World Health Organization")).toEqual({ literal: "World Health Organization" });
  });
});

describe("BibTeX through citation.js", () => {
  it("keeps Devanagari titles and names and uses the stable ids as keys, read back by citation.js", () => {
    const bib = reportBibtex(hindiReport());
    expect(bib).toContain("@misc{evidence_e1,");
    expect(bib).toContain(TITLE);
    const back = parsed(bib);
    expect(back.map((i) => i.id)).toEqual(["claim_claim1", "article_art_002", "evidence_e1"]);
    const source = byId(back, "evidence_e1");
    expect(source?.title).toBe(TITLE);
    expect(source?.author).toEqual([{ family: AUTHOR }, { family: "Verma", given: "Asha" }]);
    expect(source?.publisher).toBe("दैनिक भास्कर");
    expect(byId(back, "claim_claim1")?.author).toEqual([{ family: "Verma", given: "Asha" }]);
  });

  it("leaves the plugin's defaults as they were (its config is process-wide)", () => {
    bibtexOf(reportCsl(hindiReport()));
    const erased = new Cite([{ id: "x", type: "webpage", title: TITLE }]).format("bibtex");
    expect(erased).not.toContain(TITLE); // citation-js issue 177, outside our serializer
  });
});

describe("RIS through citation.js", () => {
  it("Devanagari intact and every author kept, read back by citation.js", () => {
    const ris = reportRis(hindiReport());
    const back = parsed(ris);
    const source = byId(back, "evidence_e1");
    expect(source).toMatchObject({ type: "webpage", title: TITLE, publisher: "दैनिक भास्कर" });
    expect(source?.author).toEqual([{ literal: AUTHOR }, { family: "Verma", given: "Asha" }]);
    expect(source?.accessed).toEqual({ "date-parts": [[2023, 9, 15]] });
    // The fact-check is a newspaper item: its authors survive (TY NEWS alone would drop them).
    expect(byId(back, "claim_claim1")?.author).toEqual([{ family: "Verma", given: "Asha" }]);
  });

  it("ids longer than RIS's 20 characters get a stable short id instead of being cut", () => {
    const long = ["evidence_cmwttbpci0002x67dq8zhsvn7", "evidence_cmwttbpci0002x67dq8zhsvn8"];
    const items: CslItem[] = long.map((id) => ({ id, type: "webpage", title: TITLE }));
    const ids = parsed(risOf(items)).map((i) => i.id);
    expect(ids).toEqual(long.map(risId));
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((i) => String(i).length <= 20 && String(i).startsWith("e_"))).toBe(true);
    expect(risId("claim_claim1")).toBe("claim_claim1");
    expect(risOf(items)).toBe(risOf(items)); // the same on every export
  });

  it("a newspaper item's Devanagari author survives (plain TY NEWS drops every author)", () => {
    const item: CslItem = {
      id: "n1",
      type: "article-newspaper",
      title: TITLE,
      "container-title": "दैनिक भास्कर",
      author: [{ literal: AUTHOR }],
    };
    const back = parsed(risOf([item]))[0];
    expect(back).toMatchObject({ title: TITLE, "container-title": "दैनिक भास्कर" });
    expect(back.author).toEqual([{ literal: AUTHOR }]);
    const plain = new Cite([item]).format("ris");
    expect(plain).toContain("TY  - NEWS");
    expect(plain).not.toContain("AU  -");
  });
});

describe("hostile text cannot forge records or fields (issue 16 item 10)", () => {
  const FORGED = "सही है\nER  - \nTY  - JOUR\nTI  - forged";
  function hostileReport() {
    const d = publishedDossier();
    d.textHi = `${d.textHi}${FORGED}`;
    d.evidence[0].note = `${FORGED}\r\nAU  - Forger`;
    d.evidence[0].source.title = "} @misc{forged, title={pwn}";
    d.evidence[0].source.url = "https://example.org/}\n@misc{forged2,";
    return buildReport({ title: "t", filters: {} }, [d], {
      baseUrl: "https://pramaan.example",
      includeDrafts: false,
      generatedAt: new Date("2024-01-01T00:00:00Z"),
    });
  }

  /** An RIS reader written from the spec, not citation.js: a tag is two letters at a line's start. */
  function readRis(text: string) {
    const records: Record<string, string[]>[] = [];
    let open: Record<string, string[]> | null = null;
    for (const line of text.split(/\r?\n/)) {
      const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
      if (!m) continue;
      const [, tag, value] = m;
      if (tag === "TY") open = {};
      if (!open) throw new Error(`field ${tag} outside a record`);
      if (tag === "ER") {
        records.push(open);
        open = null;
      } else open[tag] = [...(open[tag] ?? []), value];
    }
    return records;
  }

  it("RIS: a note or claim with a line break and `ER  - TY  - ` stays one field of its record", () => {
    const ris = reportRis(hostileReport());
    const records = readRis(ris);
    expect(records).toHaveLength(3);
    expect(records.every((r) => r.TY.length === 1 && (r.TI ?? []).length <= 1)).toBe(true);
    expect(records.flatMap((r) => r.TI ?? []).some((t) => t === "forged")).toBe(false);
    expect(records.some((r) => r.AU?.includes("Forger"))).toBe(false);
    const source = records.find((r) => r.ID?.[0] === "evidence_e1");
    expect(source?.N1?.join(" ")).toContain("ER  - TY  - JOUR TI  - forged AU  - Forger");
    const back = new Cite(ris, { forceType: "@ris/file" }).data as { id: string }[];
    expect(back.map((i) => i.id)).toEqual(["claim_claim1", "article_art_002", "evidence_e1"]);
  });

  it("RIS: a value padded to citation.js's 70-character wrap cannot start a line with a tag", () => {
    const note = `${"x".repeat(70)}ER  - ${"y".repeat(64)}TY  - JOUR`;
    const records = readRis(risOf([{ id: "a", type: "webpage", title: TITLE, note }]));
    expect(records).toHaveLength(1);
    expect(records[0].N1).toEqual([note]);
  });

  it("BibTeX: a `}` in a title, note or URL does not close its field; values read back whole", () => {
    const bib = reportBibtex(hostileReport());
    const back = parsed(bib);
    expect(back.map((i) => i.id)).toEqual(["claim_claim1", "article_art_002", "evidence_e1"]);
    const source = byId(back, "evidence_e1");
    expect(source?.title).toBe("} @misc{forged, title={pwn}");
    expect(source?.URL).toBe("https://example.org/%7D%0A@misc%7Bforged2,");
    expect(String(source?.note)).toMatch(/TI - forged AU - Forger$/); // whitespace is folded
    // Every entry's braces balance, counted as BibTeX counts them (a backslash escapes nothing).
    for (const entry of bib.split(/^@/m).filter(Boolean)) {
      let depth = 0;
      for (const c of entry) {
        depth += c === "{" ? 1 : c === "}" ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });

  // pandoc (2.17 on Debian 12) is a reader written apart from citation.js; it has no RIS reader yet.
  const pandoc = spawnSync("pandoc", ["--version"]).status === 0;
  // .ci/run installs pandoc: in CI a missing reader is a failure, not a skip.
  const runPandoc = pandoc || process.env.CI === "true";
  it.skipIf(!runPandoc)("BibTeX read by pandoc: the same three entries, nothing forged", () => {
    const out = spawnSync("pandoc", ["-f", "bibtex", "-t", "csljson"], {
      input: reportBibtex(hostileReport()),
      encoding: "utf8",
    });
    expect(out.status).toBe(0);
    const items = JSON.parse(out.stdout) as Record<string, string>[];
    expect(items.map((i) => i.id)).toEqual(["claim_claim1", "article_art_002", "evidence_e1"]);
    // pandoc 2.17 does not know \textbraceright and drops the brace itself; the text stays in its field.
    expect(items[2].title).toMatch(/@misc.?forged, title=.?pwn/);
    expect(items[2].URL).toBe("https://example.org/%7D%0A@misc%7Bforged2,");
  });
});

describe("citation.js against its own web-page cases (tests/fixtures/bibtex-web-cases.json)", () => {
  const fixture = JSON.parse(
    fs.readFileSync(new URL("../fixtures/bibtex-web-cases.json", import.meta.url), "utf8"),
  ) as {
    cases: {
      id: string;
      input_biblatex: string;
      expected_csl: object | object[];
      expected_output_biblatex?: string;
    }[];
  };
  for (const c of fixture.cases) {
    it(`${c.id}: parses to the expected CSL`, () => {
      const got = parsed(c.input_biblatex).map(({ _graph, ...rest }) => rest);
      const want = Array.isArray(c.expected_csl) ? c.expected_csl : [c.expected_csl];
      expect(got).toEqual(want);
    });
  }
  it("webpage CSL formats back as the case's @online entry (same key, same fields)", () => {
    const c = fixture.cases.find((k) => k.expected_output_biblatex);
    const out = new Cite(c?.expected_csl).format("biblatex", { format: "text" });
    expect(out).toMatch(/^@online\{Willighagen2016Citation,/);
    const strip = (t: string) => parsed(t).map(({ _graph, ...rest }) => rest);
    expect(strip(out)).toEqual(strip(c?.expected_output_biblatex ?? ""));
  });
});

describe("Markdown", () => {
  it("citations are links; drafts are marked; dates carry the zone", () => {
    const md = reportMarkdown(hindiReport(true));
    expect(md).toContain(`[${TITLE}](<https://example.org/bbc/train?a=1,2>)`);
    expect(md).toContain("[archived](<https://web.archive.org/web/2023/https://example.org/x>)");
    expect(md).toContain("(dates in Asia/Kolkata)");
    expect(md).toMatch(/## 2\. .* — \*\*DRAFT\*\*/);
    expect(md).not.toMatch(/## 1\. .*DRAFT/);
    expect(md).toContain("बीबीसी (BBC के मुताबिक) → एनके न्यूज (के हवाले से)");
    expect(md).toContain("Published 2023-09-20T15:30:00+05:30");
    expect(reportMarkdown(hindiReport())).not.toContain("DRAFT**");
  });

  it("text cannot break out of a link or start markup", () => {
    const r = hindiReport();
    r.claims[0].sources[0].title = "a](javascript:alert(1)) [b";
    expect(reportMarkdown(r)).toContain("[a\\](javascript:alert(1)) \\[b](<https://example.org");
  });
});
