// The inbox between two editors: one assigns a claim to themselves and submits its verdict, the
// other sees "Inbox (1)", opens the notice (read from then on) and sends the verdict back; the
// first finds that in their own inbox. Fresh accounts, so no other spec's notices are counted.
import { expect, test } from "@playwright/test";
import { newEditorAccount, signInAs } from "./accounts";
import { addSource, selectInArticle, unloggedSlice, WHOLE_APP } from "./helpers";

const PASSWORD = "inbox-e2e-password-1";

// WHOLE_APP: a verdict sent for review is a notice to every editor, fresh accounts too, so the counts
// here hold only while no other test submits one.
test("ready for review and sent back reach the other editor's inbox; assign to me", {
  tag: WHOLE_APP,
}, async ({ browser }) => {
  const a = newEditorAccount(PASSWORD);
  const b = newEditorAccount(PASSWORD);
  const author = await signInAs(browser, a, PASSWORD);
  const reviewer = await signInAs(browser, b, PASSWORD);
  await expect(reviewer.getByTestId("inbox-count")).toHaveCount(0);

  await author.goto("/desk/articles/art_001");
  await selectInArticle(author, await unloggedSlice(author, "किम", 40));
  await author.getByTestId("log-claim").click();
  await author.getByLabel(/checkable statement/).fill("किम जोंग उन की यात्रा के बारे में दावा।");
  await author.getByLabel(/The article itself/).check();
  await author.getByRole("button", { name: /Log claim/ }).click();
  await expect(author).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(author.url()).pathname;

  const assignee = author.getByTestId("claim-assignee");
  await expect(assignee.getByTestId("assignee-name")).toHaveText("nobody yet");
  await assignee.getByRole("button", { name: "Assign to me" }).click();
  await expect(assignee.getByTestId("assignee-name")).toHaveText(a.name);
  await expect(author.getByTestId("audit-trail")).toContainText("assigned the claim");

  await addSource(author, {
    url: "https://example.org/inbox-e2e",
    title: "Inbox e2e source",
    stance: "CONTEXT",
  });
  const verdict = author.getByTestId("verdict-form");
  await verdict.getByLabel(/Rating/).selectOption({ label: "Unverifiable" });
  await verdict.getByLabel(/One-line summary \(Hindi\)/).fill("इस दावे की स्वतंत्र पुष्टि नहीं मिली।");
  await verdict
    .getByLabel(/Rationale/)
    .fill("लेख में दावे का कोई स्रोत नहीं दिया गया है और दूसरे स्रोतों में भी इसकी पुष्टि नहीं मिलती।");
  await verdict.getByRole("button", { name: /Submit for review/ }).click();
  await expect(author.getByTestId("claim-status")).toHaveText("In review");

  // The other editor: one unread notice, in bold, that opens the claim and is read from then on.
  await reviewer.goto("/desk/articles");
  await expect(reviewer.getByTestId("inbox-link")).toHaveText("Inbox (1)");
  await reviewer.getByTestId("inbox-link").click();
  await expect(reviewer).toHaveURL(/\/desk\/inbox$/);
  const notice = reviewer.getByTestId("inbox").getByRole("link");
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText(`${a.name} sent a verdict for review`);
  await expect(notice).toHaveClass(/font-bold/);
  await reviewer.screenshot({ path: "test-results/inbox.png", fullPage: true });
  await notice.click();
  await expect(reviewer).toHaveURL(new RegExp(`${claimPath}$`));
  await expect(reviewer.getByTestId("inbox-count")).toHaveCount(0);

  const panel = reviewer.getByTestId("review-panel");
  await panel.getByRole("button", { name: "Send back to the author" }).click();
  await panel.getByLabel(/send it back with a comment/).fill("लेख के स्रोत का नाम जोड़ें।");
  await panel.getByRole("button", { name: "Send back to the author" }).click();
  await expect(reviewer.getByTestId("claim-status")).toHaveText("Sent back");
  await reviewer.goto("/desk/inbox");
  await expect(reviewer.getByTestId("inbox").getByRole("link")).not.toHaveClass(/font-bold/);

  // The author's inbox has the send-back, and "mark all read" clears the count.
  await author.goto("/desk/inbox");
  await expect(author.getByTestId("inbox-link")).toHaveText("Inbox (1)");
  await expect(author.getByTestId("inbox")).toContainText(`${b.name} sent your verdict back`);
  await author.getByRole("button", { name: "Mark all read" }).click();
  await expect(author.getByTestId("inbox-count")).toHaveCount(0);
  await expect(author.getByTestId("inbox").getByRole("link")).not.toHaveClass(/font-bold/);
});
