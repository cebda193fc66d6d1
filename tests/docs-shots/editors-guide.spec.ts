// Walks the desk as an editor and saves the pictures docs/editors-guide.md shows. Read-only: it
// opens forms but saves nothing, so it can run against any seeded database. Pictures are PNG, the
// visible window 1280 × 800 (a whole long page would be a large file), each under ~250 KB.
import { expect, type Page, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage } from "../e2e/helpers";

const DEMO_CLAIM_SLUG = "russia-2017-grain-world-record-demo";
const DEMO_TEXT_HI = "रूस ने 2017 में दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बनाया।";

/** Saves the visible window (not the whole page: long pages would make large files). */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `docs/images/${name}.png` });
}

test("the desk as an editor sees it", async ({ browser }) => {
  // Readers' side first: what a published fact check looks like.
  const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await reader.goto(`/claims/${DEMO_CLAIM_SLUG}`);
  await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
  await shot(reader, "verdict-page");
  await reader.goto("/");
  await shot(reader, "home");
  await reader.close();

  const asha = await signedInPage(browser, EDITOR_A);
  await asha.setViewportSize({ width: 1280, height: 800 });

  await asha.goto("/desk/articles");
  await shot(asha, "desk-articles");

  await asha.goto("/desk/articles/new");
  await shot(asha, "add-articles");

  // The reader with the spotter's suggestions, then a selection and the log form it opens.
  await asha.goto("/desk/articles/art_002");
  await expect(asha.getByTestId("article-body")).toBeVisible();
  await shot(asha, "desk-reader");
  await selectInArticle(asha, "पुतिन की 2019 के बाद यह पहली मुलाकात होने जा रही है");
  await asha.getByTestId("log-claim").click();
  await expect(asha).toHaveURL(/\/log\?/);
  await shot(asha, "log-claim");

  // The finished demo fact check on the desk: appearances, chain, sources, verdict, history.
  await asha.goto("/desk/claims/claim_demo_grain");
  await expect(asha.getByText(DEMO_TEXT_HI).first()).toBeVisible();
  await shot(asha, "desk-claim");

  // The review queue and the inbox are empty on a fresh start (the demo check is published), so
  // they are described in words, not pictured.
  await asha.goto("/desk/entities");
  await shot(asha, "entity-registry");
  await asha.goto("/desk/search?q=किम&type=articles");
  await shot(asha, "desk-search");
  await asha.goto(`/desk/reports?claim=claim_demo_grain`);
  await shot(asha, "report-builder");
});
