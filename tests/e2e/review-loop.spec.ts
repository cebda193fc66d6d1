// The review loop as two editors live it: send-back with a reason, the author finds it first on the
// desk, changes the claim, resubmits; the reviewer sees what changed and the thread, previews the
// public page, and publishes.
import { expect, test } from "@playwright/test";
import { addSource, EDITOR_A, EDITOR_B, selectInArticle, signedInPage } from "./helpers";

const QUOTE = "रूसी प्रतिनिधिमंडल और चीनी प्रतिनिधिमंडल इस सप्ताह नॉर्थ कोरिया पहुंचे";
const WORDING = "रूसी और चीनी प्रतिनिधिमंडल इस सप्ताह उत्तर कोरिया पहुंचे।";
const REWORDED = "रूसी और चीनी प्रतिनिधिमंडल 25 जुलाई 2023 को उत्तर कोरिया पहुंचे।";
const SUMMARY = "दोनों प्रतिनिधिमंडलों के पहुंचने की खबर सरकारी मीडिया में है।";
const REASON = "तारीख साफ लिखें और रूसी रक्षा मंत्रालय का स्रोत जोड़ें।";

test("send back, see it first on the desk, resubmit, review the changes, preview and publish", async ({
  browser,
}) => {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_003");
  await selectInArticle(asha, QUOTE);
  await asha.getByTestId("log-claim").click();
  await asha.getByLabel(/checkable statement/).fill(WORDING);
  await asha.getByLabel("The article itself (no one named)").check();
  await asha.getByRole("button", { name: /Log claim/ }).click();
  await expect(asha).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(asha.url()).pathname;

  await addSource(asha, {
    url: "https://example.org/review-loop/kcna-delegations",
    title: "KCNA: delegations arrive",
    stance: "SUPPORTS",
  });
  const form = asha.getByTestId("verdict-form");
  await form.getByLabel(/Rating/).selectOption("rating_true");
  await form.getByLabel(/One-line summary \(Hindi\)/).fill(SUMMARY);
  await form
    .getByLabel(/Rationale/)
    .fill("केसीएनए और रूसी मीडिया दोनों ने प्रतिनिधिमंडलों के आगमन की खबर दी; तस्वीरें भी प्रकाशित हुईं।");
  await form.getByRole("button", { name: /Submit for review/ }).click();
  await expect(asha.getByTestId("claim-status")).toHaveText("In review");

  // The reviewer sends it back with a reason.
  const ravi = await signedInPage(browser, EDITOR_B);
  await ravi.goto(claimPath);
  const panel = ravi.getByTestId("review-panel");
  await panel.getByLabel(/send it back with a comment/).fill(REASON);
  await panel.getByRole("button", { name: "Send back to the author" }).click();
  await expect(ravi.getByTestId("claim-status")).toHaveText("Sent back");

  // The author opens the desk: "Sent back to you" comes before everything else.
  await asha.goto("/desk");
  const sentBack = asha.getByTestId("sent-back-to-you");
  await expect(sentBack).toContainText(WORDING);
  await expect(sentBack).toContainText(REASON);
  const boxTop = (await sentBack.boundingBox())!.y;
  const headingTop = (await asha.getByRole("heading", { name: /Articles/ }).boundingBox())!.y;
  expect(boxTop).toBeLessThan(headingTop);
  await asha.screenshot({ path: "test-results/screenshots/sent-back-to-you.png" });
  // The claims list filters it, with its own badge.
  await asha.goto("/desk/claims?status=sent_back");
  await expect(
    asha.getByRole("row").filter({ hasText: WORDING }).getByTestId("status-badge"),
  ).toHaveText("Sent back");

  await asha.goto("/desk");
  await sentBack.getByRole("link", { name: WORDING }).click();
  await expect(asha).toHaveURL(new RegExp(`${claimPath}$`));
  await expect(asha.getByTestId("review-thread")).toContainText(REASON);

  // Change the wording and add a source, then resubmit with a note.
  await asha.getByRole("button", { name: "Edit wording" }).click();
  const wording = asha.getByTestId("claim-wording-form");
  await wording.getByLabel("Claim (Hindi)").fill(REWORDED);
  await wording.getByRole("button", { name: "Save wording" }).click();
  await expect(asha.getByTestId("claim-text")).toHaveText(REWORDED);
  await addSource(asha, {
    url: "https://example.org/review-loop/mod-russia",
    title: "Russian defence ministry: delegation in Pyongyang",
    stance: "SUPPORTS",
  });
  await asha.getByLabel(/Note to the reviewer/).fill("तारीख और मंत्रालय का स्रोत जोड़ दिया।");
  await asha.getByRole("button", { name: /Submit for review/ }).click();
  await expect(asha.getByTestId("claim-status")).toHaveText("In review");

  // The reviewer sees what changed since the send-back, and the thread of both rounds.
  await ravi.reload();
  const changes = ravi.getByTestId("review-changes");
  await expect(changes.getByTestId("changes-claim").getByTestId("diff-add").first()).toContainText(
    "25 जुलाई 2023 को",
  );
  await expect(changes.getByTestId("changes-sources")).toContainText(
    "Russian defence ministry: delegation in Pyongyang",
  );
  await expect(changes.getByTestId("changes-verdict")).toHaveCount(0);
  const thread = ravi.getByTestId("review-thread");
  await expect(thread.getByTestId("review-comment-item")).toHaveCount(2);
  await expect(thread).toContainText("round 1");
  await expect(thread).toContainText("तारीख और मंत्रालय का स्रोत जोड़ दिया।");
  await changes.scrollIntoViewIfNeeded();
  await ravi.screenshot({ path: "test-results/review-diff.png", fullPage: true });

  // Publishing shows the public page first; Back returns without publishing.
  await ravi.getByRole("button", { name: /Approve and publish/ }).click();
  const preview = ravi.getByTestId("publish-preview");
  await expect(preview.getByTestId("claim-text")).toHaveText(REWORDED);
  await expect(preview.getByTestId("verdict-summary")).toHaveText(SUMMARY);
  await expect(preview.getByTestId("review-credits")).toContainText("Ravi Kumar");
  await ravi.screenshot({ path: "test-results/review-preview.png", fullPage: true });
  await preview.getByRole("button", { name: /Back/ }).click();
  await expect(ravi.getByTestId("claim-status")).toHaveText("In review");

  // Readers cannot see the draft while it is previewed.
  const slug = (await ravi.getByTestId("claim-slug").textContent())!;
  const reader = await browser.newContext();
  expect((await reader.request.get(slug)).status()).toBe(404);

  await ravi.getByRole("button", { name: /Approve and publish/ }).click();
  await ravi.getByRole("button", { name: /Publish now/ }).click();
  await expect(ravi.getByTestId("claim-status")).toHaveText("Published");

  const page = await reader.newPage();
  await page.goto(slug);
  await expect(page.getByTestId("claim-text")).toHaveText(REWORDED);
  await expect(page.getByTestId("verdict-summary")).toHaveText(SUMMARY);
  await expect(page.getByTestId("sources")).toContainText(
    "Russian defence ministry: delegation in Pyongyang",
  );
});
