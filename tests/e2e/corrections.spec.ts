// Correcting a published verdict, as two editors and a reader would: Asha corrects a fact check of
// her own with a public note, readers keep the published version until Ravi approves it, then the
// verdict page opens with a dated "corrected" notice and shows the new rating and a dated
// corrections log, /corrections lists it, and the Atom feed carries it (parsed by the browser's XML
// parser). Each run makes its own claim, so the test can run again and again on one database
// (`--repeat-each`), which is how its one flaky failure was chased (issue 17, item 11).
import { expect, request, test } from "@playwright/test";
import { publishOwnClaim } from "./helpers";

const SHOTS = "test-results/screenshots";
const newTag = () => Math.random().toString(36).slice(2, 8);
/** The newsroom's day (Asia/Kolkata, lib/env.ts) as YYYY-MM-DD; the server itself runs elsewhere. */
const newsroomToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata" }).format(new Date());

test("correct a published verdict: review, then the page, /corrections and the feed show it", async ({
  browser,
  baseURL,
}) => {
  // Publishing a claim of its own first, then correcting it, is two review loops: given the time
  // of two under load (test.slow triples the budget; nothing waits on a clock).
  test.slow();
  const tag = newTag();
  const NOTE = `रेटिंग 'सत्य' से 'असत्य' की गई: स्रोत की बात गलत निकली (${tag})।`;
  const SUMMARY = `यह दावा गलत है; स्रोत ने बाद में अपनी बात वापस ली (${tag})।`;
  const ORIGINAL = "यह दावा सही है, ऐसा स्रोत बताता है।";
  const {
    asha,
    ravi,
    claimPath,
    publicPath: PAGE,
  } = await publishOwnClaim(browser, {
    text: `सुधारा जाने वाला दावा ${tag}: किम की यात्रा`,
    sourceUrl: `https://example.org/correction/${tag}`,
    word: "कोरिया",
  });
  const reader = await request.newContext({ baseURL });
  await expect((await reader.get(PAGE)).text()).resolves.toContain(ORIGINAL);

  // Asha starts a correction from the published verdict and sends it for review.
  await asha.goto(claimPath);
  await asha.getByText("Correct this verdict").click();
  const form = asha.getByTestId("verdict-form");
  await form.getByLabel(/^Rating/).selectOption({ label: "False" });
  await form.getByLabel(/One-line summary \(Hindi\)/).fill(SUMMARY);
  await form.getByLabel(/Note for readers \(Hindi\)/).fill(NOTE);
  await form.getByLabel(/Note for readers \(English/).fill("Rating changed from True to False.");
  await form.getByRole("button", { name: /Submit for review/ }).click();
  await expect(asha.getByTestId("correction-compare")).toContainText(NOTE);
  await expect(asha.getByTestId("awaiting-review")).toBeVisible();
  await expect(asha.getByTestId("claim-status")).toHaveText("Published");

  // Until it is approved, readers see the published version, with no notice.
  const before = await (await reader.get(PAGE)).text();
  expect(before).toContain(ORIGINAL);
  expect(before).not.toContain(SUMMARY);
  expect(before).not.toContain(NOTE);
  expect(before).not.toContain('data-testid="corrected-notice"');

  // Ravi finds it in the queue as a correction, compares, approves.
  await ravi.goto("/desk/review");
  await expect(ravi.getByTestId("correction-badge").first()).toContainText("Correction");
  await ravi.goto(claimPath);
  // Ratings in the desk's language (English here).
  await expect(ravi.getByTestId("compare-before")).toContainText("True");
  await expect(ravi.getByTestId("compare-after")).toContainText("False");
  await ravi.screenshot({ path: `${SHOTS}/correction-review.png`, fullPage: true });
  await ravi.getByRole("button", { name: /Approve and publish/ }).click();
  // While the preview shows, the review panel is already gone: its absence says nothing of the publish.
  await expect(ravi.getByTestId("publish-preview")).toBeVisible();
  await expect(ravi.getByTestId("review-panel")).toHaveCount(0);
  await ravi.getByRole("button", { name: /Publish now/ }).click();
  // The publish has returned once the preview is gone: the panel swaps the preview out only when the
  // action succeeded and the page re-rendered without a review to do. ("review-panel" alone is no
  // signal: it is not on the page while the preview is, so waiting for it to go waited for nothing
  // and the reader below could load the page before the publish had committed.)
  await expect(ravi.getByTestId("publish-preview")).toHaveCount(0);
  await expect(ravi.getByTestId("review-panel")).toHaveCount(0);

  // The reader's verdict page: a dated notice first, the new rating, the dated log with the note.
  const page = await (await browser.newContext()).newPage();
  await page.goto(PAGE);
  const notice = page.getByTestId("corrected-notice");
  await expect(notice).toContainText("This fact check has been corrected");
  await expect(notice).toContainText(NOTE);
  await expect(notice.getByTestId("notice-date")).toHaveAttribute("datetime", newsroomToday());
  // It is the first thing on the page after the JSON-LD: above the claim's heading.
  const noticeTop = (await notice.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  expect(noticeTop).toBeLessThan((await page.getByTestId("claim-text").boundingBox())?.y ?? 0);
  // The browser reads English (/en/…): labels and ratings in English, each note in the page's
  // language first (the English note was given) and the Hindi one after it.
  await expect(page.locator("article header")).toContainText(SUMMARY);
  await expect(page.getByTestId("rating-badge").first()).toContainText("False");
  const log = page.getByTestId("corrections-log");
  await expect(log.getByTestId("correction-note").first()).toHaveText(
    "Rating changed from True to False.",
  );
  await expect(log.getByTestId("correction").first()).toContainText(NOTE);
  await expect(log.getByTestId("correction-kind").first()).toContainText("Correction");
  await expect(log).toContainText("IST");
  await expect(log.getByTestId("rating-change").first()).toContainText("True");
  await page.screenshot({ path: `${SHOTS}/corrected-verdict.png`, fullPage: true });
  await page.screenshot({ path: "/tmp/shots/G/corrected-notice-1280.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/shots/G/corrected-notice-390.png" });
  await notice.getByRole("link", { name: /What changed/ }).click();
  await expect(page).toHaveURL(/#correction-/);

  // /corrections lists it first, linking to the verdict page.
  await page.goto("/corrections");
  const first = page.getByTestId("correction").first();
  await expect(first).toContainText(NOTE);
  await page.screenshot({ path: `${SHOTS}/corrections-list.png`, fullPage: true });
  await first.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}#correction-`));

  // The Atom feed parses as XML and names the correction.
  const feed = await reader.get("/corrections/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const entry = doc.getElementsByTagNameNS(ns, "entry")[0];
    const get = (el: Element | Document, name: string) =>
      el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
    return {
      error: doc.getElementsByTagName("parsererror").length,
      feedId: get(doc, "id"),
      updated: get(doc, "updated"),
      entryTitle: entry && get(entry, "title"),
      entryContent: entry && get(entry, "content"),
      link: entry?.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href"),
    };
  }, xml);
  expect(parsed.error).toBe(0);
  expect(parsed.feedId).toMatch(/\/corrections$/);
  expect(parsed.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(parsed.entryTitle).toContain("Correction");
  expect(parsed.entryContent).toContain(NOTE);
  expect(parsed.link).toContain(`${PAGE}#correction-`);

  // The API lists it, and the claim carries it.
  const api = await (await reader.get("/api/v1/corrections")).json();
  expect(api.data[0]).toMatchObject({ kind: "correction", note_hi: NOTE });
  const claim = await (await reader.get(`/api/v1${PAGE}`)).json();
  expect(claim.data.corrections[0]).toMatchObject({
    note_hi: NOTE,
    rating_before: { label_en: "True" },
    rating_after: { label_en: "False" },
  });
});

test("retract a published fact check: a second editor approves; the page stays, marked, without ClaimReview", async ({
  browser,
}) => {
  test.slow();
  const tag = newTag();
  // Asha logs a claim of her own and Ravi publishes it (this test needs nobody else's data).
  const { asha, ravi, claimPath, publicPath } = await publishOwnClaim(browser, {
    text: `वापस लिए जाने वाला दावा ${tag}: किम की यात्रा`,
    sourceUrl: `https://example.org/retraction/${tag}`,
  });

  // Asha asks for the retraction; she cannot approve it herself.
  const NOTE = `स्रोत गलत निकला, इसलिए यह फैक्ट चेक वापस लिया गया (${tag})।`;
  await asha.reload();
  await asha.getByText("Retract this fact check").click();
  await asha.getByLabel(/Why it is retracted/).fill(NOTE);
  await asha.getByRole("button", { name: /Ask a second editor to retract/ }).click();
  await expect(asha.getByTestId("pending-retraction")).toContainText(NOTE);
  await expect(asha.getByRole("button", { name: /Approve the retraction/ })).toHaveCount(0);

  await ravi.goto("/desk/review");
  await expect(ravi.getByTestId("retraction-queue")).toContainText(NOTE);
  await ravi.goto(claimPath);
  await ravi.getByRole("button", { name: /Approve the retraction/ }).click();
  await expect(ravi.getByTestId("retracted")).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(publicPath);
  await expect(reader.getByTestId("retracted-banner")).toContainText(NOTE);
  await expect(reader.getByTestId("corrections-log")).toContainText("Retraction");
  await expect(reader.getByTestId("rating-withdrawn")).toBeVisible();
  expect(await reader.locator('script[type="application/ld+json"]').count()).toBe(0);
  await reader.screenshot({ path: `${SHOTS}/retracted-verdict.png`, fullPage: true });
  // The home page's card says so instead of showing the withdrawn rating.
  await reader.goto("/");
  await expect(
    reader.getByTestId("verdict-card").filter({ hasText: tag }).getByTestId("card-retracted"),
  ).toBeVisible();
});
