// History anyone can read (issue 6): a claim's history says in words who did what, and "Show
// changes" on a wording change shows the words removed and added, marked for screen readers too.
import { expect, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage, unloggedSlice } from "./helpers";

const tag = Math.random().toString(36).slice(2, 8);

test("a wording change reads in words, with the before and after words", async ({ browser }) => {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_003");
  await selectInArticle(asha, (await unloggedSlice(asha, "किम", 30)).trim());
  await asha.getByTestId("log-claim").click();
  await asha.getByLabel(/checkable statement/).fill(`किम ने पुराना दावा किया ${tag}`);
  await asha.getByLabel(/In English/).fill(`history e2e ${tag}`);
  await asha.getByLabel(/The article itself/).check();
  await asha.getByRole("button", { name: /Log claim/ }).click();
  await expect(asha).toHaveURL(/\/desk\/claims\//);
  await expect(asha.getByTestId("credit-logged")).toContainText("Logged by Asha Verma");

  await asha.getByRole("button", { name: "Edit wording" }).click();
  await asha.getByLabel("Claim (Hindi)").fill(`किम ने नया दावा किया ${tag}`);
  await asha.getByRole("button", { name: "Save wording" }).click();
  await expect(asha.getByTestId("claim-wording-form")).toBeHidden();

  const history = asha.getByTestId("audit-trail");
  await expect(history).toContainText("Asha Verma logged the claim");
  const change = history.locator('[data-action="claim.update"]');
  await expect(change.getByTestId("history-sentence")).toHaveText(
    "Asha Verma changed the claim's wording",
  );
  await expect(change.getByTestId("history-changes")).toBeHidden();
  await change.getByText("Show changes").click();
  const diff = change.getByTestId("history-diff");
  await expect(change.getByTestId("history-changes")).toContainText("Hindi wording");
  await expect(diff.locator("del")).toHaveText("[removed: पुराना ]");
  await expect(diff.locator("ins")).toHaveText("[added: नया ]");
  // No raw action codes anywhere in the panel.
  await expect(history).not.toContainText("claim.update");
  await history.scrollIntoViewIfNeeded();
  await asha.screenshot({ path: "test-results/history.png", fullPage: true });
});
