// Issue 19: the server answers with reasons (keys of the `errors` namespace), and the form words
// them in the page's language: the same refused save reads in English on an English desk and in
// Hindi on a Hindi one, never both at once.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { EDITOR_A, signedInPage } from "./helpers";

const SHOTS = process.env.SHOTS_DIR ?? "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });

test("a refused save is worded in the desk's language", async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_A);
  const form = page.getByTestId("article-add-form");
  const submit = () => form.locator("button[type=submit]").click();

  await page.goto("/desk/articles/new");
  await submit();
  await expect(form.getByTestId("form-error")).toHaveText(
    "Correct the marked fields, then save again.",
  );
  await expect(form.getByRole("alert").filter({ hasText: "Title:" })).toContainText(
    "Title: write at least 2 characters",
  );
  await expect(form).not.toContainText("ठीक करें");
  await page.screenshot({ path: `${SHOTS}/error-words-en.png`, fullPage: true });

  await page.context().addCookies([{ name: "pramaan-lang", value: "hi", url: page.url() }]);
  await page.reload();
  await submit();
  await expect(form.getByTestId("form-error")).toHaveText("चिह्नित खाने ठीक करें, फिर दोबारा सहेजें।");
  await expect(form.getByRole("alert").filter({ hasText: "“शीर्षक”" })).toContainText(
    /“शीर्षक”: कम से कम (2|२) अक्षर लिखें/,
  );
  await expect(form).not.toContainText("Correct the marked fields");
  await page.screenshot({ path: `${SHOTS}/error-words-hi.png`, fullPage: true });
});
