// Issue 17 item 7: a reader of another outlet's article sees its checked claims in context, each
// with its verdict, and a link to the original — no paragraph of the text. An editor marks an
// article as the newsroom's own on the desk; the reader then gets the full annotated text, and the
// article's history says who changed it. The article's lines are read from the desk's own page,
// not from the code that withholds them.
import crypto from "node:crypto";
import fs from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { EDITOR_A, signedInPage } from "./helpers";

const SHOTS = "/tmp/shots/H";
fs.mkdirSync(SHOTS, { recursive: true });
const t = crypto.randomBytes(4).toString("hex");
const URL_OF_NEW = `https://example.org/khabar/${t}`;
// The seed's published demo claim (prisma/demo-data.ts), in art_000.
const DEMO_CLAIM = {
  slug: "russia-2017-grain-world-record-demo",
  quote: "रूस 2017 में दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है",
};

/** The article's lines (≥ 30 characters) without `quote`, as the desk page shows its text. */
async function deskLines(page: Page, id: string, quote?: string): Promise<string[]> {
  await page.goto(`/desk/articles/${id}`);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (hidden furniture left out) is what is compared
  const text = await page.getByTestId("article-body").innerText();
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (hidden furniture left out) is what is compared
  const title = (await page.locator("h1").first().innerText()).trim();
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length >= 30 && !(quote && l.includes(quote)) && !title.includes(l));
}

async function readerPage(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  return context.newPage();
}

async function expectWithheld(reader: Page, lines: string[]) {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (hidden furniture left out) is what is compared
  const shown = await reader.locator("main").innerText();
  expect(lines.length).toBeGreaterThan(3);
  expect(lines.filter((l) => shown.includes(l))).toEqual([]);
  await expect(reader.getByTestId("article-full-text")).toHaveCount(0);
}

test("a reader of another outlet's article gets the claims in context and a link, not the text", async ({
  browser,
}) => {
  const editor = await signedInPage(browser, EDITOR_A);
  const seedLines = await deskLines(editor, "art_000", DEMO_CLAIM.quote);

  for (const width of [1280, 390]) {
    const reader = await readerPage(browser, width);
    await reader.goto("/articles/art_000");
    await expectWithheld(reader, seedLines);
    // The checked claim: its quote with a few words around it, and its verdict linked.
    const item = reader.getByTestId("claims-in-context").getByRole("listitem");
    await expect(item).toHaveCount(1);
    await expect(item.locator("mark.claim")).toHaveText(DEMO_CLAIM.quote);
    await expect(item.getByTestId("rating-badge")).toBeVisible();
    await expect(item.getByTestId("verdict-link")).toHaveAttribute(
      "href",
      `/en/claims/${DEMO_CLAIM.slug}`, // the reader's browser reads English
    );
    // The seed recorded no address for it: said, not a dead link.
    await expect(reader.getByTestId("original-missing")).toBeVisible();
    await reader.screenshot({ path: `${SHOTS}/reader-other-${width}.png`, fullPage: true });
    await reader.context().close();
  }

  // An article pasted with its address: the reader is sent there for the text.
  await editor.goto("/desk/articles/new");
  await editor.getByRole("textbox", { name: "Title", exact: true }).fill(`अधिकार जांच ${t}`);
  await editor
    .getByLabel("Text of the article")
    .fill(`${fs.readFileSync("seeds/002_ce10f36d29f07abf.txt", "utf8")}\nअधिकार ${t}\n`);
  await editor.getByLabel("Address (URL)").fill(URL_OF_NEW);
  await editor.getByRole("button", { name: "Add article" }).click();
  await expect(editor).toHaveURL(/\/desk\/articles\/(?!new$)[^/]+$/);
  const id = new URL(editor.url()).pathname.split("/").pop() as string;
  const newLines = await deskLines(editor, id);
  const reader = await readerPage(browser);
  await reader.goto(`/articles/${id}`);
  await expectWithheld(reader, newLines);
  await expect(reader.getByTestId("original-link")).toHaveAttribute("href", URL_OF_NEW);
  await reader.context().close();
  await editor.context().close();
});

test("an editor marks the article as the newsroom's own: readers see the full text; history says who", async ({
  browser,
}) => {
  const editor = await signedInPage(browser, EDITOR_A);
  const lines = await deskLines(editor, "art_000", DEMO_CLAIM.quote);
  const form = editor.getByTestId("text-rights-form");
  await expect(form.getByRole("radio", { name: /Another outlet's article/ })).toBeChecked();
  await form.getByRole("radio", { name: /Our own article/ }).check();
  await form.screenshot({ path: `${SHOTS}/desk-text-rights.png` });
  await form.getByRole("button", { name: /Save/ }).click();
  await expect(form.getByRole("status")).toContainText("Saved");
  const sentence = editor.getByTestId("history-event").first();
  await expect(sentence).toHaveAttribute("data-action", "article.text-rights");
  await expect(sentence.getByTestId("history-sentence")).toHaveText(
    "Asha Verma marked the text as Our own article (was Another outlet's article): Readers see the full text",
  );
  await editor.setViewportSize({ width: 390, height: 900 });
  await form.screenshot({ path: `${SHOTS}/desk-text-rights-390.png` });
  await sentence.screenshot({ path: `${SHOTS}/desk-history-390.png` });
  await editor.setViewportSize({ width: 1280, height: 900 });

  // A reader (the front cache held the withheld page from the test before: the save purged it).
  const reader = await readerPage(browser);
  await reader.goto("/articles/art_000");
  const full = reader.getByTestId("article-full-text");
  await expect(full).toBeVisible();
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (hidden furniture left out) is what is compared
  const shown = await full.innerText();
  expect(lines.filter((l) => !shown.includes(l))).toEqual([]);
  await expect(full.locator("mark.claim")).toHaveText(DEMO_CLAIM.quote);
  await reader.screenshot({ path: `${SHOTS}/reader-own-1280.png`, fullPage: false });

  // Back to another outlet's (the seed's own value, for the tests after this one): withheld again.
  await form.getByRole("radio", { name: /Another outlet's article/ }).check();
  await form.getByRole("button", { name: /Save/ }).click();
  await expect(form.getByRole("status")).toContainText("Saved");
  await reader.goto("/articles/art_000");
  await expectWithheld(reader, lines);
  await reader.context().close();
  await editor.context().close();
});
