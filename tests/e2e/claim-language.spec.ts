// Issue 19 on the desk's claim screens: the list, a claim's page (header, sources, history) and the
// merge page speak the editor's language, one at a time, with no "हिंदी · English" double labels; the
// claim's own wording shows the page language's text first and marks the other with `lang`.
import { expect, type Page, test } from "@playwright/test";
import { EDITOR_A, signedInPage } from "./helpers";

const SHOTS = process.env.C_SHOTS ?? "test-results/screenshots";

async function inLanguage(page: Page, lang: "hi" | "en") {
  await page
    .context()
    .addCookies([{ name: "pramaan-lang", value: lang, url: new URL(page.url()).origin }]);
}

test("the claims list and a claim's page in Hindi, then in English", async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_A);
  await inLanguage(page, "hi");

  await page.goto("/desk/claims");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("दावे");
  const list = page.getByTestId("claims-list");
  await expect(list.getByRole("columnheader", { name: "दावा", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "छाँटें" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/claims-list-hi.png`, fullPage: true });

  await list.locator("tbody tr a").first().click();
  await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+$/);
  const claimPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { name: "ज़िक्र और श्रेय" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "स्रोत और प्रमाण" })).toBeVisible();
  const history = page.getByTestId("audit-trail");
  await expect(history.getByRole("heading", { name: "इतिहास" })).toBeVisible();
  // Every sentence is Hindi: the name takes "ने".
  const sentences = await history.getByTestId("history-sentence").allTextContents();
  expect(sentences.length).toBeGreaterThan(0);
  for (const s of sentences) expect(s).toContain(" ने ");
  await expect(page.getByTestId("claim-credits")).toContainText("दर्ज किया:");
  // An open claim's page offers the source form (the seed's first claim may be published).
  const form = page.getByTestId("evidence-form");
  if (await form.count()) {
    await expect(form.getByRole("heading", { name: "स्रोत जोड़ें" })).toBeVisible();
    // The source's day: the month by its Hindi name.
    await expect(form.getByTestId("ev-publishedAt-month")).toContainText("जुलाई");
  }
  await page.screenshot({ path: `${SHOTS}/claim-page-hi.png`, fullPage: true });

  await page.goto(`${claimPath}/merge`);
  // An open claim's merge page, or the note that only an open claim can be merged: in Hindi.
  await expect(page.locator("body")).toContainText(/दूसरे दावे में मिलाएँ|केवल जांच जारी/);

  await inLanguage(page, "en");
  await page.goto(claimPath);
  await expect(page.getByRole("heading", { name: "Sources and evidence" })).toBeVisible();
  await expect(
    page.getByTestId("audit-trail").getByRole("heading", { name: "History" }),
  ).toBeVisible();
  await expect(page.locator("main")).not.toContainText("स्रोत और प्रमाण");
  // The seed's claims have English wording: shown first on an English page, the Hindi marked.
  const other = page.getByTestId("claim-text-other");
  if (await other.count()) await expect(other).toHaveAttribute("lang", "hi");
  await page.screenshot({ path: `${SHOTS}/claim-page-en.png`, fullPage: true });
  await page.goto("/desk/claims");
  await page.screenshot({ path: `${SHOTS}/claims-list-en.png`, fullPage: true });
  await page.context().close();
});
