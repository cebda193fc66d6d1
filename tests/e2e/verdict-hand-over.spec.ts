// A verdict draft handed over at shift end, and the desk's list of drafts stranded since the
// newsroom day began (issue 17 item 3). Three fresh editors, so no other spec's drafts or notices
// are counted. What the giver typed but had not saved goes with the draft.
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { databaseUrl, newEditorAccount, signInAs } from "./accounts";
import { addSource, selectInArticle, unloggedSlice } from "./helpers";

const PASSWORD = "hand-over-e2e-password-1";
const SHOTS = process.env.SHOTS_DIR ?? "test-results/hand-over";

async function draftVerdict(page: Page, claimText: string, summary: string): Promise<string> {
  await page.goto("/desk/articles/art_001");
  await selectInArticle(page, await unloggedSlice(page, "किम", 36));
  await page.getByTestId("log-claim").click();
  await page.getByLabel(/checkable statement/).fill(claimText);
  await page.getByLabel(/The article itself/).check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  await addSource(page, {
    url: `https://example.org/hand-over-e2e/${Date.now()}`,
    title: "Hand-over e2e source",
    stance: "CONTEXT",
  });
  const form = page.getByTestId("verdict-form");
  await form.getByLabel(/Rating/).selectOption({ label: "Unverifiable" });
  await form.getByLabel(/One-line summary \(Hindi\)/).fill(summary);
  await form
    .getByLabel(/Rationale/)
    .fill("लेख में दावे का कोई स्रोत नहीं दिया गया है और दूसरे स्रोतों में भी इसकी पुष्टि नहीं मिलती।");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByText("Saved.")).toBeVisible();
  return new URL(page.url()).pathname;
}

test("A drafts and hands to B; B edits and submits; neither reviews it, a third editor does", async ({
  browser,
}) => {
  const [a, b, c] = [1, 2, 3].map(() => newEditorAccount(PASSWORD));
  const giver = await signInAs(browser, a, PASSWORD);
  const claimPath = await draftVerdict(
    giver,
    "किम जोंग उन की यात्रा पर सौंपे गए ड्राफ़्ट का दावा।",
    "इस दावे की स्वतंत्र पुष्टि नहीं मिली।",
  );

  // Typed, not saved, then handed over: the text goes with the draft.
  const form = giver.getByTestId("verdict-form");
  const unsaved = "पाली खत्म होने से पहले लिखा गया सार, जो सहेजा नहीं गया था।";
  await form.getByLabel(/One-line summary \(Hindi\)/).fill(unsaved);
  const control = giver.getByTestId("verdict-hand-over");
  await control.getByLabel(/Hand to/).selectOption({ label: b.name });
  await control.screenshot({ path: `${SHOTS}/hand-over-control.png` });
  await giver.setViewportSize({ width: 1280, height: 900 });
  await giver.screenshot({ path: `${SHOTS}/hand-over-desktop.png`, fullPage: true });
  await control.getByRole("button", { name: /Hand over/ }).click();
  await expect(giver.getByTestId("draft-holder")).toContainText(
    `${b.name} is drafting this verdict`,
  );
  await expect(giver.getByTestId("verdict-form")).toHaveCount(0);
  await expect(giver.getByTestId("verdict-summary")).toContainText(unsaved);
  await expect(giver.getByTestId("audit-trail")).toContainText(`handed the draft to ${b.name}`);

  // B is told, opens it from the inbox, edits and submits.
  const receiver = await signInAs(browser, b, PASSWORD);
  await receiver.goto("/desk/inbox");
  // Its own notice: every verdict another test submits meanwhile is a notice to every editor.
  const notice = receiver
    .getByTestId("inbox")
    .getByRole("link")
    .filter({ hasText: `${a.name} handed you` });
  await expect(notice).toContainText(`${a.name} handed you a verdict draft`);
  await notice.click();
  await expect(receiver).toHaveURL(new RegExp(`${claimPath}$`));
  const theirs = receiver.getByTestId("verdict-form");
  await expect(theirs.getByLabel(/One-line summary \(Hindi\)/)).toHaveValue(unsaved);
  await theirs
    .getByLabel(/One-line summary \(Hindi\)/)
    .fill("दूसरी पाली ने सार पूरा किया: पुष्टि नहीं मिली।");
  await theirs.getByRole("button", { name: /Submit for review/ }).click();
  await expect(receiver.getByTestId("claim-status")).toHaveText("In review");

  // Both wrote it: neither may review it.
  for (const p of [giver, receiver]) {
    await p.goto(claimPath);
    await expect(p.getByTestId("awaiting-review")).toBeVisible();
    await expect(p.getByTestId("review-panel")).toHaveCount(0);
  }
  const third = await signInAs(browser, c, PASSWORD);
  await third.goto(claimPath);
  await third.getByRole("button", { name: /Approve and publish/ }).click();
  await third.getByRole("button", { name: /Publish now/ }).click();
  await expect(third.getByTestId("claim-status")).toHaveText(/Published/);
});

test("a draft untouched since the newsroom day began is listed oldest first and can be taken over", async ({
  browser,
}) => {
  const [a, c] = [1, 2].map(() => newEditorAccount(PASSWORD));
  const author = await signInAs(browser, a, PASSWORD);
  const summary = "कल की पाली में छूटा हुआ ड्राफ़्ट सार।";
  const claimPath = await draftVerdict(author, "किम जोंग उन के दौरे पर रुका हुआ दावा।", summary);
  // Yesterday's shift: the draft was last saved two days ago.
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `UPDATE "Verdict" SET "updatedAt" = now() - interval '2 days' WHERE "summaryHi" = $1`,
      [summary],
    );
  } finally {
    await client.end();
  }

  const other = await signInAs(browser, c, PASSWORD);
  await other.goto("/desk/articles");
  await other.getByRole("link", { name: "Stale drafts" }).click();
  await expect(other).toHaveURL(/\/desk\/review\/stale$/);
  const item = other.getByTestId("stale-draft").filter({ hasText: summary });
  await expect(item).toContainText(`held by ${a.name}`);
  await expect(item).toContainText(`last touched by ${a.name}`);
  await other.setViewportSize({ width: 1280, height: 900 });
  await other.screenshot({ path: `${SHOTS}/stale-desktop.png`, fullPage: true });
  await other.setViewportSize({ width: 390, height: 844 });
  await other.screenshot({ path: `${SHOTS}/stale-mobile.png`, fullPage: true });
  await item.getByRole("button", { name: /Take over/ }).click();
  // Taken over, it was touched today: off the list, and the taker edits it.
  await expect(other.getByTestId("stale-draft").filter({ hasText: summary })).toHaveCount(0);
  await other.goto(claimPath);
  await expect(other.getByTestId("verdict-form")).toBeVisible();
  await other.screenshot({ path: `${SHOTS}/taken-over-mobile.png`, fullPage: true });
  await expect(other.getByTestId("audit-trail")).toContainText(
    `took over the draft from ${a.name}`,
  );
  await author.goto(claimPath);
  await expect(author.getByTestId("draft-holder")).toContainText(`${c.name} is drafting`);
});
