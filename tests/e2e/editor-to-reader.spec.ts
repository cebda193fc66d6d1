import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import {
  addSource,
  EDITOR_A,
  EDITOR_B,
  renderedFonts,
  selectInArticle,
  signedInPage,
  WHOLE_APP,
} from "./helpers";

const TRAIN_QUOTE = "वो 59 किलोमीटर प्रति घंटा की रफ्तार से ज्यादा तेज नहीं चल पाती है";
const SOURCE_URL = "https://example.org/bbc/kim-jong-un-armoured-train";
const SHOTS = "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });

test.describe.configure({ mode: "serial" });

let claimPath = "";
let publicPath = "";

test("editor A logs the 59 km/h claim with speaker BBC, cites a source, drafts a verdict and submits it", {
  tag: WHOLE_APP,
}, async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.getByRole("link", { name: /रूसी राष्ट्रपति पुतिन से मिले किम जोंग/ }).click();
  await expect(page.getByTestId("article-body")).toContainText("बख्तरबंद ट्रेन");

  await selectInArticle(page, TRAIN_QUOTE);
  await page.getByTestId("log-claim").click();
  await expect(page.getByTestId("selected-quote")).toContainText(TRAIN_QUOTE);
  await expect(page.getByLabel(/checkable statement/)).toHaveValue(TRAIN_QUOTE);

  await page
    .getByLabel(/checkable statement/)
    .fill("किम जोंग उन की बख्तरबंद ट्रेन 59 किलोमीटर प्रति घंटा से तेज नहीं चल सकती।");
  await page
    .getByLabel(/In English/)
    .fill("Kim Jong Un's armoured train cannot go faster than 59 km/h");
  await page.getByLabel("Topic (optional)").fill("train");
  const speaker = page.getByTestId("speaker");
  await speaker.getByRole("combobox").fill("BBC");
  await speaker.getByRole("option").filter({ hasText: "बीबीसी" }).click();
  await expect(page.getByTestId("speaker-chosen")).toContainText("बीबीसी");
  await page.getByTestId("speaker-cue").fill("BBC के मुताबिक");
  await page.screenshot({ path: `${SHOTS}/log-claim-form.png`, fullPage: true });
  await page.getByRole("button", { name: /Log claim/ }).click();

  await expect(page).toHaveURL(/\/desk\/claims\//);
  claimPath = new URL(page.url()).pathname;
  publicPath = (await page.getByTestId("claim-slug").textContent())!.trim();
  await expect(page.getByTestId("attribution-chain")).toContainText("BBC"); // the desk reads English

  // A bad source is refused with reasons, and nothing typed is lost.
  const form = page.getByTestId("evidence-form");
  await form.getByLabel("Address (URL)").fill("bbc kim train");
  await form.getByLabel("Publisher").fill("BBC News");
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(form.getByText(/full address of the source/)).toBeVisible();
  await expect(form.getByText(/Give the source's title/)).toBeVisible();
  await expect(form.getByLabel("Publisher")).toHaveValue("BBC News");
  await expect(form.getByLabel("Address (URL)")).toHaveValue("bbc kim train");

  // The publisher typed before the refusal is still in the form and is saved with the source.
  await addSource(page, {
    url: SOURCE_URL,
    title: "Kim Jong Un's armoured train: what we know",
    stance: "SUPPORTS",
    quote: "The train travels at a maximum of 59 km/h (37 mph)",
  });

  const verdict = page.getByTestId("verdict-form");
  await verdict.getByLabel(/Rating/).selectOption({ label: "Mostly true" });
  await verdict
    .getByLabel(/One-line summary \(Hindi\)/)
    .fill("बीबीसी समेत कई रिपोर्टें ट्रेन की अधिकतम रफ्तार करीब 59 किमी/घंटा बताती हैं।");
  await verdict
    .getByLabel(/Rationale/)
    .fill(
      "ट्रेन की रफ्तार के बारे में उत्तर कोरिया आधिकारिक जानकारी नहीं देता, पर बीबीसी और दक्षिण कोरियाई मीडिया की रिपोर्टें 59 किमी/घंटा बताती हैं।",
    );
  await verdict.getByRole("button", { name: /Submit for review/ }).click();

  await expect(page.getByTestId("claim-status")).toHaveText("In review");
  // The author may not approve their own verdict: no review controls, only a note.
  await expect(page.getByTestId("awaiting-review")).toBeVisible();
  await expect(page.getByTestId("review-panel")).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/desk-claim-in-review.png`, fullPage: true });

  // Before publication the verdict page does not exist for readers. (Readers here read in Hindi,
  // the site's first language: the addresses have no /en.)
  const anon = await browser.newContext({ locale: "hi-IN" });
  expect((await anon.request.get(publicPath)).status()).toBe(404);
  // A reader reads the article now: the front cache keeps this copy, without the highlight.
  const early = await anon.newPage();
  await early.goto("/articles/art_000");
  await early.goto("/articles/art_000");
  await expect(early.locator("mark.claim", { hasText: "59 किलोमीटर" })).toHaveCount(0);
  await anon.close();
  await page.context().close();
});

test("editor B reviews and publishes it", { tag: WHOLE_APP }, async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_B);
  await expect(page.getByTestId("review-count")).toHaveText("1"); // Asha's verdict waits for him
  await page.getByRole("link", { name: /Review queue/ }).click();
  await page
    .getByTestId("review-queue")
    .getByRole("link", { name: /59 किलोमीटर/ })
    .click();
  await expect(page).toHaveURL(claimPath);
  await page.getByRole("button", { name: /Approve and publish/ }).click();
  await page.getByRole("button", { name: /Publish now/ }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("Published");
  await expect(page.getByTestId("verdict-summary")).toContainText("reviewed by Ravi Kumar");
  await page.context().close();
});

test("an anonymous reader sees the verdict page with ClaimReview JSON-LD, in the app's Devanagari font", {
  tag: WHOLE_APP,
}, async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "hi-IN" })).newPage();
  await page.goto("/");
  await page.screenshot({ path: `${SHOTS}/public-home.png`, fullPage: true });
  await page.getByRole("link", { name: /59 किलोमीटर/ }).click();
  await expect(page).toHaveURL(publicPath);
  await expect(page.getByTestId("claim-text")).toHaveText(/59 किलोमीटर/);
  await expect(page.getByTestId("rating-badge")).toContainText("अधिकांशतः सत्य");
  await expect(page.getByTestId("appearances")).toContainText(TRAIN_QUOTE);
  await expect(page.getByTestId("attribution-chain")).toContainText("बीबीसी");
  await expect(page.getByTestId("sources")).toContainText(
    "Kim Jong Un's armoured train: what we know",
  );
  await expect(page.getByTestId("review-credits")).toContainText("समीक्षा: Ravi Kumar");

  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  );
  expect(jsonLd["@type"]).toBe("ClaimReview");
  expect(jsonLd.claimReviewed).toContain("59 किलोमीटर");
  expect(jsonLd.reviewRating).toMatchObject({
    alternateName: "अधिकांशतः सत्य",
    ratingValue: 4,
    bestRating: 5,
    worstRating: 1,
  });
  expect(jsonLd.itemReviewed.author.name).toBe("बीबीसी");
  expect(jsonLd.url).toContain(publicPath);

  const fonts = await renderedFonts(page, "[data-testid=claim-text]");
  expect(fonts).toContain("Noto Sans Devanagari");
  await page.screenshot({ path: `${SHOTS}/public-verdict.png`, fullPage: true });

  // A full page load is answered from the front cache, and is the same page.
  await page.goto(publicPath);
  const again = await page.goto(publicPath);
  expect(again!.headers()["x-pramaan-cache"]).toBe("HIT");
  await expect(page.getByTestId("rating-badge")).toContainText("अधिकांशतः सत्य");

  // The article page highlights the published claim where it appears (client-side navigation)…
  await page.getByTestId("appearances").getByRole("link").first().click();
  const mark = page.locator("mark.claim", { hasText: "59 किलोमीटर" });
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText(TRAIN_QUOTE);
  // …and on a full load, although a reader loaded this page before the claim was published
  // (the first test): publishing purged the cached copy.
  await page.goto("/articles/art_000");
  await expect(page.locator("mark.claim", { hasText: "59 किलोमीटर" })).toHaveText(TRAIN_QUOTE);
  await page.screenshot({ path: `${SHOTS}/public-article.png`, fullPage: true });
  await page.context().close();
});

test("an editor exports the citation report as CSV with the claim and its source", {
  tag: WHOLE_APP,
}, async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto(claimPath);
  await page.getByRole("link", { name: "Citation report" }).click();
  // The claim's page opens the report builder scoped to it; its printable page lists the source.
  await expect(page).toHaveURL(/\/desk\/reports\?claim=/);
  await page.screenshot({ path: `${SHOTS}/report-builder.png`, fullPage: true });
  await page.getByTestId("print-link").click();
  await expect(page.getByTestId("citation-report")).toContainText(SOURCE_URL);
  await page.screenshot({ path: `${SHOTS}/citation-report.png`, fullPage: true });
  await page.goBack();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download-csv").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pramaan-claim-.*\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
  const appearance = rows.find((r) => r.row_type === "appearance")!;
  const source = rows.find((r) => r.row_type === "source")!;
  expect(appearance.claim_en).toBe("Kim Jong Un's armoured train cannot go faster than 59 km/h");
  expect(appearance.quote).toBe(TRAIN_QUOTE);
  expect(appearance.speaker).toBe("बीबीसी");
  expect(appearance.rating_hi).toBe("अधिकांशतः सत्य");
  expect(source.source_url).toBe(SOURCE_URL);
  expect(source.source_publisher).toBe("BBC News");
  expect(source.stance).toBe("SUPPORTS");
  await page.context().close();
});
