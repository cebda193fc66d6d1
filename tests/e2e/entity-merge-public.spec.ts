// Issue 7's story across the desk and the public site: two registry entries for one speaker each
// carry a published fact check; an editor merges them and a second editor approves the merge from
// the review queue (issue 16); the loser's public address now leads to the
// survivor, whose page shows both claims (the union) in its list and in its tally chart, and the v1
// API answers the old slug with a permanent redirect.
import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import {
  addSource,
  EDITOR_A,
  EDITOR_B,
  selectInArticle,
  signedInPage,
  unloggedSlice,
} from "./helpers";

const SHOTS = "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });
const t = Math.random().toString(36).slice(2, 7);

async function addEntity(page: Page, nameHi: string, nameEn?: string): Promise<string> {
  await page.goto("/desk/entities/new");
  await expect(page.locator("[data-testid=entity-form][data-ready=true]")).toBeVisible();
  await page.getByLabel("Hindi name").fill(nameHi);
  if (nameEn) await page.getByLabel("English name").fill(nameEn);
  await page.getByLabel("Description").fill(`A spokesman made up for the merge test ${t}`);
  await page.getByRole("button", { name: "Add to the registry" }).click();
  await expect(page).toHaveURL(/\/desk\/entities\/(?!new)[\w-]+$/);
  return page.url();
}

/** Logs words of a seed article as `speaker`'s (picked by keyboard), with a source, and submits a verdict. */
async function logAndSubmit(
  page: Page,
  articleId: string,
  word: string,
  speaker: string,
  n: number,
) {
  await page.goto(`/desk/articles/${articleId}`);
  await selectInArticle(page, await unloggedSlice(page, word, 40));
  await page.getByTestId("log-claim").click();
  await page.getByLabel(/checkable statement/).fill(`विलय परीक्षण दावा ${n} ${t}`);
  const picker = page.getByTestId("speaker").getByRole("combobox");
  await picker.fill(speaker);
  await expect(page.getByTestId("speaker").getByRole("option").first()).toContainText(speaker);
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(page.getByTestId("speaker-chosen")).toContainText(speaker);
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(page.url()).pathname;
  await addSource(page, {
    url: `https://example.org/merge-${t}-${n}`,
    title: `Merge test source ${n} ${t}`,
    stance: "CONTRADICTS",
  });
  const form = page.getByTestId("verdict-form");
  await form.getByLabel(/Rating/).selectOption(n === 1 ? "rating_false" : "rating_misleading");
  await form.getByLabel(/One-line summary \(Hindi\)/).fill(`विलय परीक्षण सार ${n} ${t}`);
  await form
    .getByLabel(/Rationale/)
    .fill("यह परीक्षण के लिए लिखा गया तर्क है, जो इकाइयों के विलय की जांच के लिए है।");
  await form.getByRole("button", { name: /Submit for review/ }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("In review");
  return claimPath;
}

test("merging two entries: the old public address leads to the survivor, which shows the union", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const asha = await signedInPage(browser, EDITOR_A);
  const survivorDesk = await addEntity(asha, `विलय वक्ता ${t}`, `Merge Speaker ${t}`);
  // The same man entered again under a Hindi spelling of his title: no name in common.
  const loserDesk = await addEntity(asha, `प्रवक्ता विलय ${t}`);
  const claims = [
    await logAndSubmit(asha, "art_003", "शोइगु", `Merge Speaker ${t}`, 1),
    await logAndSubmit(asha, "art_002", "किम", `प्रवक्ता विलय ${t}`, 2),
  ];
  const ravi = await signedInPage(browser, EDITOR_B);
  for (const claimPath of claims) {
    await ravi.goto(claimPath);
    await ravi.getByRole("button", { name: /Approve and publish/ }).click();
    await ravi.getByRole("button", { name: /Publish now/ }).click();
    await expect(ravi.getByTestId("claim-status")).toHaveText("Published");
  }
  await ravi.context().close();

  // Before the merge each entry has a public page with its one claim.
  const slugOf = async (deskUrl: string) => {
    await asha.goto(deskUrl);
    const href = await asha.getByRole("link", { name: /Public page/ }).getAttribute("href");
    return href!.replace(/^.*\/entities\//, "");
  };
  const survivorSlug = await slugOf(survivorDesk);
  const loserSlug = await slugOf(loserDesk);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/entities/${loserSlug}`);
  await expect(reader.getByTestId("role-said")).toContainText(`विलय परीक्षण दावा 2 ${t}`);
  await expect(reader.getByTestId("role-said")).not.toContainText(`विलय परीक्षण दावा 1 ${t}`);

  // Asha merges the second entry into the first, from the second's desk page.
  await asha.goto(loserDesk);
  await asha.getByTestId("entity-merge-link").click();
  await asha.getByLabel(/Find the other/).fill(`merge speaker ${t}`);
  await asha.getByRole("button", { name: "Search" }).click();
  await asha.getByTestId("entity-merge-targets").getByRole("link").first().click();
  await expect(asha.locator("[data-testid=entity-merge-form][data-ready=true]")).toBeVisible();
  await asha
    .getByLabel("Why these are the same")
    .fill("The same spokesman, entered once by name and once by his title");
  // They share no name: the form asks for an explicit confirmation.
  await asha.getByLabel("I have checked: they are the same").check();
  await asha.getByRole("button", { name: "Merge" }).click();
  // The entry carries a published fact check: the merge waits for a second editor (issue 16).
  await expect(asha.getByTestId("held-for-review")).toContainText(
    "This changes 1 published fact check: a second editor must approve it",
  );
  await asha.screenshot({ path: `${SHOTS}/entity-merge-held.png`, fullPage: true });
  await asha.context().close();
  await reader.goto(`/entities/${loserSlug}`);
  await expect(reader).toHaveURL(new RegExp(`/entities/${loserSlug}$`));

  // Ravi approves it from the review queue; Asha could not have.
  const approver = await signedInPage(browser, EDITOR_B);
  await approver.goto("/desk/review");
  const change = approver
    .getByTestId("change-queue")
    .getByRole("listitem")
    .filter({ hasText: `प्रवक्ता विलय ${t}` });
  await expect(change).toContainText("Entity merge · changes 1 published");
  await approver.screenshot({ path: `${SHOTS}/review-queue-held-change.png`, fullPage: true });
  await change.getByTestId("approve-change").click();
  await expect(change).toHaveCount(0);
  await approver.context().close();

  // The old public address now answers with the survivor's page, which lists both claims.
  await reader.goto(`/entities/${loserSlug}`);
  await expect(reader).toHaveURL(new RegExp(`/entities/${survivorSlug}$`));
  const said = reader.getByTestId("role-said");
  await expect(said).toContainText(`विलय परीक्षण दावा 1 ${t}`);
  await expect(said).toContainText(`विलय परीक्षण दावा 2 ${t}`);
  const chart = reader.getByRole("img", { name: /Verdicts by role/ });
  await expect(chart).toBeVisible();
  // Both verdicts in one bar: the survivor's False and the loser's Misleading.
  await expect(chart).toHaveAccessibleDescription(/Said: 1 False, 1 Misleading/);
  await reader.screenshot({ path: `${SHOTS}/entity-merged-union.png`, fullPage: true });
  await reader.context().close();

  // The API: the old slug is a permanent redirect to the survivor's, which has both claims.
  const old = await request.get(`/api/v1/entities/${loserSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toContain(`/api/v1/entities/${survivorSlug}`);
  const body = await (await request.get(`/api/v1/entities/${survivorSlug}`)).json();
  expect(body.data.roles.said.claims).toHaveLength(2);
});
