// Logging the same claim twice from two articles: the log page offers the claim logged from art_000
// as the top match for art_001's wording of it, attaching makes one claim with two appearances, and
// the import report's link preselects its claim.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage } from "./helpers";

const SHELLS_000 = "नॉर्थ कोरिया के पास लाखों की संख्या में आर्टिलेरी शेल और रॉकेट हैं";
const SHELLS_001 = "उत्तर कोरिया के पास लाखों की संख्या में आर्टिलेरी शेल और रॉकेट हैं";
const GRAIN_001 = "रूस 2017 में ही दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है";
fs.mkdirSync("test-results", { recursive: true });

test("a claim logged from art_000 is the top match in art_001, and attaching adds an appearance", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/art_000");
  await selectInArticle(page, SHELLS_000);
  await page.getByTestId("log-claim").click();
  await expect(page.getByTestId("selected-quote")).toContainText(SHELLS_000);
  await page.getByLabel("The article itself (no one named)").check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(page.url()).pathname;

  await page.goto("/desk/articles/art_001");
  await selectInArticle(page, SHELLS_001);
  await page.getByTestId("log-claim").click();
  const matches = page.getByTestId("claim-matches");
  await expect(matches).toContainText("Already logged?");
  await expect(page.getByTestId("match-new").getByRole("radio")).toBeChecked();
  const top = matches.getByTestId("claim-match").first();
  await expect(top).toContainText(SHELLS_000);
  await expect(top).toContainText("open");
  await expect(top.getByRole("link", { name: "open the claim" })).toHaveAttribute(
    "href",
    claimPath,
  );
  // The published 2017 grain claim shares no words with this passage: it is not offered.
  await expect(matches).not.toContainText("अनाज");

  // The search box answers (the ranked claim itself is not listed twice).
  await page.getByLabel("Find another open claim by its words").fill("आर्टिलरी शेल");
  await expect(matches.getByRole("status")).toContainText(/open claims? found/);

  await top.getByRole("radio").check();
  // Another appearance keeps the claim's wording: the wording fields are gone.
  await expect(page.getByLabel(/checkable statement/)).toHaveCount(0);
  await page.getByLabel("The article itself (no one named)").check();
  await page.screenshot({ path: "test-results/claim-match.png", fullPage: true });
  await page.getByRole("button", { name: /Log claim/ }).click();

  await expect(page).toHaveURL(claimPath);
  const appearances = page.getByTestId("appearances");
  await expect(appearances.locator(":scope > li")).toHaveCount(2);
  await expect(appearances).toContainText(SHELLS_001);

  // The grain record of art_001 is the seeded published claim: shown, not attachable, and why.
  await page.goto("/desk/articles/art_001");
  await selectInArticle(page, GRAIN_001);
  await page.getByTestId("log-claim").click();
  const grain = page.getByTestId("claim-match").filter({ hasText: "अनाज" }).first();
  await expect(grain).toContainText("published");
  await expect(grain).toContainText("Not attachable: published");
  await expect(grain.getByRole("radio")).toBeDisabled();
  await page.screenshot({ path: "test-results/claim-match-published.png", fullPage: true });
});

test("an uploaded article that repeats an open claim links to logging it as another appearance", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/art_002");
  const quote = "किम की कोरोना के बाद यह पहला विदेशी दौरा है";
  await selectInArticle(page, quote);
  await page.getByTestId("log-claim").click();
  await page.getByLabel("The article itself (no one named)").check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(page.url()).pathname;

  // From an unrelated passage, the search box finds the open claim by two of its words.
  await page.goto("/desk/articles/art_001/log?start=0&end=40");
  await page.getByLabel("Find another open claim by its words").fill("कोरोना विदेशी");
  const results = page.getByTestId("claim-search-results");
  await expect(results).toContainText(quote);
  await expect(page.getByTestId("claim-matches").getByRole("status")).toHaveText(
    /^[1-8] open claims? found$/,
  );
  await results.getByRole("radio").first().check();
  await expect(page.getByLabel(/checkable statement/)).toHaveCount(0);

  const tag = Date.now().toString(36);
  await page.goto("/desk/articles/new");
  await page.getByLabel(/^Files/).setInputFiles({
    name: `dobara-${tag}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(
      `किम की यात्रा पर एक और रिपोर्ट ${tag}\n\nकिम जोंग उन और पुतिन की 2019 के बाद यह पहली मुलाकात होने जा रही है. ${quote}।\n`,
    ),
  });
  await page.getByRole("button", { name: "Import 1 file" }).click();
  const logged = page.getByTestId("already-logged");
  // Matching runs after the upload returns; the report asks until it is done.
  await expect(logged).toContainText(/passages? looks? like/, { timeout: 30_000 });
  await logged.locator("summary").click();
  await page.screenshot({
    path: "test-results/screenshots/upload-already-logged.png",
    fullPage: true,
  });
  const item = logged.getByRole("listitem").filter({ hasText: quote });
  await expect(item.getByRole("link", { name: quote })).toHaveAttribute("href", claimPath);
  await item.getByRole("link", { name: "Log this passage as another appearance" }).click();

  // The log page opens on that passage with the claim chosen: the wording fields are hidden.
  await expect(page.getByTestId("selected-quote")).toContainText(quote);
  const chosen = page.getByTestId("claim-match").first();
  await expect(chosen).toContainText(quote);
  await expect(chosen.getByRole("radio")).toBeChecked();
  await expect(page.getByLabel(/checkable statement/)).toHaveCount(0);
  await page.getByLabel("The article itself (no one named)").check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(claimPath);
  await expect(page.getByTestId("appearances").locator(":scope > li")).toHaveCount(2);
});
