// Issue 17 item 10: a session that runs out mid-edit. The form's message links to sign-in; signing
// in there keeps the page and everything typed in it, and saving again stores what was typed.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, EDITOR_A, signedInPage } from "./helpers";

const CLAIM = "/desk/claims/claim_demo_grain";
const ARTICLE = "/desk/articles/art_001";
const SHOTS = "/tmp/shots/D";

test("signed out mid-edit: sign in again from the message, the typed text is still there", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto(ARTICLE);
  await page.getByRole("button", { name: "Edit details" }).click();
  const form = page.getByTestId("article-meta-form");
  const title = form.locator("input[name=title]");
  const typed = `${await title.inputValue()} — सत्र के बीच लिखा गया शीर्षक`;
  await title.fill(typed);

  // The session ends while the editor is still typing (its cookie is gone, as after an expiry).
  await page.context().clearCookies();
  await form.getByRole("button", { name: "Save details" }).click();
  const message = form.getByTestId("form-error");
  await expect(message).toContainText("Your session has ended");
  await expect(message).toContainText("Sign in again");
  const link = message.getByTestId("sign-in-again");
  // A real link back to this page, for a new tab; sign-in validates it (lib/user/callback-url.ts).
  await expect(link).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(ARTICLE)}`);
  await page.screenshot({ path: `${SHOTS}/signed-out-message-desktop.png` });

  await page.setViewportSize({ width: 390, height: 844 });
  await link.click();
  const dialog = page.getByTestId("sign-in-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("E-mail").fill(EDITOR_A.email);
  await dialog.getByLabel(/Password/).fill(DEMO_PASSWORD);
  await page.screenshot({ path: `${SHOTS}/sign-in-dialog-mobile.png` });
  await dialog.getByRole("button", { name: /Sign in/ }).click();

  // Back on the same page, signed in, with the title as it was typed.
  await expect(page.getByTestId("signed-in-again")).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(new URL(page.url()).pathname).toBe(ARTICLE);
  await expect(title).toHaveValue(typed);
  await page.screenshot({ path: `${SHOTS}/after-sign-in-mobile.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}/after-sign-in-desktop.png` });

  // The session is really back (the shared article is left as it was: nothing is saved).
  await form.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByTestId("signed-in-as")).toHaveText(EDITOR_A.name);
  await page.context().close();
});

test("the sign-in link also works as a plain link: sign-in returns to the same page", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(CLAIM)}`);
  await page.getByLabel("E-mail").fill(EDITOR_A.email);
  await page.getByLabel(/Password/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /Sign in/ }).click();
  await expect(page).toHaveURL(CLAIM);
  await context.close();
});
