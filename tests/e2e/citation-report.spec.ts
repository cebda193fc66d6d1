// The report builder: scope a report with filters, see the preview, and download every format through
// the page's buttons; each file is read back the way its users read it. Also: the printable page hides
// the desk when printed, filters change the preview live, bad input is shown and kept, and a download
// shows progress and can be cancelled.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { reports } from "../../lib/i18n/messages/reports";
import { databaseUrl } from "./accounts";
import { EDITOR_A, publishOwnClaim, selectInArticle, signedInPage, unloggedSlice } from "./helpers";

// The seed's published demo claim, with its FAO source.
const BUILDER = "/desk/reports?claim=claim_demo_grain";
const FAO = "https://www.fao.org/faostat/en/#data/QCL";

const CONTENT_TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  csl: "application/vnd.citationstyles.csl+json; charset=utf-8",
  bibtex: "application/x-bibtex; charset=utf-8",
  ris: "application/x-research-info-systems; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
  pdf: "application/pdf",
};

const downloadButtons = (page: Page) =>
  page.getByTestId("report-downloads").locator('a[data-testid^="download-"]');

/** Logs a claim on art_001 and leaves it unpublished; returns its id. */
async function logDraftClaim(page: Page, textHi: string): Promise<string> {
  await page.goto("/desk/articles/art_001");
  await selectInArticle(page, await unloggedSlice(page, "किम", 40));
  await page.getByTestId("log-claim").click();
  await page.getByLabel(/checkable statement/).fill(textHi);
  await page.getByLabel(/The article itself/).check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

test("an editor previews the demo claim's report and downloads every format through the buttons", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto(BUILDER);
  const preview = page.getByTestId("report-preview");
  await expect(preview.getByTestId("report-title")).toContainText("“");
  await expect(preview.getByTestId("count-claims")).toHaveText("1");
  await expect(preview.getByTestId("status-PUBLISHED")).toHaveText("1");
  await expect(preview.getByTestId("first-claims").locator("a")).toHaveAttribute(
    "href",
    "/desk/claims/claim_demo_grain",
  );
  await expect(preview.getByTestId("rating-chart")).toContainText(/\d/);

  // Every format the server offers has a button (formats added later are downloaded too).
  const ids = await downloadButtons(page).evaluateAll((as) =>
    as.map((a) => (a.getAttribute("data-testid") ?? "").replace("download-", "")),
  );
  expect(ids).toEqual(expect.arrayContaining(Object.keys(CONTENT_TYPES)));
  const files: Record<string, string> = {};
  const paths: Record<string, string> = {};
  for (const id of ids) {
    const button = page.getByTestId(`download-${id}`);
    const ext = ((await button.locator("span").textContent()) ?? "").trim();
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^pramaan-claim-claim_demo_grain-/);
    expect(download.suggestedFilename().endsWith(ext)).toBe(true);
    paths[id] = (await download.path()) ?? "";
    files[id] = fs.readFileSync(paths[id], "utf8");
    // The progress bar reached the end for this download.
    await expect(page.getByTestId("download-progress")).toHaveAttribute("data-state", "done");
    await expect(page.getByTestId("download-progress")).toContainText("Done — 1 claim");
    if (CONTENT_TYPES[id]) {
      const res = await page.request.get(`/api/reports?claim=claim_demo_grain&format=${id}`);
      expect(res.headers()["content-type"]).toBe(CONTENT_TYPES[id]);
    }
  }
  const rows = parse(files.csv, { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.find((r) => r.row_type === "source")).toMatchObject({
    source_url: FAO,
    verdict_status: "PUBLISHED",
  });
  expect(rows[0].verdict_published_at).toMatch(/\+05:30$/);
  const json = JSON.parse(files.json) as {
    claims: { id: string; appearances: unknown[]; sources: unknown[] }[];
  };
  expect(json.claims[0].id).toBe("claim_demo_grain");
  // The preview counted what the download holds.
  await expect(preview.getByTestId("count-appearances")).toHaveText(
    String(json.claims[0].appearances.length),
  );
  await expect(preview.getByTestId("count-sources")).toHaveText(
    String(json.claims[0].sources.length),
  );
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
  // The ClaimReview feed: the published verdict, its claim in Devanagari.
  const feed = JSON.parse(files.claimreview) as {
    dataFeedElement: { item: Record<string, unknown>[] }[];
  };
  const review = feed.dataFeedElement
    .flatMap((e) => e.item)
    .find((n) => n["@type"] === "ClaimReview");
  expect(review?.claimReviewed).toMatch(/\p{Script=Devanagari}/u);
  expect(review?.url).toMatch(/\/claims\/russia-2017-grain-world-record-demo$/);
  // The PDF: its text layer holds the claim as written (poppler's pdftotext reads it back).
  expect(fs.readFileSync(paths.pdf).subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", [paths.pdf, "-"], { encoding: "utf8" });
  expect(text.normalize("NFC")).toContain("अनाज");

  // Drafts are a separate ask: the address, the downloads and the note follow it.
  await page.getByTestId("toggle-drafts").click();
  await expect(page).toHaveURL(/drafts=1/);
  await expect(page.getByTestId("download-bibtex")).toHaveAttribute("href", /drafts=1/);
  await expect(page.getByTestId("drafts-note")).toContainText("Drafts are included");
  const res = await page.request.get("/api/reports?claim=claim_demo_grain&format=doc");
  expect(res.status()).toBe(400);
  await page.screenshot({ path: "test-results/report-builder.png", fullPage: true });
  await page.context().close();
});

test("the printable page shows the report and, printed, not the desk around it", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto(BUILDER);
  await page.getByTestId("print-link").click();
  await expect(page).toHaveURL(/\/desk\/reports\/print\?claim=claim_demo_grain/);
  const report = page.getByTestId("citation-report");
  await expect(report).toContainText(FAO);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner").first()).toBeHidden();
  await expect(page.getByTestId("signed-in-as")).toBeHidden();
  await expect(page.getByRole("button", { name: /Print/ })).toBeHidden();
  await expect(report).toBeVisible();
  await page.screenshot({ path: "test-results/report-print.png", fullPage: true });
  await page.context().close();
});

test("filters change the preview as they are changed; a bad date is shown and kept", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  const text = `रिपोर्ट बिल्डर का मसौदा दावा ${Math.random().toString(36).slice(2, 8)}`;
  const claimId = await logDraftClaim(page, text);
  await page.goto(`/desk/reports?claim=${claimId}`);
  const preview = page.getByTestId("report-preview");
  // Unpublished: not in a report of published work…
  await expect(preview.getByTestId("count-claims")).toHaveText("0");
  await expect(preview.getByTestId("no-claims")).toBeVisible();
  // …and there once drafts are asked for, without a reload (once the form is hydrated).
  await expect(page.locator("[data-testid=report-filters][data-ready=true]")).toBeVisible();
  await page.getByTestId("toggle-drafts").check();
  await expect(page).toHaveURL(/drafts=1/);
  await expect(preview.getByTestId("count-claims")).toHaveText("1");
  await expect(preview.getByTestId("status-OPEN")).toHaveText("1");
  await expect(preview.getByTestId("first-claims")).toContainText(text);
  await page.getByTestId("filter-status").selectOption("PUBLISHED");
  await expect(page).toHaveURL(/status=PUBLISHED/);
  await expect(preview.getByTestId("count-claims")).toHaveText("0");
  await page.getByTestId("filter-status").selectOption("OPEN");
  await expect(preview.getByTestId("count-claims")).toHaveText("1");

  // A day that does not exist, typed into the date field (day, month by name, year): the field says
  // so, the server refuses it, and the typing stays.
  await page.getByTestId("filter-from-day").fill("31");
  await page.getByTestId("filter-from-month").selectOption({ label: "February" });
  await page.getByTestId("filter-from-year").fill("2023");
  await page.getByTestId("filter-from-year").press("Tab");
  await expect(page.getByText("February 2023 has no day 31.")).toBeVisible();
  await expect(page).toHaveURL(/from=2023-02-31/);
  await expect(page.getByTestId("preview-invalid")).toBeVisible();
  await expect(page.getByTestId("filter-from-day")).toHaveValue("31");
  await expect(page.getByTestId("filter-from-day")).toHaveAttribute("aria-invalid", "true");
  // The address holds it too: reloading (or sharing the link) shows the same.
  await page.reload();
  await expect(page.getByTestId("filter-from-day")).toHaveValue("31");
  await expect(page.getByTestId("filter-from-month")).toHaveValue("2");
  await expect(page.getByTestId("filter-from-year")).toHaveValue("2023");
  await expect(page.getByTestId("preview-invalid")).toBeVisible();
  await expect(page.locator("[data-testid=report-filters][data-ready=true]")).toBeVisible();
  await page.getByTestId("filter-from-day").fill("");
  await page.getByTestId("filter-from-month").selectOption("");
  await page.getByTestId("filter-from-year").fill("");
  await expect(preview.getByTestId("count-claims")).toHaveText("1");

  // An entity is picked by its name, not its id; the preview's title names it. The draft's speaker
  // is the article itself and art_001 has no outlet, so BBC's report does not hold it.
  const entityPicker = page.getByTestId("filter-entity");
  await entityPicker.getByRole("combobox").fill("BBC");
  await entityPicker
    .getByRole("option", { name: /बीबीसी/ })
    .first()
    .click();
  await expect(page).toHaveURL(/entity=ent_bbc/);
  await expect(preview).toContainText("involving BBC");
  await expect(preview.getByTestId("count-claims")).toHaveText("0");
  await entityPicker.getByRole("button", { name: /change/ }).click();
  await expect(preview.getByTestId("count-claims")).toHaveText("1");

  // The menu's "Reports" starts afresh; going back brings the filters back into the form.
  await page.getByRole("banner").getByRole("link", { name: "Reports" }).click();
  await expect(page).toHaveURL(/\/desk\/reports$/);
  await expect(page.getByTestId("filter-claim")).toHaveValue("");
  await expect(page.getByTestId("toggle-drafts")).not.toBeChecked();
  await page.goBack();
  await expect(page.getByTestId("filter-claim")).toHaveValue(claimId);
  await expect(page.getByTestId("filter-status")).toHaveValue("OPEN");
  await expect(page.getByTestId("toggle-drafts")).toBeChecked();
  await page.context().close();
});

test("a download shows its progress and can be cancelled; a signed-out download says so", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto(BUILDER);
  // Hold the download's request until the test lets it go, so Cancel is pressed while it is running.
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route(/\/api\/reports\?/, async (route) => {
    await held;
    await route.continue().catch(() => {}); // the browser may have dropped it already
  });
  await page.getByTestId("download-json").click();
  const progress = page.getByTestId("download-progress");
  await expect(progress).toHaveAttribute("data-state", "running");
  await expect(progress).toContainText("0 of 1 claim");
  await page.getByTestId("download-cancel").click();
  await expect(progress).toHaveAttribute("data-state", "cancelled");
  await expect(progress).toContainText("Cancelled");
  release();
  await page.unroute(/\/api\/reports\?/);

  // No connection: said plainly.
  await page.route(/\/api\/reports\?/, (route) => route.abort("connectionrefused"));
  await page.getByTestId("download-md").click();
  await expect(progress).toHaveAttribute("data-state", "failed");
  await expect(page.getByTestId("download-error")).toContainText("could not be reached");
  await page.unroute(/\/api\/reports\?/);

  // Signed out in another tab: the download explains, rather than saving an error as a file.
  await page.context().clearCookies();
  await page.getByTestId("download-csv").click();
  await expect(progress).toHaveAttribute("data-state", "failed");
  await expect(page.getByTestId("download-error")).toContainText("signed out");
  await page.context().close();
});

test("without JavaScript the builder is a plain GET form and its downloads plain links", async ({
  browser,
}) => {
  const signedIn = await signedInPage(browser, EDITOR_A);
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(await signedIn.context().cookies());
  const page = await context.newPage();
  await page.goto("/desk/reports");
  await page.getByTestId("filter-claim").fill("claim_demo_grain");
  await page.getByRole("button", { name: "Update preview" }).click();
  await expect(page).toHaveURL(/claim=claim_demo_grain/);
  await expect(page.getByTestId("count-claims")).toHaveText("1");
  await expect(page.getByTestId("download-csv")).toHaveAttribute(
    "href",
    "/api/reports?claim=claim_demo_grain&format=csv&lang=en",
  );
  await context.close();
  await signedIn.context().close();
});

test("a large report counts up while it downloads, and Cancel stops the server's stream", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // 20,000 open claims under a topic of their own: written straight into the database, since logging
  // them one by one through the desk would take the whole test's time.
  const topic = `bulk-${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  await client.query(
    `INSERT INTO "Claim" (id, slug, "textHi", topic, status, "createdById", "updatedAt")
     SELECT $1 || '_' || lpad(g::text, 5, '0'), $1 || '-' || g, 'थोक दावा ' || g, $1, 'OPEN',
            (SELECT id FROM "User" WHERE email = $2), now()
     FROM generate_series(1, 20000) g`,
    [topic, EDITOR_A.email],
  );
  await client.end();

  const page = await signedInPage(browser, EDITOR_A);
  await page.goto(`/desk/reports?topic=${topic}&drafts=1`);
  await expect(page.getByTestId("count-claims")).toHaveText("20,000");
  const progress = page.getByTestId("download-progress");

  // Cancel once some claims are written: the page says so, and the server's export says so too.
  await page.getByTestId("download-csv").click();
  await expect(progress).toContainText(/CSV: [1-9][\d,]* of 20,000 claims/);
  await page.screenshot({ path: "test-results/report-progress.png" });
  await page.getByTestId("download-cancel").click();
  await expect(progress).toHaveAttribute("data-state", "cancelled");
  const token = (await progress.getAttribute("data-token")) ?? "";
  await expect
    .poll(async () => (await page.request.get(`/api/reports/progress?token=${token}`)).json())
    .toMatchObject({ state: "cancelled", total: 20000 });
  const stopped = (await (
    await page.request.get(`/api/reports/progress?token=${token}`)
  ).json()) as {
    written: number;
  };
  expect(stopped.written).toBeLessThan(20000);

  // The whole report, to the end.
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download-json").click(),
  ]);
  const text = fs.readFileSync((await download.path()) ?? "", "utf8");
  const json = JSON.parse(text) as {
    claims: unknown[];
  };
  expect(json.claims).toHaveLength(20000);
  await expect(progress).toContainText("Done — 20,000 claims");
  console.log(
    `[report-builder] 20,000-claim JSON (${Buffer.byteLength(text)} bytes) through the builder in ${Date.now() - started} ms`,
  );
  await page.context().close();
});

test("the builder says which date a range is on, offers the article's date, and the heading states it", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  // The demo claim's article is known by its event day, 13 Sep 2023 (the server runs in New York:
  // playwright.config.ts; the day must not move).
  await page.goto("/desk/reports?claim=claim_demo_grain&from=2023-09-13&to=2023-09-13");
  const preview = page.getByTestId("report-preview");
  const dateOn = page.getByLabel(/Filter on/);
  await expect(dateOn).toHaveValue("article");
  await expect(dateOn.locator("option")).toHaveText([
    "Article date",
    "Fact-check publication date",
    "Date logged",
  ]);
  // The range's days, in the date field's parts (the month by its name, in the page's language).
  await expect(page.getByTestId("filter-from-day")).toHaveValue("13");
  await expect(page.getByTestId("filter-from-month").locator("option:checked")).toHaveText(
    "September",
  );
  await expect(preview.getByTestId("report-title")).toContainText("article dates 13 Sep 2023");
  await expect(preview.getByTestId("count-claims")).toHaveText("1");
  await expect(page.getByTestId("download-csv")).toHaveAttribute("href", /on=article/);

  // On when the desk logged it (the seed logs it today), the same day finds nothing, and says why.
  await expect(page.locator("[data-testid=report-filters][data-ready=true]")).toBeVisible();
  await dateOn.selectOption("logged");
  await expect(page).toHaveURL(/on=logged/);
  await expect(preview.getByTestId("report-title")).toContainText("logged 13 Sep 2023");
  await expect(preview.getByTestId("count-claims")).toHaveText("0");
  await expect(page.getByTestId("download-csv")).toHaveAttribute("href", /on=logged/);
  await page.context().close();
});

/** LibreOffice's reading of an XLSX, as CSV text (its cells as shown, dates in ISO form). */
function xlsxAsLibreOfficeSees(file: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-e2e-lo-"));
  try {
    fs.copyFileSync(file, path.join(dir, "report.xlsx"));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        // UTF-8 (76), comma, double quote, from line 1; "as shown" keeps the sheet's date formats.
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
        "--outdir",
        dir,
        path.join(dir, "report.xlsx"),
      ],
      { timeout: 90_000 },
    );
    return fs.readFileSync(path.join(dir, "report.csv"), "utf8");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("a retracted fact check: the builder's XLSX and CSV both say so on its rows", async ({
  browser,
}) => {
  // Its own claim, rated "True", published, then retracted by two editors (no one else's data).
  const tag = Math.random().toString(36).slice(2, 8);
  const { asha, ravi, claimPath } = await publishOwnClaim(browser, {
    text: `रिपोर्ट में वापस लिया गया दावा ${tag}`,
    sourceUrl: `https://example.org/report-retraction/${tag}`,
  });
  const claimId = claimPath.split("/").pop() ?? "";
  const NOTE = `स्रोत गलत निकला (${tag})`;
  await asha.reload();
  await asha.getByText("Retract this fact check").click();
  await asha.getByLabel(/Why it is retracted/).fill(NOTE);
  await asha.getByRole("button", { name: /Ask a second editor to retract/ }).click();
  await expect(asha.getByTestId("pending-retraction")).toContainText(NOTE);
  await ravi.reload();
  await ravi.getByRole("button", { name: /Approve the retraction/ }).click();
  await expect(ravi.getByTestId("retracted")).toBeVisible();
  await ravi.context().close();

  // The editor downloads both spreadsheets from the builder, as she would.
  await asha.goto(`/desk/reports?claim=${claimId}`);
  const saved: Record<string, string> = {};
  for (const id of ["xlsx", "csv"]) {
    const [download] = await Promise.all([
      asha.waitForEvent("download"),
      asha.getByTestId(`download-${id}`).click(),
    ]);
    expect(download.suggestedFilename().endsWith(`.${id}`)).toBe(true);
    saved[id] = (await download.path()) ?? "";
  }
  // The XLSX heads its columns in the page's language (English here): read back under the CSV's names.
  const headings = reports.en.xlsx.columns as Record<string, string>;
  const byHeading = new Map(
    Object.entries(headings).map(([key, heading]) => [
      heading,
      key.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`),
    ]),
  );
  const fromXlsx = parse(xlsxAsLibreOfficeSees(saved.xlsx), {
    columns: (header: string[]) => header.map((h) => byHeading.get(h) ?? h),
  }) as Record<string, string>[];
  const fromCsv = parse(fs.readFileSync(saved.csv, "utf8"), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  for (const rows of [fromXlsx, fromCsv]) {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(row).toMatchObject({
        claim_id: claimId,
        rating_en: "True",
        retraction_note_hi: NOTE,
        latest_correction_kind: "RETRACTION",
        corrections_count: "1",
      });
  }
  // The XLSX's yes/no is a boolean, its retraction time a date-time cell; the CSV writes them as data.
  expect(fromXlsx[0].retracted).toBe("TRUE");
  expect(fromXlsx[0].retracted_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  expect(fromCsv[0].retracted).toBe("yes");
  expect(fromCsv[0].retracted_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30$/);
  await asha.context().close();
});
