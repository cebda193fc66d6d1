// Long articles in parts, as editors and readers use them (issue 16 items 3 and 9): an editor
// pastes an article of three parts, moves to the second, selects words there and the log form
// names their offsets in the whole body; the public page is served a part at a time from the front
// cache, whatever query a link adds, and client-side navigations are cached too.
import { expect, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage, WHOLE_APP } from "./helpers";

const DEMO_CLAIM = "/claims/russia-2017-grain-world-record-demo";
// Digits spelled as letters: numbers would make every line of the test article a spotter suggestion.
const name = (i: number | string) => String(i).replace(/\d/g, (d) => "abcdefghij"[Number(d)]);
const t = name(Date.now().toString(36));

/** A request as a client sends it, no redirect followed; the answer's status, headers and body. */
async function raw(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(url, test.info().project.use.baseURL), {
    headers,
    redirect: "manual",
  });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

test("selecting words in part 2 of a long article logs their offsets in the whole body", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  // ~75,000 characters (30,000 a part): one sentence a line, each unique.
  const lines = Array.from(
    { length: 1_900 },
    (_, i) => `पंक्ति ${name(i)} में ${t} का एक वाक्य लिखा है।`,
  );
  const body = lines.join("\n");
  const quote = `पंक्ति ${name(1100)} में ${t} का एक वाक्य`;
  await page.goto("/desk/articles/new");
  const form = page.getByTestId("article-add-form");
  await form.getByLabel("Title").fill(`लंबा लेख ${t}`);
  await form.getByLabel("Text of the article").fill(body);
  await form.getByLabel("Address (URL)").fill(`https://example.org/long/${t}`);
  // The day in the page's language: day, month by name, year (components/ui/date-field.tsx).
  await form.getByTestId("article-published-day").fill("27");
  await form.getByTestId("article-published-month").selectOption("7");
  await form.getByTestId("article-published-year").fill("2023");
  await form.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[\w-]+$/);
  const articleId = new URL(page.url()).pathname.split("/").at(-1);

  // Part 1 holds the start only; the second part is one link away.
  const text = page.getByTestId("article-body");
  await expect(text).toContainText(lines[0]);
  await expect(text).not.toContainText(quote);
  await expect(page.getByTestId("article-parts-top")).toContainText("Part 1 of 3");
  await page
    .getByTestId("article-parts-bottom")
    .getByRole("link", { name: /Next part/ })
    .click();
  await expect(page).toHaveURL(/\?part=2$/, { timeout: 30_000 });
  await expect(text).toContainText(quote);
  await page.screenshot({ path: "test-results/screenshots/article-part-2.png" });

  await selectInArticle(page, quote);
  await page.getByTestId("log-claim").click();
  await expect(page).toHaveURL(/\/log\?/);
  const q = new URL(page.url()).searchParams;
  const start = body.indexOf(quote);
  expect(start).toBeGreaterThan(30_000);
  expect([Number(q.get("start")), Number(q.get("end"))]).toEqual([start, start + quote.length]);
  expect(page.url()).toContain(`/desk/articles/${articleId}/log`);
});

test("a query the page does not read is the cached page (item 9)", { tag: WHOLE_APP }, async () => {
  await raw(DEMO_CLAIM);
  await raw("/articles/art_000");
  for (const q of ["?x=1", "?x=2", "?utm_source=feed&y"]) {
    const res = await raw(DEMO_CLAIM + q);
    expect([res.status, res.headers.get("x-pramaan-cache")], q).toEqual([200, "HIT"]);
  }
  const first = await raw("/articles/art_000?part=1&x=1");
  expect([first.status, first.headers.get("x-pramaan-cache")]).toEqual([200, "HIT"]);
});

test("a client-side navigation's RSC payload is cached apart from the HTML (item 9)", {
  tag: WHOLE_APP,
}, async ({ page }) => {
  // The request a reader's browser makes when following a link from an article to a verdict.
  // The browser reads English: the article and the verdict are at their /en addresses.
  await page.goto("/articles/art_000");
  const asked = page.waitForRequest(
    (r) => r.headers().rsc === "1" && new URL(r.url()).pathname === `/en${DEMO_CLAIM}`,
  );
  await page.locator(`a[href="/en${DEMO_CLAIM}"]`).first().click();
  const request = await asked;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers()))
    if (k === "rsc" || k.startsWith("next-")) headers[k] = v;
  const url = new URL(request.url());
  const path = url.pathname + url.search;

  await raw(path, headers);
  const again = await raw(`${path}&x=1`, headers); // a parameter the page does not read
  expect([again.status, again.headers.get("x-pramaan-cache")]).toEqual([200, "HIT"]);
  expect(again.headers.get("content-type")).toContain("text/x-component");
  // The HTML of the same page is its own entry, still HTML.
  const html = await raw(DEMO_CLAIM);
  expect(html.headers.get("content-type")).toContain("text/html");
  expect(html.body).not.toBe(again.body);
});
