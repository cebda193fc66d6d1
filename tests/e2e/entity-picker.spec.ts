import { expect, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage, unloggedSlice } from "./helpers";

test("the speaker picker works from the keyboard and Enter never creates a half-typed entity", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/art_000");
  await selectInArticle(page, await unloggedSlice(page, "रूस", 50));
  await page.getByTestId("log-claim").click();

  const combo = page.getByTestId("speaker").getByRole("combobox", { name: "Speaker" });
  await combo.fill("NK");
  await expect(combo).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("option", { name: /एनके न्यूज/ })).toBeVisible();
  // Nothing is highlighted until an arrow key moves there: Enter now does nothing at all.
  await combo.press("Enter");
  await expect(page.getByTestId("speaker-chosen")).toHaveCount(0);
  await combo.press("ArrowDown");
  await combo.press("Enter"); // picks the highlighted suggestion; does not submit the form
  await expect(page).toHaveURL(/\/log\?/);
  await expect(page.getByTestId("speaker-chosen")).toContainText("एनके न्यूज");

  // Arrow keys move the highlight, Escape closes the list, Enter with nothing open does nothing.
  await page
    .getByTestId("speaker")
    .getByRole("button", { name: /change/ })
    .click();
  const again = page.getByTestId("speaker").getByRole("combobox", { name: "Speaker" });
  await again.fill("अमेरिकी"); // two government bodies match
  const options = page.getByTestId("speaker").getByRole("listbox").getByRole("option");
  await expect(options.nth(1)).toBeVisible();
  await expect(options.first()).toHaveAttribute("aria-selected", "false");
  await again.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await again.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await again.press("Escape");
  await expect(again).toHaveAttribute("aria-expanded", "false");
  await again.press("Enter");
  await expect(page).toHaveURL(/\/log\?/); // still on the form: nothing was submitted or created
  await expect(page.getByTestId("speaker-chosen")).toHaveCount(0);
  await page.context().close();
});
