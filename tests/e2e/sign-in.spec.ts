import { expect, test } from "@playwright/test";
import { newEditorAccount, signInAs, submitSignIn } from "./accounts";
import { DEMO_PASSWORD, EDITOR_A } from "./helpers";

test("wrong passwords are refused with a clear message, the e-mail is kept, and repeated guessing is stopped", async ({
  page,
}) => {
  await page.goto("/desk/claims");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/); // the desk is behind sign-in
  const email = page.getByLabel("E-mail");
  const message = page.locator("form [role=alert]");
  const idleButton = page.getByRole("button", { name: "Sign in" });
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
  // Says that this client is throttled, and for how long (the rest of the 15-minute window).
  await expect(message).toHaveText(
    /Too many sign-in attempts for this account from here\. Try again in 1[45] minutes\./,
  );
});

test("the sign-in page and its refusal are in the language the editor chose", async ({
  page,
  baseURL,
}) => {
  await page.context().addCookies([{ name: "pramaan-lang", value: "hi", url: baseURL! }]);
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("संपादक साइन इन करें");
  await page.getByLabel("ई-मेल").fill("koi-nahin@pramaan.test");
  await page.getByLabel("पासवर्ड").fill("galat-password");
  await page.getByRole("button", { name: "साइन इन करें" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(
    "यह ई-मेल और पासवर्ड किसी संपादक खाते से मेल नहीं खाते।",
  );
  await page.screenshot({ path: "test-results/screenshots/signin-hi.png" });
});

// Browsers read "/\evil.example" and "/<tab>/evil.example" as "//evil.example": another site.
for (const callbackUrl of [
  "%2F%5Cevil.example",
  "/%09/evil.example",
  "https%3A%2F%2Fevil.example",
  "%2F%2Fevil.example",
]) {
  test(`signing in with callbackUrl=${callbackUrl} stays on this site`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel("E-mail").fill(EDITOR_A.email);
    await page.getByLabel(/Password/).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /Sign in/ }).click();
    await expect(page.getByTestId("signed-in-as")).toHaveText(EDITOR_A.name);
    // The fallback, /desk, which forwards to the articles: this origin, nowhere else.
    await expect(page).toHaveURL(new URL("/desk/articles", baseURL).href);
  });
}

test("a same-site callbackUrl is where sign-in returns", async ({ page }) => {
  await submitSignIn(page, EDITOR_A.email, DEMO_PASSWORD, "/desk/review?from=test");
  await expect(page).toHaveURL(/\/desk\/review\?from=test$/);
});

test("next-auth's own redirects stay on this site", async ({ request, baseURL }) => {
  const res = await request.get("/api/auth/signin?callbackUrl=%2F%5Cevil.example", {
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
  const location = new URL(res.headers().location, baseURL);
  expect(location.origin).toBe(new URL(baseURL!).origin);
  expect(decodeURIComponent(location.search)).not.toContain("evil.example");
  expect(res.headers()["set-cookie"] ?? "").not.toContain("evil.example");
});

test("malformed bodies to the auth endpoints get 400, not a server error", async ({ request }) => {
  for (const [path, data] of [
    ["/api/auth/callback/credentials", "{bad"],
    ["/api/auth/callback/credentials", ""],
    ["/api/auth/callback/credentials", '{"callbackUrl":5,"csrfToken":{}}'],
    ["/api/auth/signout", "[1]"],
    ["/api/auth/session", "null"],
  ]) {
    // A Buffer goes out byte for byte (Playwright would JSON-encode a string that is not JSON).
    const res = await request.post(path, {
      headers: { "content-type": "application/json" },
      data: Buffer.from(data),
      maxRedirects: 0,
    });
    expect(res.status(), `${path} ${data}`).toBe(400);
    expect(await res.text()).not.toMatch(/at \w+ \(|SyntaxError|node_modules/);
  }
});

test("a browser that signed in before gets in after a stranger at the same address shut the account's door", async ({
  browser,
}) => {
  const password = "e2e device password 2026";
  const account = newEditorAccount(password);
  const first = await signInAs(browser, account, password);
  const device = (await first.context().cookies()).find((c) => c.name.endsWith("pramaan-device"));
  // Only the sign-in endpoints see it, and no script can read it.
  expect(device).toMatchObject({ httpOnly: true, path: "/api/auth", sameSite: "Lax" });
  await first.context().close();

  // A stranger at this address (every test here is 127.0.0.1) guesses until refused.
  const stranger = await (await browser.newContext()).newPage();
  const refusal = stranger.locator("form [role=alert]");
  for (let attempt = 1; attempt <= 6; attempt++) {
    await submitSignIn(stranger, account.email, `guess-${attempt}`);
    await expect(refusal).toHaveText(attempt <= 5 ? /do not match/ : /Too many sign-in attempts/);
  }
  // A new browser with the right password is refused like the stranger…
  const newcomer = await (await browser.newContext()).newPage();
  await submitSignIn(newcomer, account.email, password);
  await expect(newcomer.locator("form [role=alert]")).toHaveText(/Too many sign-in attempts/);
  // …but the editor's own browser, which carries its device cookie, is let in.
  const again = await browser.newContext();
  await again.addCookies([device!]);
  const editor = await again.newPage();
  await submitSignIn(editor, account.email, password);
  await expect(editor.getByTestId("signed-in-as")).toHaveText(account.name);
});
