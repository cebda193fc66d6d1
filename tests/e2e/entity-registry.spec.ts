// The registry's desk screens in a real browser: a name already in the registry is offered instead
// of a duplicate, a new entity is added with its affiliation picked by keyboard, and two entries are
// merged through the comparison page, after which the loser's page says where it went.
import { expect, test } from "@playwright/test";
import { EDITOR_A, signedInPage } from "./helpers";

const tag = () => Math.random().toString(36).slice(2, 7);

test("a name already in the registry is offered instead of a duplicate", async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.getByRole("link", { name: "Entities", exact: true }).click();
  await expect(page.getByTestId("entities-list")).toBeVisible();
  await page.getByRole("link", { name: "Add an entity" }).click();
  await expect(page.locator("[data-testid=entity-form][data-ready=true]")).toBeVisible();
  await page.getByLabel("Kind").selectOption("OUTLET");
  // Lower case, and no Hindi name: the folded English name is enough to find BBC.
  await page.getByLabel("English name").fill("bbc");
  await expect(page.getByLabel("Kind")).toHaveValue("OUTLET");
  await page.getByRole("button", { name: "Add to the registry" }).click();
  const dupes = page.getByTestId("entity-duplicates");
  await expect(dupes).toContainText("Already in the registry");
  await expect(dupes.getByTestId("entity-duplicate")).toHaveCount(1);
  await expect(dupes).toContainText("British public broadcaster");
  // What was typed is still there.
  await expect(page.getByLabel("English name")).toHaveValue("bbc");
  await page.screenshot({ path: "test-results/screenshots/entity-duplicate.png", fullPage: true });
  await dupes.getByRole("link", { name: "Use this one" }).click();
  await expect(page).toHaveURL(/\/desk\/entities\/ent_bbc$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("बीबीसी");
  // Jagran published a seed article: its page counts it.
  await page.goto("/desk/entities/ent_jagran");
  await expect(page.getByTestId("entity-usage")).toContainText(/outlet of [1-9][\d,]* articles?/);
});

test("a new entity is added with its affiliation picked by keyboard", async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_A);
  const t = tag();
  await page.goto("/desk/entities/new");
  await expect(page.locator("[data-testid=entity-form][data-ready=true]")).toBeVisible();
  await page.getByLabel("Hindi name").fill(`परीक्षण प्रवक्ता ${t}`);
  await page.getByLabel("English name").fill(`Test Spokesperson ${t}`);
  await page.getByLabel("Description").fill("A spokesperson made up for this test");
  const affiliation = page.getByRole("combobox", { name: /affiliation/ });
  await affiliation.fill("रूसी विदेश");
  await expect(page.getByRole("listbox").getByRole("option").first()).toContainText(
    "Russian Ministry of Foreign Affairs",
  );
  await affiliation.press("ArrowDown");
  await affiliation.press("Enter");
  await expect(page.getByTestId("entity-affiliation-chosen")).toContainText("रूसी विदेश मंत्रालय");
  await page.getByRole("button", { name: "Add to the registry" }).click();
  await expect(page).toHaveURL(/\/desk\/entities\/(?!new)[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`परीक्षण प्रवक्ता ${t}`);
  await expect(page.getByText("Belongs to").first()).toBeVisible();
  await expect(page.getByTestId("audit-trail")).toContainText("added");

  // The ministry's page lists the new member; the registry finds it by its English name. An English
  // desk names the ministry in English first.
  await page.getByRole("link", { name: "Russian Ministry of Foreign Affairs" }).first().click();
  await expect(page.getByTestId("entity-members")).toContainText(`परीक्षण प्रवक्ता ${t}`);
  await page.goto(`/desk/entities?q=${encodeURIComponent(`spokesperson ${t}`)}`);
  await expect(page.getByTestId("entity-row")).toHaveCount(1);
  await page.screenshot({ path: "test-results/screenshots/entity-list.png", fullPage: true });
});

test("two entries are merged and the loser's page says where it went", async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_A);
  const t = tag();
  const hindi = `दोहरा नाम ${t}`;
  // The first entry.
  await page.goto("/desk/entities/new");
  await expect(page.locator("[data-testid=entity-form][data-ready=true]")).toBeVisible();
  await page.getByLabel("Hindi name").fill(hindi);
  await page.getByLabel("English name").fill(`Double Name ${t}`);
  await page.getByRole("button", { name: "Add to the registry" }).click();
  await expect(page).toHaveURL(/\/desk\/entities\/(?!new)[\w-]+$/);
  const survivorUrl = page.url();
  // A second entry with the same Hindi name, added anyway as "someone else".
  await page.goto("/desk/entities/new");
  await expect(page.locator("[data-testid=entity-form][data-ready=true]")).toBeVisible();
  await page.getByLabel("Hindi name").fill(hindi);
  await page.getByLabel("English name").fill(`D. Name ${t}`);
  await page.getByRole("button", { name: "Add to the registry" }).click();
  await page.getByRole("button", { name: "It is someone else" }).click();
  await expect(page.getByTestId("entity-describe-apart")).toBeVisible();
  await page.getByLabel("Description").fill("Entered again under an initial");
  await page.getByRole("button", { name: "Create anyway" }).click();
  await expect(page).toHaveURL(/\/desk\/entities\/(?!new)[\w-]+$/);
  const loserUrl = page.url();
  expect(loserUrl).not.toBe(survivorUrl);

  // Merge the second into the first.
  await page.getByTestId("entity-merge-link").click();
  await page.getByLabel(/Find the other/).fill(`double name ${t}`);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("entity-merge-targets").getByRole("link").first().click();
  await expect(page.locator("[data-testid=entity-merge-form][data-ready=true]")).toBeVisible();
  const compare = page.getByTestId("entity-merge-compare");
  await expect(compare).toContainText(`Double Name ${t}`);
  await expect(compare).toContainText(`D. Name ${t}`);
  await page
    .getByLabel("Why these are the same")
    .fill("The same person entered twice, once by initial");
  await page.screenshot({ path: "test-results/screenshots/entity-merge.png", fullPage: true });
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page).toHaveURL(survivorUrl);
  await expect(page.getByTestId("audit-trail")).toContainText(
    `merged D. Name ${t} into this entity`,
  );
  // The survivor now answers to the loser's English name too.
  await expect(page.getByLabel(/Other spellings/)).toHaveValue(new RegExp(`D. Name ${t}`));

  await page.screenshot({ path: "test-results/screenshots/entity-survivor.png", fullPage: true });
  await page.goto(loserUrl);
  await expect(page.getByTestId("entity-merged-into")).toContainText("merged into");
  await expect(page.getByTestId("entity-merged-into")).toContainText(`Double Name ${t}`);
  await page.screenshot({
    path: "test-results/screenshots/entity-merged-into.png",
    fullPage: true,
  });
});

test("two entries that share only a romanised name merge only after an explicit confirmation", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  const t = tag();
  const add = async (nameHi: string, description?: string) => {
    await page.goto("/desk/entities/new");
    await expect(page.locator("[data-testid=entity-form][data-ready=true]")).toBeVisible();
    await page.getByLabel("Hindi name").fill(nameHi);
    await page.getByLabel("English name").fill(`Kim ${t}`);
    await page.getByRole("button", { name: "Add to the registry" }).click();
    if (description) {
      await page.getByRole("button", { name: "It is someone else" }).click();
      await page.getByLabel("Description").fill(description);
      await page.getByRole("button", { name: "Create anyway" }).click();
    }
    await expect(page).toHaveURL(/\/desk\/entities\/(?!new)[\w-]+$/);
    return page.url();
  };
  await add(`किम ${t}`);
  const second = await add(`गिम ${t}`, "A different Kim: a footballer");
  await page.goto(`${second}/merge?q=${encodeURIComponent(`kim ${t}`)}`);
  await page.getByTestId("entity-merge-targets").getByRole("link").first().click();
  await expect(page.locator("[data-testid=entity-merge-form][data-ready=true]")).toBeVisible();
  await expect(page.getByTestId("entity-merge-form")).toContainText(
    "Two different people can share a romanised spelling",
  );
  await page.getByLabel("Why these are the same").fill("Both are written Kim in English");
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByTestId("form-error")).toContainText("romanised spelling");
  await expect(page).toHaveURL(/\/merge\?with=/);
  await page.screenshot({
    path: "test-results/screenshots/entity-merge-romanised.png",
    fullPage: true,
  });
  await page.getByLabel("I have checked: they are the same").check();
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page).not.toHaveURL(/\/merge/);
  await page.goto(second);
  await expect(page.getByTestId("entity-merged-into")).toBeVisible();
});
