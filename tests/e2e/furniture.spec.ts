// Page furniture: an editor sees the detected furniture listed and (on request) greyed in the text,
// marks a teaser line the detector missed, and the public page no longer shows it. The test reads its
// own copy of seed article art_001 (pasted with a tag, so it is a new article).
import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage } from "./helpers";

const t = crypto.randomBytes(4).toString("hex");
const BODY = `${fs.readFileSync("seeds/001_35a6e6f765ef245d.txt", "utf8")}\nफर्नीचर ${t}\n`;
const TEASER = "RSS Chief Mohan Bhagwat";

test("an editor marks a teaser line as page furniture; readers no longer see it", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`पेज फर्नीचर ${t}`);
  await page.getByLabel("Text of the article").fill(BODY);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new$)[^/]+$/);
  const articleId = new URL(page.url()).pathname.split("/").pop() as string;

  // Detected at import: listed, and hidden in the text until asked for.
  const panel = page.getByTestId("furniture-panel");
  await expect(panel.getByRole("heading", { name: "Page furniture (6)" })).toBeVisible();
  const body = page.getByTestId("article-body");
  await expect(body.getByText("Featured Video Of The Day")).toBeHidden();
  await expect(body.getByText(TEASER)).toBeVisible();

  // Readers get the full text only of the newsroom's own articles (issue 17 item 7): marked own.
  const rights = page.getByTestId("text-rights-form");
  await rights.getByRole("radio", { name: /Our own article/ }).check();
  await rights.getByRole("button", { name: /Save/ }).click();
  await expect(rights.getByRole("status")).toContainText("Saved");

  // The public page before: the teaser is there, the ad labels are not.
  const reader = await browser.newPage();
  await reader.goto(`/articles/${articleId}`);
  await expect(reader.getByTestId("article-body")).toContainText(TEASER);
  await expect(reader.getByTestId("article-body")).not.toContainText("Advertisement");

  await selectInArticle(page, TEASER);
  await page.getByTestId("mark-furniture").click();
  await expect(panel.getByRole("heading", { name: "Page furniture (7)" })).toBeVisible();
  await expect(panel.getByTestId("furniture-item").filter({ hasText: TEASER })).toContainText(
    "Marked by an editor · confirmed",
  );
  await expect(body.getByText(TEASER)).toBeHidden();

  await panel.getByTestId("confirm-furniture").click();
  await expect(panel.getByTestId("confirm-furniture")).toHaveCount(0);

  await panel.getByTestId("toggle-furniture").click();
  await expect(page).toHaveURL(/\?furniture=show$/);
  const video = body.locator("[data-furniture=video]");
  await expect(video).toBeVisible();
  await expect(video).toHaveAttribute("data-furniture-label", "Video teaser — page furniture");
  await expect(body.locator("[data-furniture=editor]")).toContainText(TEASER);
  await expect(body.locator("[data-furniture=advertisement]").first()).toHaveCSS(
    "color",
    "rgb(107, 101, 96)", // app/globals.css .furniture: greyed, at 5.3:1
  );
  await body.locator("[data-furniture=editor]").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/furniture.png", fullPage: true });

  // Logging words inside furniture is allowed, with a warning that readers will not see them.
  await selectInArticle(page, "Featured Video");
  await page.getByTestId("log-claim").click();
  await expect(page.getByTestId("furniture-warning")).toContainText("Video teaser");

  await reader.reload();
  await expect(reader.getByTestId("article-body")).toBeVisible();
  await expect(reader.getByTestId("article-body")).not.toContainText(TEASER);
  await expect(reader.getByTestId("article-body")).not.toContainText("Featured Video Of The Day");
  await expect(reader.getByTestId("article-body")).toContainText("अमेरिकी नौसेना");
});
