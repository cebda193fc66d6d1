import { expect, test } from "@playwright/test";

test("wrong passwords are refused with a clear message, the e-mail is kept, and repeated guessing is stopped", async ({ page }) => {
  await page.goto("/desk/claims");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/); // the desk is behind sign-in
  const email = page.getByLabel("E-mail");
  const message = page.locator("form [role=alert]");
  const idleButton = page.getByRole("button", { name: "Sign in · साइन इन" });
  await email.fill("nobody@pramaan.test");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel(/Password/).fill(`guess-${attempt}`);
    await idleButton.click();
    await expect(idleButton).toBeEnabled(); // this attempt has been answered
    await expect(message).toHaveText(/do not match an editor account/);
    await expect(email).toHaveValue("nobody@pramaan.test");
  }
  await page.getByLabel(/Password/).fill("guess-6");
  await idleButton.click();
  await expect(message).toHaveText(/Too many failed attempts/);
});
