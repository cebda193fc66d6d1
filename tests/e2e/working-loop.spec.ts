// Issue 6's whole loop as two editors click it: a new article pasted in, a claim logged from a
// selection that slipped over an advertisement, a second clean appearance, a source and a verdict;
// the reviewer sends it back asking to remove the bad appearance; the author removes it and
// resubmits; the reviewer sees the change, previews the public page and publishes; readers see only
// the clean appearance.
import { expect, test } from "@playwright/test";
import { addSource, EDITOR_A, EDITOR_B, selectInArticle, signedInPage } from "./helpers";

const t = Date.now().toString(36);
const P1 = `सरकार के मुताबिक सीमा पर गश्त करने वाले जवानों की संख्या 2023 में दोगुनी हुई ${t}।`;
const P2 = `रक्षा मंत्री ने बताया कि इस साल 400 नई चौकियां बनाई गईं ${t}।`;
const CLAIM = `सीमा पर गश्त करने वाले जवानों की संख्या 2023 में दोगुनी हुई ${t}`;
const REASON = "चयन विज्ञापन से होकर जाता है: वह दिखावट हटाइए, साफ वाला रखिए।";

test("log from a bad selection, get it sent back, remove the bad appearance, resubmit, see the change, publish", async ({
  browser,
}) => {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/new");
  const add = asha.getByTestId("article-add-form");
  await add.getByLabel("Title").fill(`सीमा पर गश्त ${t}`);
  await add.getByLabel("Text of the article").fill(`${P1}\nAdvertisement\n${P2}\n`);
  await add.getByLabel("Address (URL)").fill(`https://example.org/patrol/${t}`);
  await add.getByRole("button", { name: "Add article" }).click();
  await expect(asha).toHaveURL(/\/desk\/articles\/(?!new)[\w-]+$/);
  const articlePath = new URL(asha.url()).pathname;

  // The slipped selection: the end of one paragraph, the ad label, the start of the next.
  await selectInArticle(asha, `दोगुनी हुई ${t}।\nAdvertisement\nरक्षा मंत्री`);
  await asha.getByTestId("log-claim").click();
  await expect(asha.getByTestId("crossing-warning")).toContainText("Advertisement");
  await asha.getByLabel(/checkable statement/).fill(CLAIM);
  await asha.getByLabel("The article itself (no one named)").check();
  await asha.getByTestId("crossing-warning").getByLabel("Log it anyway").check();
  await asha.getByRole("button", { name: /Log claim/ }).click();
  await expect(asha).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(asha.url()).pathname;

  // The clean appearance: the claim's own sentence; the log page offers the claim as a match.
  await asha.goto(articlePath);
  await selectInArticle(asha, P1.slice(0, -1));
  await asha.getByTestId("log-claim").click();
  const match = asha.getByTestId("claim-matches").getByRole("listitem").filter({ hasText: CLAIM });
  await match.getByRole("radio").check();
  await asha.getByLabel("The article itself (no one named)").check();
  await asha.getByRole("button", { name: /Log claim/ }).click();
  await expect(asha).toHaveURL(claimPath);
  const appearances = asha.getByTestId("appearances").locator("> li");
  await expect(appearances).toHaveCount(2);

  await addSource(asha, {
    url: `https://example.org/patrol/${t}/ministry`,
    title: "Ministry annual report: border posts",
    stance: "SUPPORTS",
  });
  const verdict = asha.getByTestId("verdict-form");
  await verdict.getByLabel(/Rating/).selectOption("rating_true");
  await verdict
    .getByLabel(/One-line summary \(Hindi\)/)
    .fill("मंत्रालय की रिपोर्ट संख्या की पुष्टि करती है।");
  await verdict.getByLabel(/Rationale/).fill("वार्षिक रिपोर्ट में 2022 और 2023 की संख्याएं दी गई हैं।");
  await verdict.getByRole("button", { name: /Submit for review/ }).click();
  await expect(asha.getByTestId("claim-status")).toHaveText("In review");

  // The reviewer asks for the bad appearance to go.
  const ravi = await signedInPage(browser, EDITOR_B);
  await ravi.goto(claimPath);
  const panel = ravi.getByTestId("review-panel");
  await panel.getByLabel(/send it back with a comment/).fill(REASON);
  await panel.getByRole("button", { name: "Send back to the author" }).click();
  await expect(ravi.getByTestId("claim-status")).toHaveText("Sent back");

  // The author removes it, says why, and resubmits.
  await asha.reload();
  await expect(asha.getByTestId("claim-status")).toHaveText("Sent back");
  await expect(asha.getByTestId("review-thread")).toContainText(REASON);
  // The bad one: its quoted words themselves (not just their context) run over the ad label.
  const bad = appearances.filter({ has: asha.locator("mark", { hasText: "Advertisement" }) });
  await bad.getByRole("button", { name: "Remove this appearance" }).click();
  await bad.getByLabel("Why (optional)").fill("चयन विज्ञापन से होकर गया था");
  await bad.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(appearances).toHaveCount(1);
  await asha.getByLabel(/Note to the reviewer/).fill("गलत दिखावट हटा दी।");
  await asha.getByRole("button", { name: /Submit for review/ }).click();
  await expect(asha.getByTestId("claim-status")).toHaveText("In review");

  // The reviewer sees the removed appearance among the changes, previews, publishes.
  await ravi.reload();
  const changes = ravi.getByTestId("review-changes");
  // The removed appearance is named by its own words, which ran over the ad label.
  await expect(changes.getByTestId("changes-attribution")).toContainText("Advertisement");
  await ravi.screenshot({ path: "test-results/working-loop-changes.png", fullPage: true });
  await ravi.getByRole("button", { name: /Approve and publish/ }).click();
  await expect(ravi.getByTestId("publish-preview").getByTestId("claim-text")).toHaveText(CLAIM);
  await ravi.getByRole("button", { name: /Publish now/ }).click();
  await expect(ravi.getByTestId("claim-status")).toHaveText("Published");

  // Readers: the verdict page and the article show the clean appearance only.
  const slug = (await ravi.getByTestId("claim-slug").textContent())!;
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(slug);
  await expect(reader.getByTestId("claim-text")).toHaveText(CLAIM);
  // One appearance, whose quoted words (the mark; its context may run on) are the clean sentence.
  await expect(reader.locator("mark")).toHaveCount(1);
  await expect(reader.locator("mark").first()).not.toContainText("Advertisement");
  await reader.goto(articlePath.replace("/desk", ""));
  const marks = reader.locator("mark");
  await expect(marks).toHaveCount(1);
  await expect(marks.first()).not.toContainText("Advertisement");
});
