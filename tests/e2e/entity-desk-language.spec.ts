// Issue 19: the registry's desk screens and the chain editor speak the editor's language, one at a
// time: Hindi for an editor who chose it (the pramaan-lang cookie), English for the en-US browser
// the other specs run in. Names show in the page's language first, the other after it.
import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage, unloggedSlice } from "./helpers";

const SHOTS = process.env.SHOTS_DIR ?? "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });

async function inLanguage(page: Page, lang: "hi" | "en") {
  const url = new URL(page.url());
  await page.context().addCookies([{ name: "pramaan-lang", value: lang, url: url.origin }]);
}

test("the registry, an entry and the merge page are in Hindi for an editor who chose Hindi", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await inLanguage(page, "hi");

  await page.goto("/desk/entities");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("नाम");
  await expect(page.getByRole("link", { name: "नया नाम जोड़ें" })).toBeVisible();
  await expect(page.getByTestId("entities-list")).toContainText("ज़िक्र");
  await page.screenshot({ path: `${SHOTS}/entities-list-hi.png`, fullPage: true });

  await page.goto("/desk/entities/ent_ru_mfa");
  // The Hindi name first, the English after it (marked as English).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "रूसी विदेश मंत्रालय Russian Ministry of Foreign Affairs",
  );
  await expect(page.locator("h1 [lang=en]")).toHaveText("Russian Ministry of Foreign Affairs");
  await expect(page.getByTestId("entity-usage")).toContainText("वक्ता:");
  await expect(page.getByText("सरकारी निकाय").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "सहेजें" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/entity-hi.png`, fullPage: true });

  await page.goto("/desk/entities/ent_bbc/merge?with=ent_nyt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("दो नामों का विलय");
  await expect(page.getByTestId("entity-merge-compare")).toContainText("माध्यम के रूप में लेख");
  await expect(page.getByRole("button", { name: "विलय करें" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/entity-merge-hi.png`, fullPage: true });

  await page.goto("/desk/entities/ent_bbc/merge?with=ent_kim");
  await expect(page.getByTestId("entity-merge-blocked")).toContainText(
    "अलग प्रकार के नामों का विलय नहीं हो सकता",
  );

  // The same entry in English: the English name first, the Hindi one after it, marked as Hindi.
  await inLanguage(page, "en");
  await page.goto("/desk/entities/ent_ru_mfa");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Russian Ministry of Foreign Affairs रूसी विदेश मंत्रालय",
  );
  await expect(page.locator("h1 [lang=hi]")).toHaveText("रूसी विदेश मंत्रालय");
  await expect(page.getByText("Government body").first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/entity-en.png`, fullPage: true });
  await page.goto("/desk/entities/ent_bbc/merge?with=ent_nyt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merge two entities");
  await page.screenshot({ path: `${SHOTS}/entity-merge-en.png`, fullPage: true });
});

test("the add form's picker announces its matches in the page's language", async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_A);
  for (const lang of ["hi", "en"] as const) {
    await inLanguage(page, lang);
    await page.goto("/desk/entities/new");
    await expect(page.locator("[data-testid=entity-form][data-ready=true]")).toBeVisible();
    const affiliation = page.getByTestId("entity-affiliation").getByRole("combobox");
    await affiliation.fill("रूसी विदेश");
    await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
    await expect(page.getByTestId("entity-affiliation").locator("[aria-live]")).toHaveText(
      lang === "hi" ? /^\d+ (मिलता-जुलता|मिलते-जुलते) नाम$/ : /^\d+ matching names?$/,
    );
    await page.screenshot({ path: `${SHOTS}/entity-new-picker-${lang}.png`, fullPage: true });
    await affiliation.fill("zzqx");
    await expect(page.getByTestId("entity-affiliation").locator("[aria-live]")).toHaveText(
      lang === "hi" ? "कोई नाम मेल नहीं खाता" : "No matching names",
    );
  }
});

test("the chain editor is in Hindi, its relay picker offering to add a new name", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await inLanguage(page, "hi");
  await page.goto("/desk/articles/art_002");
  await selectInArticle(page, await unloggedSlice(page, "रूस", 40));
  await page.getByTestId("log-claim").click();
  await expect(page.getByText("किसने कहा", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "+ आगे बढ़ाने वाला जोड़ें" }).click();
  const relay = page.getByRole("combobox", { name: "आगे बढ़ाने वाला 1" });
  await relay.fill("नया माध्यम परीक्षण");
  await expect(page.getByRole("option", { name: /रजिस्टर में जोड़ें/ })).toBeVisible();
  await expect(page.getByTestId("relay-0-verb")).toContainText("बताया");
  await page.screenshot({ path: `${SHOTS}/chain-hi.png`, fullPage: true });
});
