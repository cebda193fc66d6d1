// The claim spotter's suggestions in the editors' reader: log one with its proposed speaker
// prefilled, see it become a logged mention; dismiss another and find it still dismissed after a
// reload. The test reads its own copy of seed article art_000 (pasted with a tag, so it is a new
// article): other tests log the 59 km/h sentence in art_000 itself.
import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { EDITOR_A, signedInPage } from "./helpers";

const t = crypto.randomBytes(4).toString("hex");
const BODY = `${fs.readFileSync("seeds/000_4cf5c9412929b494.txt", "utf8")}\nप्रति ${t}\n`;
const SPEED = "59 किलोमीटर प्रति घंटा";
const VEHICLES = "20 बुलेटप्रूफ गाड़ियां";

test("log a suggestion with its proposed speaker; dismiss another and it stays dismissed", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`स्पॉटर सुझाव ${t}`);
  await page.getByLabel("Text of the article").fill(BODY);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new$)[^/]+$/);
  const articleUrl = new URL(page.url()).pathname;

  const panel = page.getByTestId("suggestions");
  await expect(panel.getByRole("heading", { name: /Suggestions \(\d+\)/ })).toBeVisible();
  const speed = panel.getByTestId("suggestion").filter({ hasText: SPEED });
  await expect(speed).toHaveCount(1);
  await expect(speed.getByTestId("signal")).toContainText(["number"]);
  await expect(speed.getByTestId("proposed-claimant")).toContainText("BBC");
  // The same words are marked in the text, apart from logged mentions.
  await expect(page.locator("mark.suggestion", { hasText: SPEED })).toHaveCount(1);
  await expect(page.getByTestId("legend")).toBeVisible();

  await speed.getByRole("link", { name: "Log this" }).click();
  await expect(page).toHaveURL(/\/log\?start=\d+&end=\d+&speaker=ent_bbc/);
  await expect(page.getByTestId("speaker-chosen")).toContainText("बीबीसी");
  await expect(page.getByLabel(/checkable statement/)).toHaveValue(new RegExp(SPEED));
  await page.getByLabel(/In English/).fill(`Armoured train limited to 59 km/h ${t}`);
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  // The chain names each entity in the page's language (English here).
  await expect(page.getByTestId("attribution-chain")).toContainText("BBC");

  await page.goto(articleUrl);
  await expect(page.locator("mark.claim", { hasText: SPEED })).toHaveCount(1);
  await expect(page.locator("mark.suggestion", { hasText: SPEED })).toHaveCount(0);
  await expect(panel.getByTestId("suggestion").filter({ hasText: SPEED })).toHaveCount(0);

  const vehicles = panel.getByTestId("suggestion").filter({ hasText: VEHICLES });
  await expect(vehicles).toHaveCount(1);
  await vehicles.getByRole("button", { name: "Dismiss" }).click();
  await expect(vehicles).toHaveCount(0);
  await page.reload();
  await expect(panel.getByRole("heading", { name: /Suggestions/ })).toBeVisible();
  await expect(panel.getByTestId("suggestion").filter({ hasText: VEHICLES })).toHaveCount(0);
  await expect(page.locator("mark.suggestion", { hasText: VEHICLES })).toHaveCount(0);
  await panel.getByRole("button", { name: "Show dismissed (1)" }).click();
  await expect(panel.getByTestId("dismissed-suggestion")).toContainText(VEHICLES);
  await page.screenshot({ path: "test-results/spot-suggestions.png", fullPage: true });
  await page.screenshot({ path: "test-results/spot-suggestions-top.png" });

  await panel.getByTestId("dismissed-suggestion").getByRole("button", { name: "Restore" }).click();
  await expect(panel.getByTestId("suggestion").filter({ hasText: VEHICLES })).toHaveCount(1);
});

test("a suggestion quoting an unnamed official of a ministry proposes an anonymous source of it", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`अनाम स्रोत सुझाव ${t}`);
  await page.getByLabel("Text of the article").fill(`${BODY}\nअनाम ${t}\n`);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new$)[^/]+$/);
  const wine = page
    .getByTestId("suggestions")
    .getByTestId("suggestion")
    .filter({ hasText: "फ्रेंच वाइन के केस" });
  await expect(wine).toHaveCount(1);
  await wine.getByRole("link", { name: "Log this" }).click();
  await expect(page).toHaveURL(/speaker=ent_ru_mfa&speakerAs=/);
  // "रूसी विदेश मंत्रालय के अधिकारी के हवाले से": an official of the ministry, relayed by NK News.
  await expect(page.getByRole("radio", { name: /An anonymous source/ })).toBeChecked();
  await expect(page.getByTestId("anonymous-as")).toHaveValue("एक अधिकारी");
  await expect(page.getByTestId("anonymous-affiliation-chosen")).toContainText("रूसी विदेश मंत्रालय");
  await expect(page.getByTestId("relay-0-chosen")).toContainText("एनके न्यूज");
  await page.screenshot({
    path: "test-results/screenshots/spot-anonymous-prefill.png",
    fullPage: true,
  });
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  await expect(page.getByTestId("attribution-chain").first()).toContainText(
    /an official|एक अधिकारी/,
  );
});
