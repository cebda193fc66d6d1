// Issue 17 item 6: a "ये भी पढ़ें" teaser box — the heading and the headlines of other stories under
// it — pasted with an article is detected as page furniture, listed on the desk, and left out of the
// public page (the full text is public here because the newsroom marks the article its own).
import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { EDITOR_A, signedInPage } from "./helpers";

const t = crypto.randomBytes(4).toString("hex");
const H1 = "मणिपुर: अब तक नहीं थमी हिंसक घटनाएं, उपद्रवियों ने फिर लगाई आग";
const H2 = "G20 समिट के बाद भारत-सऊदी अरब के बीच हुए कई समझौते";
const NEXT = "क्रेमलिन के प्रवक्ता दिमित्री पेस्कोव ने";
const seed = fs.readFileSync("seeds/000_4cf5c9412929b494.txt", "utf8");
const at = seed.indexOf(NEXT);
// As a page pastes: the box between two paragraphs, a blank line either side.
const BODY = `${seed.slice(0, at)}ये भी पढ़ें:\n${H1}\n${H2}\n\n${seed.slice(at)}\nटीज़र ${t}\n`;
const SHOTS = "/tmp/shots/G";

test("a teaser box pasted with an article is furniture: listed on the desk, not on the public page", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`टीज़र बॉक्स ${t}`);
  await page.getByLabel("Text of the article").fill(BODY);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new$)[^/]+$/);
  const articleId = new URL(page.url()).pathname.split("/").pop() as string;

  // Listed as one item: the heading with both headlines.
  const item = page
    .getByTestId("furniture-panel")
    .getByTestId("furniture-item")
    .filter({ hasText: "ये भी पढ़ें" });
  await expect(item).toContainText("Also read");
  await expect(item).toContainText(H1);
  await expect(item).toContainText(H2);
  await page.screenshot({ path: `${SHOTS}/desk-teaser-furniture.png`, fullPage: true });

  // The newsroom's own article: readers get the full text.
  const form = page.getByTestId("text-rights-form");
  await form.getByRole("radio", { name: /Our own article/ }).check();
  await form.getByRole("button", { name: /Save/ }).click();
  await expect(form.getByRole("status")).toContainText("Saved");

  for (const width of [1280, 390]) {
    const reader = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await reader.goto(`/articles/${articleId}`);
    const text = reader.getByTestId("article-full-text");
    await expect(text).toContainText(NEXT);
    await expect(text).toContainText("रूसी राष्ट्रपति पुतिन से मिले किम जोंग");
    await expect(text).not.toContainText("ये भी पढ़ें");
    await expect(text).not.toContainText(H1);
    await expect(text).not.toContainText(H2);
    await reader.screenshot({
      path: `${SHOTS}/public-article-no-teaser-${width}.png`,
      fullPage: true,
    });
    await reader.context().close();
  }
});

test("the seed's verdict page: the words after its quote are the article's, not its comment box", async ({
  page,
}) => {
  // Seed 000 ends its last paragraph, the one quoted, just above "Leave A Reply".
  await page.goto("/claims/russia-2017-grain-world-record-demo");
  const appearances = page.getByTestId("appearances");
  await expect(appearances.locator("mark.claim")).toBeVisible();
  await expect(appearances).not.toContainText("Leave A Reply");
  await expect(appearances).not.toContainText("Your email");
  await appearances.screenshot({ path: `${SHOTS}/verdict-context-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await appearances.screenshot({ path: `${SHOTS}/verdict-context-390.png` });
});
