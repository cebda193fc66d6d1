// The NK News chain from article 000, logged with the keyboard in every picker: an official of the
// Russian foreign ministry (an anonymous source with an affiliation, not a made-up person) said it,
// NK News reported it. Enter on a half-typed name with nothing highlighted creates nothing.
import fs from "node:fs";
import { expect, type Locator, test } from "@playwright/test";
import { Client } from "pg";
import { databaseUrl } from "./accounts";
import { EDITOR_A, selectInArticle, signedInPage, unloggedSlice } from "./helpers";

// "NK न्यूज ने रूसी विदेश मंत्रालय के अधिकारी के हवाले से बताया है कि ट्रेन में फ्रेंच वाइन के केस हैं।"
const QUOTE = "ट्रेन में फ्रेंच वाइन के केस हैं";
const SHOTS = "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });

/** How many entities the registry holds, read from the test server's own database. */
async function registrySize(): Promise<number> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>('SELECT count(*) AS n FROM "Entity"');
    return Number(r.rows[0]?.n);
  } finally {
    await client.end();
  }
}

/** Types into a picker key by key, as a person would, and waits for the server's suggestions. */
async function typeIn(combo: Locator, text: string, expected: RegExp) {
  await combo.focus();
  await combo.pressSequentially(text);
  const list = combo.locator("xpath=following-sibling::*[@role='listbox']");
  await expect(list.getByRole("option").filter({ hasText: expected }).first()).toBeVisible();
}

test("an editor logs the NK News chain with an affiliated anonymous source, keyboard only in the pickers", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  const before = await registrySize();
  await page.goto("/desk/articles/art_000");
  await selectInArticle(page, QUOTE);
  await page.getByTestId("log-claim").click();
  await expect(page.getByTestId("selected-quote")).toContainText(QUOTE);
  await page.getByLabel(/checkable statement/).fill("किम जोंग उन की ट्रेन में फ्रेंच वाइन के केस रखे जाते हैं।");

  // The speaker: "an official" of the Russian foreign ministry.
  await page.getByLabel(/An anonymous source/).check();
  await page.getByTestId("anonymous-as").fill("एक अधिकारी");
  const org = page.getByRole("combobox", { name: "Of (organisation, optional)" });
  await typeIn(org, "रूसी विदेश", /रूसी विदेश मंत्रालय/);
  await expect(org).toHaveAttribute("aria-expanded", "true");
  await org.press("ArrowDown");
  await expect(org).toHaveAttribute("aria-activedescendant", /.+/);
  await org.press("Enter");
  await expect(page.getByTestId("anonymous-affiliation-chosen")).toContainText("रूसी विदेश मंत्रालय");
  await page.getByTestId("speaker-cue").fill("रूसी विदेश मंत्रालय के अधिकारी के हवाले से");
  await expect(page.getByTestId("speaker-verb")).toHaveValue("SAID");

  // The relay: NK News. "NK" and Enter with nothing highlighted picks nothing and creates nothing.
  await page.getByRole("button", { name: "+ Add a relay" }).click();
  const relay = page.getByRole("combobox", { name: "Relay 1" });
  await typeIn(relay, "NK", /एनके न्यूज/);
  await relay.press("Enter");
  await expect(page.getByTestId("relay-0-chosen")).toHaveCount(0);
  await expect(page.getByTestId("relay-0-add")).toHaveCount(0);
  await expect(page).toHaveURL(/\/log\?/);
  expect(await registrySize()).toBe(before);
  await page.screenshot({ path: `${SHOTS}/chain-picker-open.png`, fullPage: true });
  await relay.press("ArrowDown");
  await relay.press("Enter");
  await expect(page.getByTestId("relay-0-chosen")).toContainText("एनके न्यूज");
  // The cue suggests the verb: "… ने … बताया" is a report.
  await page.getByTestId("relay-0-cue").fill("NK न्यूज ने बताया");
  await expect(page.getByTestId("relay-0-verb")).toHaveValue("REPORTED");
  await page.screenshot({ path: `${SHOTS}/chain-log-form.png`, fullPage: true });

  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  // The desk reads English here: the chain in English, the common descriptor in English words.
  const chain = page.getByTestId("attribution-chain");
  await expect(chain).toContainText("an official of Russian Ministry of Foreign Affairs");
  await expect(chain).toContainText("NK News");
  await expect(chain).toContainText("reported");
  await expect(chain).toHaveAttribute(
    "aria-label",
    /An official of Russian Ministry of Foreign Affairs said → NK News reported →/,
  );
  await expect(chain.getByRole("link", { name: "NK News" })).toHaveAttribute(
    "href",
    "/en/entities/nk-news",
  );
  expect(await registrySize()).toBe(before);
  await chain.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/chain-claim-page.png`, fullPage: true });
  await page.context().close();
});

test("adding a name the registry already has offers the existing entity instead of a duplicate", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  const before = await registrySize();
  await page.goto("/desk/articles/art_000");
  await selectInArticle(page, await unloggedSlice(page, "ट्रेन", 40));
  await page.getByTestId("log-claim").click();

  await page.getByRole("button", { name: "+ Add a relay" }).click();
  const relay = page.getByRole("combobox", { name: "Relay 1" });
  await typeIn(relay, "NK News", /एनके न्यूज/);
  // ArrowUp from the top wraps to the list's last option: "+ Add “NK News” to the registry…".
  await relay.press("ArrowUp");
  await relay.press("Enter");
  const add = page.getByTestId("relay-0-add");
  await expect(add.getByLabel("English name")).toHaveValue("NK News");
  await add.getByLabel("Kind").selectOption("OUTLET");
  await add.getByRole("button", { name: "Add to registry" }).click();
  const dupes = page.getByTestId("relay-0-add-duplicates");
  await expect(dupes).toContainText("एनके न्यूज");
  await expect(dupes).toContainText("Seoul-based news site");
  await page.screenshot({ path: `${SHOTS}/chain-add-duplicate.png`, fullPage: true });
  // "It is someone else" needs a description that tells the two apart before it can add.
  await dupes.getByRole("button", { name: "It is someone else" }).click();
  await expect(add.getByRole("button", { name: "Add to registry" })).toBeDisabled();
  await dupes.getByRole("button", { name: "Use this" }).click();
  await expect(page.getByTestId("relay-0-chosen")).toContainText("एनके न्यूज");
  expect(await registrySize()).toBe(before);
  await page.context().close();
});

test("the claims list's speaker filter shows the chosen name and is picked from the keyboard", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  // An id in the address is shown by its names, loaded on the server.
  await page.goto("/desk/claims?speaker=ent_bbc");
  const filter = page.getByTestId("filter-speaker");
  await expect(page.getByTestId("filter-speaker-chosen")).toContainText("बीबीसी");
  await filter.getByRole("button", { name: /change/ }).click();
  const combo = filter.getByRole("combobox", { name: "Speaker" });
  await expect(combo).toBeFocused();
  await typeIn(combo, "शोइगु", /सर्गेई शोइगु/);
  await combo.press("ArrowDown");
  await combo.press("Enter");
  await expect(page.getByTestId("filter-speaker-chosen")).toContainText("सर्गेई शोइगु");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/speaker=ent_shoigu/);
  await expect(page.getByTestId("filter-speaker-chosen")).toContainText("सर्गेई शोइगु");
  await page.context().close();
});
