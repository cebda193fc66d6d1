// Articles in, as an editor does it: upload files on /desk/articles/new and watch the count move as
// each file is answered, read the per-line report, find the article in the list, credit it to an
// outlet and see the edit in its history.
import crypto from "node:crypto";
import { expect, type Route, test } from "@playwright/test";
import { EDITOR_A, signedInPage } from "./helpers";

const t = crypto.randomBytes(4).toString("hex");
const TITLE = `ई2ई आयातित लेख ${t}`;
const CSV_TITLE = `सीएसवी लेख ${t}`;

test("import files through the UI with live progress, then credit the article to an outlet", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles");
  await page.getByRole("link", { name: "Add articles" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/new$/);

  // The browser sends the 13 articles ten at a time. Hold the second request until the page has
  // shown the first ten as done: progress is then seen at a known point, not raced against.
  let posts = 0;
  let release!: () => void;
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route("**/api/desk/articles/import", async (route: Route) => {
    if (route.request().method() === "POST" && ++posts === 2) await held;
    await route.continue();
  });

  await page.getByLabel(/^Files/).setInputFiles([
    {
      name: `lekh-${t}.txt`,
      mimeType: "text/plain",
      buffer: Buffer.from(`${TITLE}\nयह लेख परीक्षण के लिए है ${t}।\nAdvertisement\nदूसरा अनुच्छेद।\n`),
    },
    {
      name: `batch-${t}.csv`,
      mimeType: "text/csv",
      // 11 good rows (lines 2–12), then a bad one (line 13).
      buffer: Buffer.from(
        [
          "title,body,url",
          ...Array.from(
            { length: 11 },
            (_, i) => `${CSV_TITLE} ${i},सीएसवी का पाठ ${t} ${i},https://example.org/${t}/${i}`,
          ),
          "बुरा,पाठ,not a link",
        ].join("\n"),
      ),
    },
  ]);
  await page.getByRole("button", { name: "Import 2 files" }).click();

  const progress = page.getByTestId("import-progress");
  await expect(progress).toContainText(`10 of 13 articles done · now batch-${t}.csv…`);
  await expect(progress).toContainText("10 imported");
  release();
  await expect(progress).toContainText(
    "13 of 13 articles done · 12 imported · 0 new versions · 0 already imported · 1 failed",
  );
  const report = page.getByTestId("import-report");
  await expect(report).toContainText(
    `batch-${t}.csv, line 13: url: A full address, starting with https://`,
  );
  await expect(report).toContainText("1 line looks like page furniture");
  await page.screenshot({ path: "test-results/screenshots/article-import.png", fullPage: true });

  // In the list (newest first), and opened from there.
  await page.goto("/desk/articles");
  const list = page.getByTestId("articles-list");
  await expect(list).toContainText(TITLE);
  await list.getByRole("link", { name: TITLE }).click();
  await expect(page.getByTestId("article-meta")).toContainText("Outlet not recorded");

  // Credit it to an outlet picked from the registry.
  await page.getByRole("button", { name: "Edit details" }).click();
  const form = page.getByTestId("article-meta-form");
  await form.getByRole("combobox", { name: "Outlet" }).fill("BBC");
  await form.getByRole("option", { name: /BBC/ }).first().click();
  await expect(form.getByTestId("article-outlet-chosen")).toContainText("BBC");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId("article-meta")).toContainText("BBC"); // the English page names the outlet in English
  await expect(page.getByTestId("audit-trail")).toContainText(
    "Asha Verma edited the article's details",
  );
  // The change itself, under its readable label, behind "Show changes".
  const edit = page.locator('[data-action="article.update"]').first();
  await edit.getByText("Show changes").click();
  await expect(edit.getByTestId("history-changes")).toContainText("outlet");
  await expect(page.getByTestId("audit-trail")).toContainText("Asha Verma imported the article");
  await page.screenshot({
    path: "test-results/screenshots/article-outlet-edited.png",
    fullPage: true,
  });
});

test("paste an article: a bad field keeps what was typed; fixed, it opens on the desk", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/new");
  const form = page.getByTestId("article-add-form");
  const title = `चिपकाया लेख ${t}`;
  const body = `पहला अनुच्छेद ${t}।\n\nदूसरा अनुच्छेद, जिसमें एक दावा है।`;
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Text of the article").fill(body);
  await form.getByRole("combobox", { name: "Outlet" }).fill("Jagran");
  await form
    .getByRole("option", { name: /Jagran/ })
    .first()
    .click();
  await form.getByLabel("Address (URL)").fill("not a link");
  // The day in the page's language: day, month by name, year (components/ui/date-field.tsx).
  await form.getByTestId("article-published-day").fill("27");
  await form.getByTestId("article-published-month").selectOption("7");
  await form.getByTestId("article-published-year").fill("2023");
  await form.getByRole("button", { name: "Add article" }).click();

  await expect(form.getByText("A full address, starting with https://")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue(title);
  await expect(form.getByLabel("Text of the article")).toHaveValue(body);
  await expect(form.getByTestId("article-outlet-chosen")).toContainText("Jagran");

  await form.getByLabel("Address (URL)").fill(`https://example.org/pasted/${t}`);
  await form.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[\w-]+$/);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("article-meta")).toContainText("Jagran");
  await expect(page.getByTestId("article-body")).toContainText(`पहला अनुच्छेद ${t}।`);
});

test("an upload refuses a file that is not UTF-8 (naming its line) and says what it removed", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/new");
  await page.getByLabel(/^Files/).setInputFiles([
    {
      name: `latin1-${t}.txt`,
      mimeType: "text/plain",
      // Line 3 was saved in another encoding: 0xE9 is "é" in Latin-1, not UTF-8.
      buffer: Buffer.concat([
        Buffer.from(`लैटिन ${t}\nपहली पंक्ति\n`),
        Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      ]),
    },
    {
      name: `bidi-${t}.txt`,
      mimeType: "text/plain",
      buffer: Buffer.from(`दिशा ${t}\nयह \u202Eउलटा\u202C पाठ है।\n`),
    },
  ]);
  await page.getByRole("button", { name: "Import 2 files" }).click();
  const report = page.getByTestId("import-report");
  await expect(report).toContainText(`latin1-${t}.txt, line 3: Not UTF-8`);
  await expect(report).toContainText("2 hidden direction-override characters removed");
  await expect(page.getByTestId("import-progress")).toContainText("1 imported");
  await expect(page.getByTestId("import-progress")).toContainText("1 failed");
});
