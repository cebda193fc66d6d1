// A new version of an article through the desk, clicking as a person would: a claim whose sentence
// the new text rewrote is orphaned (not dropped), shown in the banner and the queue with its old
// words, then re-attached to its words in the new text; readers are told the article changed.
import { expect, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage } from "./helpers";

const t = Date.now().toString(36);
const P1 = `जिला प्रशासन ने बताया कि नई सड़क का काम पूरा हो गया है ${t}।`;
const P2 = `मंत्री ने कहा कि इस साल बारह हज़ार नए शिक्षक भर्ती किए गए।`;
const P2_NEW = `मंत्री के अनुसार अब तक कुल नौ हज़ार शिक्षकों की नियुक्ति हुई है।`;
const P3 = `विपक्ष ने इन आंकड़ों पर सवाल उठाए।`;
const CLAIM = `इस साल बारह हज़ार नए शिक्षक भर्ती किए गए ${t}`;

test("a new version orphans a rewritten claim; the editor re-attaches it to the new words", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/new");
  const form = page.getByTestId("article-add-form");
  await form.getByLabel("Title").fill(`शिक्षक भर्ती ${t}`);
  await form.getByLabel("Text of the article").fill(`${P1}\n${P2}\n${P3}\n`);
  await form.getByLabel("Address (URL)").fill(`https://example.org/teachers/${t}`);
  await form.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[\w-]+$/);
  const articlePath = new URL(page.url()).pathname;

  await selectInArticle(page, P2.slice(0, -1));
  await page.getByTestId("log-claim").click();
  await page.getByLabel(/checkable statement/).fill(CLAIM);
  await page.getByLabel("The article itself (no one named)").check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);

  // The outlet rewrote the sentence: import the new version on the article's page.
  await page.goto(articlePath);
  await page.getByText("Import a new version").click();
  const revise = page.getByTestId("revision-form");
  await revise.getByLabel("New text").fill(`${P1}\n${P2_NEW}\n${P3}\n`);
  await revise.getByRole("button", { name: "Import this version" }).click();
  await expect(page.getByTestId("revision-report")).toContainText(
    `new version of शिक्षक भर्ती ${t}: 0 re-anchored, 1 orphaned`,
  );
  const banner = page.getByTestId("orphan-banner");
  await expect(banner).toContainText("1 appearance not found in the new text");
  await expect(banner).toContainText(CLAIM);
  await expect(banner.locator("mark")).toHaveText(P2.slice(0, -1));
  // Not highlighted in the new text, whose words it no longer has.
  await expect(page.getByTestId("article-body").locator("mark.claim")).toHaveCount(0);
  await expect(page.getByTestId("article-changed")).toContainText("(version 2)");

  // The queue lists it too, with its article.
  await page.goto("/desk/orphans");
  const queued = page.getByTestId("orphan").filter({ hasText: CLAIM });
  await expect(queued).toContainText(`शिक्षक भर्ती ${t}`);
  await expect(queued).toContainText("Logged on version 1; now version 2");
  await page.screenshot({ path: "test-results/orphans.png", fullPage: true });

  // Re-attach: select the claim's words in the new text.
  await queued.getByTestId("reattach").click();
  await expect(page.getByTestId("reattach-banner")).toContainText(P2.slice(0, -1));
  await selectInArticle(page, P2_NEW.slice(0, -1));
  await page.getByTestId("reattach-here").click();
  await expect(page).toHaveURL(new RegExp(`${articlePath}$`));
  await expect(page.getByTestId("orphan-banner")).toHaveCount(0);
  await expect(page.getByTestId("article-body").locator("mark.claim")).toHaveText(
    P2_NEW.slice(0, -1),
  );
  await expect(page.getByTestId("audit-trail")).toBeVisible();
  await page.goto("/desk/orphans");
  await expect(page.getByTestId("orphan").filter({ hasText: CLAIM })).toHaveCount(0);

  // Readers see that the article changed, and when.
  await page.goto(articlePath.replace("/desk", ""));
  await expect(page.getByTestId("article-changed")).toContainText(
    /This article changed on .+ \(version 2\)/,
  );
});
