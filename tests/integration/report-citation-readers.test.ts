// The seeded newsroom's citation report, exported from the database in each citation format and read
// back by readers written apart from Pramaan (issue 15): biber's data-model check and pandoc for
// biblatex, Zotero's RIS import translator for RIS, the CSL schema and pandoc's citeproc for CSL-JSON.
import { describe, expect, it } from "vitest";
import { reportBibtex, reportCslJson, reportRis } from "@/lib/report/citation";
import type { CslItem } from "@/lib/report/csl";
import { loadReport } from "@/lib/report/data";
import {
  biberValidate,
  citeprocBibliography,
  cslSchemaErrors,
  HAVE_BIBER,
  HAVE_PANDOC,
  pandocReadBib,
} from "../support/citation-readers";
import { makeUser, signIn } from "../support/fixtures";
import { zoteroImportRis } from "../support/zotero-ris";

async function seedExport() {
  signIn(await makeUser()); // the report carries drafts: the loader asks who is reading
  const report = await loadReport({}, { includeDrafts: true });
  if (!report) throw new Error("no report");
  const csl = JSON.parse(reportCslJson(report)) as CslItem[];
  expect(csl.length).toBeGreaterThan(2); // the seed's fact check, its article and its source at least
  return { report, csl };
}

describe("the seed's citation report, read by independent readers", () => {
  it("CSL-JSON: valid against the CSL schema", async () => {
    const { csl } = await seedExport();
    expect(cslSchemaErrors(csl)).toEqual([]);
  });

  it.skipIf(!HAVE_PANDOC)("CSL-JSON: pandoc's citeproc renders an entry per item", async () => {
    const { report, csl } = await seedExport();
    const entries = citeprocBibliography({ name: "refs.json", text: reportCslJson(report) });
    expect(entries).toHaveLength(csl.length);
    // A draft fact check has no public URL yet; every other item prints its own.
    for (const i of csl) if (i.URL) expect(entries.join("\n")).toContain(i.URL);
    expect(csl.filter((i) => i.URL).length).toBeGreaterThan(2);
  });

  it.skipIf(!HAVE_BIBER)("biblatex: biber's data-model check passes with no warnings", async () => {
    const { report, csl } = await seedExport();
    const { problems, keys } = biberValidate(reportBibtex(report));
    expect(problems).toEqual([]);
    expect(keys.sort()).toEqual(csl.map((i) => i.id).sort());
  });

  it.skipIf(!HAVE_PANDOC)("biblatex: pandoc reads every entry back with its URL", async () => {
    const { report, csl } = await seedExport();
    const back = pandocReadBib(reportBibtex(report));
    expect(back.map((i) => [i.id, i.URL])).toEqual(csl.map((i) => [i.id, i.URL]));
  });

  it("RIS: Zotero's import translator gets every item whole", async () => {
    const { report, csl } = await seedExport();
    const items = await zoteroImportRis(reportRis(report));
    expect(items.map((i) => [i.title, i.url])).toEqual(csl.map((i) => [i.title, i.URL]));
    for (const [n, item] of items.entries()) {
      expect(item.dropped).toEqual({});
      expect(item.creators).toHaveLength(csl[n].author?.length ?? 0);
    }
  });
});
