// Correcting a claim's appearances, clicking as a person would: a slipped selection across an
// advertisement is caught (and logged anyway, on purpose), then removed, the remaining appearance
// moved to other words and its speaker changed; the history lists each change.
import { expect, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage } from "./helpers";

const t = Date.now().toString(36);
const P1 = `गृह मंत्रालय ने कहा कि इस साल सीमा पर घुसपैठ आधी रह गई है ${t}।`;
const P2 = `रक्षा मंत्री ने बताया कि सेना के लिए नई तोपें खरीदी जाएंगी।`;
const P3 = `अधिकारियों के अनुसार सीमा पर घुसपैठ के मामले पिछले साल से कम हुए।`;
const CLAIM = `सीमा पर घुसपैठ इस साल आधी रह गई है ${t}`;

test("a bad selection is caught, logged on purpose, removed; the other appearance is moved and re-attributed", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/new");
  const form = page.getByTestId("article-add-form");
  await form.getByLabel("Title").fill(`सीमा पर घुसपैठ ${t}`);
  await form
    .getByLabel("Text of the article")
    .fill(`${P1}\nAdvertisement\n${P2}\n${P3}\nFeatured Video Of The Day\n`);
  await form.getByLabel("Address (URL)").fill(`https://example.org/border/${t}`);
  await form.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[\w-]+$/);
  const articlePath = new URL(page.url()).pathname;

  // The selection slips from the end of one paragraph over the advertisement into the next.
  await selectInArticle(page, `आधी रह गई है ${t}।\nAdvertisement\nरक्षा मंत्री ने बताया`);
  await page.getByTestId("log-claim").click();
  const warning = page.getByTestId("crossing-warning");
  await expect(warning).toContainText("Advertisement");
  await expect(warning).toContainText("a paragraph break");
  const logButton = page.getByRole("button", { name: /Log claim/ });
  await expect(logButton).toBeDisabled();
  // The claim box starts with the quote on one clean line.
  await expect(page.getByLabel(/checkable statement/)).toHaveValue(
    `आधी रह गई है ${t}। Advertisement रक्षा मंत्री ने बताया`,
  );
  await page.getByLabel(/checkable statement/).fill(CLAIM);
  await page.getByLabel("The article itself (no one named)").check();
  await warning.getByLabel("Log it anyway").check();
  await page.screenshot({ path: "test-results/correct-appearance-warning.png", fullPage: true });
  const logUrl = page.url();
  await logButton.click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(page.url()).pathname;

  // Coming back to the same selection opens the claim instead of logging it again.
  await page.goto(logUrl);
  await expect(page.getByTestId("already-logged")).toContainText(CLAIM);
  await expect(page.getByTestId("claim-form")).toHaveCount(0);

  // A second, clean appearance of the same claim.
  await page.goto(articlePath);
  await selectInArticle(page, P3.slice(0, -1));
  await page.getByTestId("log-claim").click();
  await expect(page.getByTestId("crossing-warning")).toHaveCount(0);
  // Other words than the claim's: the log page's search box finds it by its own words.
  await page.getByLabel("Find another open claim by its words").fill(`घुसपैठ ${t}`);
  const results = page.getByTestId("claim-search-results");
  await expect(results).toContainText(CLAIM);
  await results.getByRole("listitem").filter({ hasText: CLAIM }).getByRole("radio").check();
  await page.getByLabel("The article itself (no one named)").check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(claimPath);
  const appearances = page.getByTestId("appearances").locator("> li");
  await expect(appearances).toHaveCount(2);

  // Remove the bad one, saying why.
  const bad = appearances.filter({ hasText: "Advertisement" });
  await bad.getByRole("button", { name: "Remove this appearance" }).click();
  await bad.getByLabel("Why (optional)").fill("selection ran through an advertisement");
  await bad.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(appearances).toHaveCount(1);
  await expect(page.getByTestId("appearances")).not.toContainText("Advertisement");
  // The last appearance cannot be removed, only the claim withdrawn.
  await expect(page.getByRole("button", { name: "Remove this appearance" })).toHaveCount(0);
  await expect(page.getByTestId("appearance-actions")).toContainText("withdraw the claim");

  // Re-select the remaining appearance's words.
  await page.getByRole("link", { name: "Re-select the words" }).click();
  await expect(page.getByTestId("reselect-banner")).toContainText(
    "Select the new words for this appearance",
  );
  await selectInArticle(page, P2.slice(0, -1));
  await page.getByTestId("use-these-words").click();
  await expect(page).toHaveURL(claimPath);
  await expect(appearances).toHaveCount(1);
  await expect(appearances.first()).toContainText("नई तोपें खरीदी जाएंगी");
  await expect(appearances.first()).not.toContainText("पिछले साल से कम हुए");

  // Edit its speaker: the article itself → a named person. Meanwhile the claim changes in another
  // tab: the save is refused as a conflict and what was picked stays in the form.
  const chainForm = page.getByTestId("attribution-form");
  const pickShoigu = async () => {
    await page.getByRole("button", { name: "Edit attribution" }).click();
    await chainForm.getByLabel("A person or organisation").check();
    await chainForm.getByTestId("speaker").getByRole("combobox").fill("शोइगु");
    await chainForm
      .getByTestId("speaker")
      .getByRole("option")
      .filter({ hasText: "सर्गेई शोइगु" })
      .click();
  };
  await pickShoigu();
  const other = await page.context().newPage();
  await other.goto(claimPath);
  await other.getByRole("button", { name: "Edit attribution" }).click();
  await other.getByRole("button", { name: "Save attribution" }).click();
  await expect(other.getByTestId("attribution-form")).toHaveCount(0);
  await other.close();
  await chainForm.getByRole("button", { name: "Save attribution" }).click();
  await expect(chainForm.getByTestId("form-error")).toContainText("reload");
  await expect(chainForm.getByTestId("speaker-chosen")).toContainText("सर्गेई शोइगु");
  await page.reload();
  await pickShoigu();
  await chainForm.getByRole("button", { name: "Save attribution" }).click();
  // The chain names each entity in the page's language (English here).
  await expect(page.getByTestId("attribution-chain")).toContainText("Sergei Shoigu");
  await expect(chainForm).toHaveCount(0);

  const history = page.getByTestId("audit-trail");
  await expect(history).toContainText(
    /removed an appearance in .*: ‘selection ran through an advertisement’/,
  );
  await expect(history).toContainText("re-selected an appearance's words");
  await expect(history).toContainText(
    /re-attributed an appearance: .* → (Sergei Shoigu|सर्गेई शोइगु)/,
  );
  await page.screenshot({ path: "test-results/correct-appearance.png", fullPage: true });
});
