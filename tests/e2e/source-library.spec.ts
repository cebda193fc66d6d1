import { expect, test } from "@playwright/test";
import {
  addSource,
  EDITOR_A,
  EDITOR_B,
  selectInArticle,
  signedInPage,
  unloggedSlice,
} from "./helpers";

const URL_ = "https://example.org/tass/shoigu-pyongyang-2023";

async function logClaim(page: import("@playwright/test").Page, quote: string, textHi: string) {
  await page.goto("/desk/articles/art_003");
  await selectInArticle(page, quote);
  await page.getByTestId("log-claim").click();
  await page.getByLabel(/checkable statement/).fill(textHi);
  await page.getByLabel(/The article itself/).check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
}

test("a source already in the library with other details is a choice for the editor, not a silent drop", async ({
  browser,
}) => {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_003");
  const text = (await asha.getByTestId("article-body").textContent())!;
  const quoteA = text.slice(text.indexOf("शोइगु"), text.indexOf("शोइगु") + 30).trim();
  await logClaim(asha, quoteA, "शोइगु की उत्तर कोरिया यात्रा का दावा, स्रोत पुस्तकालय की जांच");
  await addSource(asha, {
    url: URL_,
    title: "TASS: Shoigu in Pyongyang",
    publisher: "TASS",
    stance: "CONTEXT",
  });

  const ravi = await signedInPage(browser, EDITOR_B);
  const later = text.lastIndexOf("किम");
  await logClaim(
    ravi,
    text.slice(later, later + 25).trim(),
    "किम और शोइगु की मुलाकात का दूसरा दावा, वही स्रोत",
  );
  const form = ravi.getByTestId("evidence-form");
  await form.getByLabel("Address (URL)").fill(URL_);
  await form.getByLabel("Title").fill("Shoigu arrives in Pyongyang for the armistice anniversary");
  await form.getByLabel("Publisher").fill("TASS");
  await form.getByLabel(/What it shows/).selectOption("SUPPORTS");
  await form.getByRole("button", { name: "Add source" }).click();

  const conflict = ravi.getByTestId("library-conflict");
  await expect(conflict).toContainText("TASS: Shoigu in Pyongyang");
  await expect(conflict).toContainText("Shoigu arrives in Pyongyang for the armistice anniversary");
  await expect(form.getByLabel("Title")).toHaveValue(
    "Shoigu arrives in Pyongyang for the armistice anniversary",
  );
  await ravi.screenshot({
    path: "test-results/screenshots/source-library-conflict.png",
    fullPage: true,
  });

  await conflict.getByRole("button", { name: "Correct the library's record to mine" }).click();
  await expect(ravi.getByTestId("sources")).toContainText(
    "Shoigu arrives in Pyongyang for the armistice anniversary",
  );
  await expect(ravi.getByTestId("audit-trail")).toContainText(
    "Ravi Kumar corrected a source's library record: ‘Shoigu arrives in Pyongyang",
  );

  // Asha's claim cites the same record: she sees the correction, and who made it.
  await asha.reload();
  await expect(asha.getByTestId("sources")).toContainText(
    "Shoigu arrives in Pyongyang for the armistice anniversary",
  );
  await expect(asha.getByTestId("audit-trail")).toContainText(
    "Ravi Kumar corrected a source's library record",
  );
  await asha.context().close();
  await ravi.context().close();
});

test("a source's authors, two people and an organisation, entered by mouse and keyboard, read as names", async ({
  browser,
}) => {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_003");
  const quote = await unloggedSlice(asha, "के", 30);
  await logClaim(asha, quote, "स्रोत के लेखकों की जांच का दावा: दो व्यक्ति और एक संस्था");
  const form = asha.getByTestId("evidence-form");
  const rows = form.getByTestId("ev-author-row");
  await form
    .getByLabel("Address (URL)")
    .fill(`https://example.org/nknews/armoured-train-${Date.now()}`);
  await form.getByLabel("Title").fill("Kim Jong Un's armoured train, explained");

  // The first person with the mouse; the new row's family name takes the keyboard.
  await form.getByRole("button", { name: /Add a person/ }).click();
  await expect(rows.nth(0).getByLabel(/Family name/)).toBeFocused();
  await asha.keyboard.type("Zwirko");
  await asha.keyboard.press("Tab");
  await asha.keyboard.type("Colin");
  // The organisation with the keyboard alone: past the row's "remove" and "Add a person".
  await asha.keyboard.press("Tab");
  await asha.keyboard.press("Tab");
  await asha.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: /Add an organisation/ })).toBeFocused();
  await asha.keyboard.press("Enter");
  await expect(rows.nth(1).getByLabel(/Name, as written/)).toBeFocused();
  await asha.keyboard.type("NK News");
  // The second person, typed after the organisation, then moved up into the byline's order.
  await form.getByRole("button", { name: /Add a person/ }).click();
  await rows
    .nth(2)
    .getByLabel(/Family name/)
    .fill("O'Carroll");
  await rows
    .nth(2)
    .getByLabel(/Given names/)
    .fill("Chad");
  await form.getByRole("button", { name: /Move author 3 up/ }).focus();
  await asha.keyboard.press("Enter");
  await expect(rows.nth(1).getByLabel(/Family name/)).toHaveValue("O'Carroll");
  await expect(rows.nth(2).getByLabel(/Name, as written/)).toHaveValue("NK News");

  // A fourth row left empty: the form names that row, and keeps everything typed.
  await form.getByRole("button", { name: /Add a person/ }).click();
  await form.getByLabel(/What it shows/).selectOption("CONTEXT");
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(rows.nth(3).getByRole("alert")).toContainText("Give the family name");
  await expect(rows.nth(3)).toContainText("Author 4");
  await expect(rows.nth(0).getByLabel(/Family name/)).toHaveValue("Zwirko");
  await expect(rows.nth(2).getByLabel(/Name, as written/)).toHaveValue("NK News");
  await form.getByRole("button", { name: /Remove author 4/ }).click();
  await form.getByRole("button", { name: "Add source" }).click();

  const sources = asha.getByTestId("sources");
  await expect(sources).toContainText("Colin Zwirko, Chad O'Carroll, NK News");
  await asha.screenshot({ path: "test-results/screenshots/source-authors.png", fullPage: true });

  // Correcting the library's record starts from its list, one row per author.
  await sources.getByRole("button", { name: "Edit" }).click();
  const edit = asha.getByTestId("edit-evidence-form");
  await edit.getByRole("button", { name: /Correct the source's citation details/ }).click();
  await expect(edit.getByLabel(/Family name/)).toHaveCount(2);
  await expect(edit.getByLabel(/Family name/).first()).toHaveValue("Zwirko");
  await expect(edit.getByLabel(/Name, as written/)).toHaveValue("NK News");
  await asha.context().close();
});
