// Issue 17, items 2 and 5 (focus): a name typed into a registry picker and not picked is never
// dropped. The save is refused with a message at that field, everything typed stays, and the picker
// offers to add the name to the registry there and then; focus follows what appears.
import crypto from "node:crypto";
import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage, unloggedSlice } from "./helpers";

const SHOTS = process.env.SHOTS_DIR ?? "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });
// The reason as an English page words it (errors.form.notInRegistry).
const NOT_IN_REGISTRY = (name: string) => `‘${name}’ is not in the registry: pick it or add it`;

/** Which element has focus, by its test id (or its own, or its nearest picker's). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      testId: el?.getAttribute("data-testid") ?? null,
      role: el?.getAttribute("role") ?? null,
      picker: el?.closest("[data-testid]")?.getAttribute("data-testid") ?? null,
    };
  });

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-mobile.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an outlet typed and not picked on paste is refused at the field, then added from the picker and saved", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  const tag = crypto.randomBytes(4).toString("hex");
  const outlet = `दैनिक भास्कर ${tag}`;
  const title = `सड़क पर नई बसें ${tag}`;
  const body = `शहर में आज से ${tag} नई बसें चलेंगी, परिवहन विभाग ने कहा।`;
  await page.goto("/desk/articles/new");
  const form = page.getByTestId("article-add-form");
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Text of the article").fill(body);
  const combo = form.getByRole("combobox", { name: "Outlet" });
  await combo.pressSequentially(outlet);
  // The list answers with the offer to add it; the editor walks past and saves anyway.
  await expect(form.getByRole("option", { name: /Add “.+” to the registry/ })).toBeVisible();
  await combo.press("Tab");
  await expect(page.getByTestId("article-outlet-unpicked")).toContainText("Not picked yet");
  await form.getByRole("button", { name: "Add article" }).click();

  const field = page.getByTestId("article-outlet");
  await expect(field.getByRole("alert")).toHaveText(NOT_IN_REGISTRY(outlet));
  await expect(combo).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/desk\/articles\/new$/);
  // Everything typed is still there.
  await expect(combo).toHaveValue(outlet);
  await expect(form.getByLabel("Title")).toHaveValue(title);
  await expect(form.getByLabel("Text of the article")).toHaveValue(body);
  await shoot(page, "outlet-refused");

  // The offer beside the message opens the registry's add panel with the name filled in.
  await page.getByTestId("article-outlet-offer-add").click();
  const panel = page.getByTestId("article-outlet-add");
  await expect(panel.getByLabel("Hindi name")).toHaveValue(outlet);
  await expect(panel.getByLabel("Kind")).toHaveValue("OUTLET");
  await shoot(page, "outlet-add-panel");
  await panel.getByRole("button", { name: "Add to registry" }).click();

  // Focus returns to the picker, now holding the new entry.
  const chosen = page.getByTestId("article-outlet-chosen");
  await expect(chosen).toContainText(outlet);
  await expect(chosen).toBeFocused();
  expect((await focused(page)).testId).toBe("article-outlet-chosen");

  await form.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[^/]+$/);
  await expect(page.getByRole("main")).toContainText(outlet);
  await page.context().close();
});

test("an anonymous source's organisation typed and not picked refuses the claim, keeping the form", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/art_000");
  const quote = await unloggedSlice(page, "रूस", 40);
  await selectInArticle(page, quote);
  await page.getByTestId("log-claim").click();
  const statement = "दक्षिण कोरिया के एक अधिकारी के मुताबिक ट्रेन में शराब के केस थे।";
  await page.getByLabel(/checkable statement/).fill(statement);
  await page.getByLabel(/An anonymous source/).check();
  await page.getByTestId("anonymous-as").fill("एक अधिकारी");
  const org = page.getByRole("combobox", { name: "Of (organisation, optional)" });
  await org.pressSequentially("दक्षिण कोरिया");
  await org.press("Escape");
  const url = page.url();
  await page.getByRole("button", { name: /^Log claim/ }).click();

  const field = page.getByTestId("anonymous-affiliation");
  await expect(field.getByRole("alert")).toHaveText(NOT_IN_REGISTRY("दक्षिण कोरिया"));
  expect(page.url()).toBe(url);
  await expect(org).toHaveValue("दक्षिण कोरिया");
  await expect(page.getByTestId("anonymous-as")).toHaveValue("एक अधिकारी");
  await expect(page.getByLabel(/checkable statement/)).toHaveValue(statement);
  await expect(page.getByTestId("anonymous-affiliation-offer-add")).toBeVisible();
  await shoot(page, "organisation-refused");
  await page.context().close();
});

test("focus moves to the new relay's picker after “+ Add a relay”, by mouse or keyboard", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/art_000");
  await selectInArticle(page, await unloggedSlice(page, "रूस", 30));
  await page.getByTestId("log-claim").click();
  const add = page.getByRole("button", { name: "+ Add a relay" });
  await add.click();
  await expect(page.getByRole("combobox", { name: "Relay 1" })).toBeFocused();
  expect(await focused(page)).toMatchObject({ role: "combobox", picker: "relay-0" });

  await add.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Relay 2" })).toBeFocused();
  expect(await focused(page)).toMatchObject({ role: "combobox", picker: "relay-1" });
  // The first relay keeps its place: focus moved, nothing else did.
  await expect(page.getByRole("combobox", { name: "Relay 1" })).toHaveValue("");
  await page.context().close();
});
