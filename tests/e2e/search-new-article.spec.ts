// Issue 17, item 1: an article pasted on the desk is found by the desk's search and the articles
// list's word filter at once, with the server still running since before it was added (it used to
// wait for the next restart's backfill of its search text).
import { expect, test } from "@playwright/test";
import { EDITOR_A, signedInPage } from "./helpers";

// Latin letters only: a word no seed row holds, folded as typed.
const tag = `zq${Math.random().toString(36).slice(2, 8).replace(/\d/g, "k")}`;
const TITLE = `चिपकाया गया लेख ${tag}`;

test("an article pasted on the desk is found in /desk/search without a restart", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/new");
  const form = page.getByTestId("article-add-form");
  await form.getByLabel("Title").fill(TITLE);
  await form
    .getByLabel("Text of the article")
    .fill(`नगर निगम ने कहा कि सड़क का काम अगले महीने पूरा होगा।\n\nयह ${tag} का परीक्षण है।`);
  await form.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[^/]+$/);
  const articleUrl = new URL(page.url()).pathname;

  // The desk header's search box, then "In: Articles".
  const box = page.getByRole("searchbox", { name: "Search" });
  await box.fill(tag);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/desk\/search\?q=/);
  // The "In" select (its label also holds its options' text, so it is found by its field name).
  await page.getByTestId("list-filters").locator('select[name="type"]').selectOption("articles");
  await page.getByTestId("list-filters").getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=articles/);
  const results = page.getByTestId("search-results").locator("li");
  await expect(results).toHaveCount(1);
  await expect(results.locator("mark")).toHaveText([tag]);
  await page.screenshot({ path: "/tmp/shots/A/desk-search-new-article.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/shots/A/desk-search-new-article-390.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await results.getByRole("link").click();
  await expect(page).toHaveURL(articleUrl);

  // The articles list's word filter finds it too.
  await page.goto(`/desk/articles?q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId("articles-list")).toContainText(TITLE);
});
