// An editor logs a claim that says "नॉर्थ कोरिया … आर्टिलेरी" and finds it from the desk header's
// search box by another spelling, "उत्तर कोरिया … ऑर्टिलरी", with the matched words marked; a
// reader's search does not find it while it is a draft.
import { expect, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage, unloggedSlice } from "./helpers";

const tag = Math.random().toString(36).slice(2, 8);

test("desk search finds a claim by a spelling variant", async ({ browser, request }) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/art_001");
  await selectInArticle(page, await unloggedSlice(page, "किम", 40));
  await page.getByTestId("log-claim").click();
  await page.getByLabel(/checkable statement/).fill(`नॉर्थ कोरिया के पास आर्टिलेरी शेल हैं ${tag}`);
  await page.getByLabel(/The article itself/).check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  const claimUrl = new URL(page.url()).pathname;

  const box = page.getByRole("searchbox", { name: "Search" });
  await box.fill(`उत्तर कोरिया ऑर्टिलरी ${tag}`);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/desk\/search\?q=/);
  const results = page.getByTestId("search-results").locator("li");
  await expect(results).toHaveCount(1);
  await expect(results.locator("mark")).toHaveText(["नॉर्थ", "कोरिया", "आर्टिलेरी", tag]);
  // The search kept as a report: the builder opens with the same words; with drafts asked for, it
  // holds this claim and nothing else.
  await page.getByTestId("search-report").click();
  await expect(page).toHaveURL(/\/desk\/reports\?q=/);
  // Hydrated first: a tick before then reaches no live preview.
  await expect(page.locator("[data-testid=report-filters][data-ready=true]")).toBeVisible();
  await page.getByTestId("toggle-drafts").check();
  await expect(page.getByTestId("report-preview").getByTestId("count-claims")).toHaveText("1");
  await expect(page.getByTestId("first-claims")).toContainText(`आर्टिलेरी शेल हैं ${tag}`);
  await page.goBack(); // the builder replaces its address as filters change: one step back
  await expect(page).toHaveURL(/\/desk\/search\?q=/);
  await results.getByRole("link").click();
  await expect(page).toHaveURL(claimUrl);

  // Readers: the same words find nothing while the claim is a draft.
  const pub = await request.get(`/search?q=${encodeURIComponent(`उत्तर कोरिया ${tag}`)}`);
  expect(pub.status()).toBe(200);
  expect(await pub.text()).not.toContain("आर्टिलेरी शेल हैं");
});
