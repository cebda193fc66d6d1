// Sessions end when they should: a copy of the session cookie (as a thief on a shared computer
// would keep) stops working at sign-out, at a password change and when the account is disabled.
import { expect, test } from "@playwright/test";
import {
  newEditorAccount,
  reportStatus,
  sessionCookieHeader,
  signInAs,
  submitSignIn,
  userCommand,
} from "./accounts";
import { EDITOR_A, signedInPage } from "./helpers";

test("signing out ends the session: a copied cookie no longer reads the desk", async ({
  browser,
  request,
}) => {
  // A session of its own: signing out must not end the one the worker's other tests share.
  const page = await signedInPage(browser, EDITOR_A, { fresh: true });
  const copied = await sessionCookieHeader(page.context());
  expect(await reportStatus(request, copied)).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  // signOut() navigates once the server has answered: to the readers' home in the desk's language.
  await page.waitForURL((url) => url.pathname === "/en");

  expect(await reportStatus(request, copied)).toBe(401);
  // next-auth's own endpoint agrees: the copied cookie reads as signed out, not as Asha.
  const session = await request.get("/api/auth/session", { headers: { cookie: copied } });
  expect(await session.json()).toEqual({});
  const desk = await request.get("/desk/claims", { headers: { cookie: copied }, maxRedirects: 0 });
  expect(desk.status()).toBe(307);
  expect(desk.headers().location).toMatch(/^\/signin\?/);
});

test("user:passwd ends every session signed in with the old password", async ({
  browser,
  request,
}) => {
  const editor = newEditorAccount("old password 123");
  const page = await signInAs(browser, editor, "old password 123");
  const copied = await sessionCookieHeader(page.context());
  expect(await reportStatus(request, copied)).toBe(200);

  expect(userCommand("passwd", ["--email", editor.email], "new password 456\n")).toMatch(
    /ended 1 session/,
  );
  expect(await reportStatus(request, copied)).toBe(401);
  await page.goto("/desk/claims");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  await submitSignIn(page, editor.email, "old password 123");
  await expect(page.locator("form [role=alert]")).toHaveText(/do not match an editor account/);
  await submitSignIn(page, editor.email, "new password 456");
  await expect(page.getByTestId("signed-in-as")).toHaveText(editor.name);
});

test("user:disable ends the sessions and refuses sign-in; --enable lets the editor back", async ({
  browser,
  request,
}) => {
  const editor = newEditorAccount("editor password 1");
  const page = await signInAs(browser, editor, "editor password 1");
  const copied = await sessionCookieHeader(page.context());

  const session = () => request.get("/api/auth/session", { headers: { cookie: copied } });
  expect((await (await session()).json()).user?.email).toBe(editor.email);
  userCommand("disable", ["--email", editor.email]);
  expect(await reportStatus(request, copied)).toBe(401);
  expect(await (await session()).json()).toEqual({});
  await page.reload();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await submitSignIn(page, editor.email, "editor password 1");
  await expect(page.locator("form [role=alert]")).toHaveText(/This account is disabled/);

  userCommand("disable", ["--email", editor.email, "--enable"]);
  await submitSignIn(page, editor.email, "editor password 1");
  await expect(page.getByTestId("signed-in-as")).toHaveText(editor.name);
});
