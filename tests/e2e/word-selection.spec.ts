// Issue 17 items 4 and 5, as an editor does them in Chromium: a mouse drag that starts mid-word logs
// the whole word; a drag that starts on a logged claim's highlight selects instead of dragging the
// link; keyboard only — Tab to the text, arrows and Shift choose words, Enter, log — and the skip
// link is the first thing Tab reaches. Chromium's Intl.Segmenter is checked against Node's on the
// seed articles, since the caret (browser) and the snap (server) must agree on what a word is.
import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { wordSpans } from "../../lib/anchoring/words";
import { EDITOR_A, signedInPage } from "./helpers";

const t = Date.now().toString(36);
const LINE = `कुछ विशेषज्ञों का कहना है कि उत्तर कोरिया ${t} अवसर के रूप में देखता है।`;
const NEXT = `दूसरे जानकारों ने कहा कि बातचीत जल्दी शुरू होगी ${t}।`;
const SHOTS = "/tmp/shots/F";

/** Viewport point in the middle of the character at `offset` of the first occurrence of `quote`. */
async function pointIn(page: Page, quote: string, offset: number) {
  return page.evaluate(
    ([q, k]) => {
      const root = document.querySelector("[data-testid=article-body]")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let text = "";
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      const at = text.indexOf(q) + k;
      const n = nodes.find((x) => at < x.start + x.node.data.length)!;
      const r = document.createRange();
      r.setStart(n.node, at - n.start);
      r.setEnd(n.node, at - n.start + 1);
      const box = r.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [quote, offset] as const,
  );
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/** A fresh article of two sentences (the specs share a database), opened on the desk. */
async function newArticle(page: Page, tag: string): Promise<string> {
  await page.goto("/desk/articles/new");
  const add = page.getByTestId("article-add-form");
  await add.getByLabel("Title").fill(`शब्द चयन ${t} ${tag}`);
  // Each article's text differs (the desk refuses a text it already holds).
  await add.getByLabel("Text of the article").fill(`${LINE}\n${NEXT}\n`.replaceAll(t, t + tag));
  await add.getByLabel("Address (URL)").fill(`https://example.org/words/${t}/${tag}`);
  await add.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[\w-]+$/);
  await expect(page.locator("[data-selection-ready=true]")).toBeVisible();
  return new URL(page.url()).pathname;
}

test("a mouse drag from mid-word logs whole words; a drag from a highlight selects", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  const articlePath = await newArticle(page, "mouse");

  // 1. A drag from the middle of "विशेषज्ञों" (on "शे", past "वि") to the middle of "कहना".
  const from = await pointIn(page, "विशेषज्ञों", 2);
  const to = await pointIn(page, "कहना", 2);
  await drag(page, from, to);
  await page.getByTestId("log-claim").click();
  await expect(page.getByTestId("selected-quote")).toContainText("विशेषज्ञों का कहना");
  await expect(page.getByLabel(/checkable statement/)).toHaveValue("विशेषज्ञों का कहना");
  await page.getByLabel("The article itself (no one named)").check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  await page.goto(articlePath);
  const logged = page.getByTestId("article-body").locator("mark.claim");
  await expect(logged).toHaveText("विशेषज्ञों का कहना");

  // 2. A drag that starts on that highlight selects words; it neither drags the link nor opens it.
  await expect(page.locator("[data-selection-ready=true]")).toBeVisible();
  await drag(page, await pointIn(page, "कहना", 1), await pointIn(page, "उत्तर", 2));
  await expect(page.getByTestId("log-claim")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(articlePath);
  expect(await page.evaluate(() => document.getSelection()?.toString())).toContain("है कि");
  // A click without movement still opens the claim.
  await page.mouse.click((await pointIn(page, "कहना", 1)).x, (await pointIn(page, "कहना", 1)).y);
  await expect(page).toHaveURL(/\/desk\/claims\//);
});

test("keyboard only: skip link, Tab to the text, arrows + Shift choose words, Enter logs", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  const articlePath = await newArticle(page, "keys");
  await page.reload();
  await expect(page.locator("[data-selection-ready=true]")).toBeVisible();
  // The skip link is the first stop, and following it moves focus to the content.
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main-content")).toBeFocused();
  const body = page.getByTestId("article-body");
  for (let i = 0; i < 40 && !(await body.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(body).toBeFocused();
  // The first press puts the caret on the first word; Down: the next sentence's first word
  // ("दूसरे"); Right three times; Shift+Right twice.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("chosen-words")).toHaveText("Chosen words: कुछ");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("chosen-words")).toHaveText("Chosen words: दूसरे");
  await page.keyboard.press("ArrowRight"); // जानकारों
  await page.keyboard.press("ArrowRight"); // ने
  await page.keyboard.press("ArrowRight"); // कहा
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByTestId("chosen-words")).toHaveText("Chosen words: कहा कि बातचीत");
  await expect(body).toBeFocused();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}/keyboard-selection-desktop.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/keyboard-selection-390.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/log\?start=\d+&end=\d+/);
  await expect(page.getByLabel(/checkable statement/)).toHaveValue("कहा कि बातचीत");
  await page.getByLabel("The article itself (no one named)").focus();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("The article itself (no one named)")).toBeChecked();
  await page.getByRole("button", { name: /Log claim/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/desk\/claims\//);
  await page.goto(articlePath);
  await expect(page.getByTestId("article-body").locator("mark.claim")).toHaveText("कहा कि बातचीत");
});

test("the skip link comes first on public pages and moves focus to the content", async ({
  page,
}) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("skip-link")).toBeFocused();
  await expect(page.getByTestId("skip-link")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/skip-link-public.png` });
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main-content")).toBeFocused();
});

test("Chromium's Intl.Segmenter cuts the seed articles into the same words as Node's", async ({
  page,
}) => {
  await page.goto("/");
  for (const file of fs.readdirSync("seeds").filter((f) => f.endsWith(".txt"))) {
    const text = fs.readFileSync(`seeds/${file}`, "utf8");
    const chromium = await page.evaluate((s) => {
      const seg = new Intl.Segmenter("hi", { granularity: "word" });
      return [...seg.segment(s)]
        .filter((x) => x.isWordLike)
        .map((x) => ({ start: x.index, end: x.index + x.segment.length }));
    }, text);
    expect(chromium, file).toEqual(wordSpans(text));
  }
});
