// The printable report offers every download; each file is read back the way its users read it.
import fs from "node:fs";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { EDITOR_A, signedInPage } from "./helpers";

// The seed's published demo claim, with its FAO source.
const REPORT = "/desk/reports/claim/claim_demo_grain";
const FAO = "https://www.fao.org/faostat/en/#data/QCL";

const FORMATS = [
  ["csv", /\.csv$/, "text/csv; charset=utf-8"],
  ["json", /\.json$/, "application/json; charset=utf-8"],
  ["csl", /\.csl\.json$/, "application/vnd.citationstyles.csl+json; charset=utf-8"],
  ["bibtex", /\.bib$/, "application/x-bibtex; charset=utf-8"],
  ["ris", /\.ris$/, "application/x-research-info-systems; charset=utf-8"],
  ["md", /\.md$/, "text/markdown; charset=utf-8"],
] as const;

test("an editor downloads the demo claim's report in every format, each readable back", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto(REPORT);
  await expect(page.getByTestId("citation-report")).toContainText(FAO);
  const files: Record<string, string> = {};
  for (const [format, name, type] of FORMATS) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId(`download-${format}`).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pramaan-claim-claim_demo_grain-/);
    expect(download.suggestedFilename()).toMatch(name);
    files[format] = fs.readFileSync((await download.path()) ?? "", "utf8");
    const res = await page.request.get(`/api/reports/claim/claim_demo_grain?format=${format}`);
    expect(res.headers()["content-type"]).toBe(type);
  }
  const rows = parse(files.csv, { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.find((r) => r.row_type === "source")).toMatchObject({
    source_url: FAO,
    verdict_status: "PUBLISHED",
  });
  expect(rows[0].verdict_published_at).toMatch(/\+05:30$/);
  expect(JSON.parse(files.json).claims[0].id).toBe("claim_demo_grain");
  const csl = JSON.parse(files.csl) as { id: string; URL?: string }[];
  expect(csl.find((i) => i.URL === FAO)?.id).toMatch(/^evidence_/);
  type Item = { id: string; URL?: string; title?: string };
  const bib = new Cite(files.bibtex).data as Item[];
  expect(bib.map((i) => i.id)).toEqual(csl.map((i) => i.id));
  const ris = new Cite(files.ris).data as Item[];
  expect(ris.map((i) => i.URL)).toEqual(csl.map((i) => i.URL));
  // RIS IDs stop at 20 characters: long database ids become short stable ones, still distinct.
  expect(new Set(ris.map((i) => i.id)).size).toBe(csl.length);
  expect(ris.every((i) => i.id.length <= 20)).toBe(true);
  for (const items of [bib, ris]) {
    expect(items[0].title).toMatch(/\p{Script=Devanagari}/u);
  }
  expect(files.md).toContain(`](<${FAO}>)`);

  // Drafts are a separate ask, and the downloads follow it.
  await page.getByTestId("toggle-drafts").click();
  await expect(page.getByTestId("download-bibtex")).toHaveAttribute("href", /drafts=1/);
  const res = await page.request.get("/api/reports/claim/claim_demo_grain?format=pdf");
  expect(res.status()).toBe(400);
  await page.context().close();
});
