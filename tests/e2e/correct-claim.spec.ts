// Correcting what was logged (issue 6), as an editor clicks through it: a source edited then removed,
// a duplicate claim merged into another (its old address leads to the survivor), and a claim
// withdrawn — gone from the claims list, shown again with the "Withdrawn" filter.
import { expect, type Page, test } from "@playwright/test";
import { addSource, EDITOR_A, selectInArticle, signedInPage } from "./helpers";

const tag = Math.random().toString(36).slice(2, 8);

/** Logs a claim on the 30 characters from `word` in art_002; returns its id. */
async function logClaim(page: Page, word: string, textHi: string, textEn: string) {
  await page.goto("/desk/articles/art_002");
  const text = (await page.getByTestId("article-body").textContent()) ?? "";
  const at = text.indexOf(word);
  expect(at, `${word} in art_002`).toBeGreaterThanOrEqual(0);
  await selectInArticle(page, text.slice(at, at + 30).trim());
  await page.getByTestId("log-claim").click();
  await page.getByLabel(/checkable statement/).fill(textHi);
  await page.getByLabel(/In English/).fill(textEn);
  await page.getByLabel(/The article itself/).check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

async function articleWords(page: Page, n: number): Promise<string[]> {
  await page.goto("/desk/articles/art_002");
  const text = (await page.getByTestId("article-body").textContent()) ?? "";
  // Words of the body long enough to start a distinct selection.
  const words = [...new Set(text.split(/[\s।,"'“”‘’()]+/).filter((w) => w.length >= 5))];
  return words.slice(5, 5 + n);
}

test("edit then remove a source; merge a duplicate; withdraw a claim", async ({ browser }) => {
  const asha = await signedInPage(browser, EDITOR_A);
  const [w1, w2, w3] = await articleWords(asha, 3);

  // 1. A source edited (stance, pinpoint quote, note), then removed after a confirm step.
  const first = await logClaim(
    asha,
    w1,
    `पहला परीक्षण दावा जिसका स्रोत सुधारा जाएगा ${tag}`,
    `first claim to correct e2e${tag}`,
  );
  await addSource(asha, {
    url: `https://example.org/correct/${tag}`,
    title: `Source to correct ${tag}`,
    stance: "SUPPORTS",
  });
  const sources = asha.getByTestId("sources");
  await sources.getByRole("button", { name: "Edit" }).click();
  const edit = asha.getByTestId("edit-evidence-form");
  await edit.getByLabel(/What it shows/).selectOption("CONTRADICTS");
  await edit.getByLabel(/Pinpoint quote/).fill("स्रोत का सुधारा गया अंश");
  await edit.getByLabel("Note").fill(`corrected note ${tag}`);
  await edit.getByRole("button", { name: /Correct the source's citation details/ }).click();
  await edit.getByLabel("Publisher").fill(`Corrected Publisher ${tag}`);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  await expect(sources).toContainText("contradicts"); // the stance in the desk's language
  await expect(sources).toContainText("स्रोत का सुधारा गया अंश");
  await expect(sources).toContainText(`corrected note ${tag}`);
  await expect(sources).toContainText(`Corrected Publisher ${tag}`);
  await expect(asha.getByTestId("audit-trail")).toContainText("edited what a source shows");
  await expect(asha.getByTestId("audit-trail")).toContainText(
    "corrected a source's library record",
  );

  await sources.getByRole("button", { name: "Remove" }).click();
  const confirm = asha.getByTestId("remove-evidence");
  await expect(confirm).toContainText("Remove this source");
  await confirm.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(asha.getByText("No sources yet.")).toBeVisible();
  await expect(asha.getByTestId("audit-trail")).toContainText("removed a source");
  // The removed source's earlier events stay in the claim's history.
  await expect(asha.getByTestId("audit-trail")).toContainText("edited what a source shows");

  // 2. A duplicate merged into another claim: picked by words, both shown, then merged.
  const survivor = await logClaim(
    asha,
    w2,
    `बचा रहने वाला दावा विलय परीक्षण ${tag}`,
    `survivor claim e2e${tag}`,
  );
  const duplicate = await logClaim(
    asha,
    w3,
    `दोहराया गया दावा जो विलय होगा ${tag}`,
    `duplicate claim e2e${tag}`,
  );
  await asha.getByRole("link", { name: "Merge into another claim…" }).click();
  await asha.getByLabel(/Find the claim to keep/).fill(`survivor claim e2e${tag}`);
  await asha.getByRole("button", { name: "Search" }).click();
  await asha
    .getByTestId("merge-targets")
    .getByRole("link", { name: `survivor claim e2e${tag}` })
    .click();
  const compare = asha.getByTestId("merge-compare");
  await expect(compare).toContainText(`दोहराया गया दावा जो विलय होगा ${tag}`);
  await expect(compare).toContainText(`बचा रहने वाला दावा विलय परीक्षण ${tag}`);
  await asha.getByRole("button", { name: "Merge" }).click();
  await expect(asha).toHaveURL(new RegExp(`/desk/claims/${survivor}\\?merged=${duplicate}`));
  await expect(asha.getByTestId("merged-notice")).toBeVisible();
  await expect(asha.getByTestId("audit-trail")).toContainText(
    "merged a duplicate claim into this one",
  );
  // The duplicate's appearance moved here: two appearances now.
  // An English desk shows the English wording first, the Hindi after it (marked lang="hi").
  await expect(asha.getByTestId("claim-text")).toHaveText(`survivor claim e2e${tag}`);
  await expect(asha.getByTestId("claim-text-other")).toHaveText(
    `बचा रहने वाला दावा विलय परीक्षण ${tag}`,
  );
  await expect(asha.getByTestId("appearances").locator(":scope > li")).toHaveCount(2);
  // The old address leads to the survivor.
  await asha.goto(`/desk/claims/${duplicate}`);
  await expect(asha).toHaveURL(new RegExp(`/desk/claims/${survivor}`));
  await expect(asha.getByTestId("merged-notice")).toBeVisible();

  // 3. The first claim withdrawn (a reason is required): gone from the list, shown with the filter.
  await asha.goto(`/desk/claims/${first}`);
  await asha.getByRole("button", { name: "Withdraw claim" }).click();
  const withdraw = asha.getByTestId("withdraw-form");
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  await expect(withdraw.getByRole("alert").first()).toBeVisible();
  await withdraw.getByLabel(/Why is it withdrawn/).fill(`Not checkable ${tag}`);
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  const banner = asha.getByTestId("withdrawn-banner");
  await expect(banner).toContainText(`Not checkable ${tag}`);
  await expect(banner).toContainText("Asha Verma");
  await expect(asha.getByRole("button", { name: "Withdraw claim" })).toHaveCount(0);
  await asha.screenshot({ path: "test-results/correct-claim.png", fullPage: true });
  // In the article reader its words stay marked, greyed and labelled withdrawn (another claim's
  // words may overlap them, which splits the mark).
  await asha.goto("/desk/articles/art_002");
  await expect(
    asha
      .locator(
        `[data-testid=article-body] a[title="Withdrawn: पहला परीक्षण दावा जिसका स्रोत सुधारा जाएगा ${tag}"] mark.withdrawn`,
      )
      .first(),
  ).toBeVisible();

  await asha.goto(`/desk/claims?q=e2e${tag}`);
  const list = asha.getByTestId("claims-list");
  await expect(list).toContainText(`survivor claim e2e${tag}`);
  await expect(list).not.toContainText(`first claim to correct e2e${tag}`);
  await expect(list).not.toContainText(`duplicate claim e2e${tag}`);
  await asha.getByTestId("list-filters").getByLabel("Withdrawn").check();
  await asha.getByRole("button", { name: "Filter" }).click();
  await expect(asha).toHaveURL(/withdrawn=1/);
  await expect(list).toContainText(`first claim to correct e2e${tag}`);
  await expect(list).toContainText(`duplicate claim e2e${tag}`);
  await expect(list).not.toContainText(`survivor claim e2e${tag}`);

  // Restored, it is back in the list.
  await list.getByRole("link", { name: `first claim to correct e2e${tag}` }).click();
  await asha.getByRole("button", { name: "Restore" }).click();
  await expect(asha.getByTestId("withdrawn-banner")).toHaveCount(0);
  await expect(asha.getByTestId("audit-trail")).toContainText("restored the withdrawn claim");
});

test("a source edit against a claim changed meanwhile is a conflict, and the form keeps what was typed", async ({
  browser,
}) => {
  const asha = await signedInPage(browser, EDITOR_A);
  const [, , , w4] = await articleWords(asha, 4);
  const claimId = await logClaim(
    asha,
    w4,
    `टकराव परीक्षण का दावा जिसका स्रोत बदलेगा ${tag}`,
    `conflict claim e2e${tag}`,
  );
  await addSource(asha, {
    url: `https://example.org/conflict/${tag}`,
    title: `Source in conflict ${tag}`,
    stance: "SUPPORTS",
  });
  await asha.getByTestId("sources").getByRole("button", { name: "Edit" }).click();
  const edit = asha.getByTestId("edit-evidence-form");
  await edit.getByLabel("Note").fill(`my note that must survive ${tag}`);

  // Meanwhile another tab saves the claim's wording: the version the form holds is stale.
  const other = await asha.context().newPage();
  await other.goto(`/desk/claims/${claimId}`);
  await other.getByRole("button", { name: "Edit wording" }).click();
  await other.getByLabel("Topic").fill("टकराव");
  await other.getByRole("button", { name: "Save wording" }).click();
  await expect(other.getByTestId("claim-wording-form")).toBeHidden();

  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByTestId("form-error")).toContainText("Another editor changed this claim");
  await expect(edit.getByLabel("Note")).toHaveValue(`my note that must survive ${tag}`);
});
