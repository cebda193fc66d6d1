// Public entity pages, end to end: an editor logs a claim said by Sergei Shoigu and a second editor
// publishes it; a reader finds Shoigu in the entity index by a Hindi alias, sees the tally chart (an
// SVG image with an accessible name) and its table, and follows the link to the verdict; the v1 API
// answers with the same claim.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import {
  addSource,
  EDITOR_A,
  EDITOR_B,
  selectInArticle,
  signedInPage,
  unloggedSlice,
} from "./helpers";

const SHOTS = "test-results/screenshots";
fs.mkdirSync(SHOTS, { recursive: true });
const tag = Math.random().toString(36).slice(2, 8);

test("a reader finds a speaker by a Hindi alias and reads their tally and verdicts", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  // Asha logs words of article 003 as Shoigu's, with a source and a verdict, and submits it.
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_003");
  await selectInArticle(asha, await unloggedSlice(asha, "शोइगु ने", 40));
  await asha.getByTestId("log-claim").click();
  await asha.getByLabel(/checkable statement/).fill(`शोइगु ने प्योंगयांग में बयान दिया ${tag}`);
  await asha.getByLabel(/In English/).fill(`Shoigu made a statement in Pyongyang ${tag}`);
  const speaker = asha.getByTestId("speaker");
  await speaker.getByRole("combobox").fill("Shoigu");
  await speaker.getByRole("option").filter({ hasText: "सर्गेई शोइगु" }).click();
  await expect(asha.getByTestId("speaker-chosen")).toContainText("सर्गेई शोइगु");
  await asha.getByTestId("speaker-cue").fill("शोइगु ने कहा");
  await asha.getByRole("button", { name: /Log claim/ }).click();
  await expect(asha).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(asha.url()).pathname;
  const publicPath = (await asha.getByTestId("claim-slug").textContent())!.trim();
  await addSource(asha, {
    url: `https://example.org/shoigu-${tag}`,
    title: `Shoigu in Pyongyang ${tag}`,
    stance: "CONTRADICTS",
  });
  const verdict = asha.getByTestId("verdict-form");
  await verdict.getByLabel(/Rating/).selectOption({ label: "False" });
  await verdict.getByLabel(/One-line summary \(Hindi\)/).fill(`परीक्षण सार ${tag}`);
  await verdict
    .getByLabel(/Rationale/)
    .fill("यह परीक्षण के लिए लिखा गया तर्क है, जो इकाई पन्ने की जांच के लिए है।");
  await verdict.getByRole("button", { name: /Submit for review/ }).click();
  await expect(asha.getByTestId("claim-status")).toHaveText("In review");

  // Before publication Shoigu's page does not list it.
  const before = await request.get("/api/v1/entities/sergei-shoigu");
  if (before.status() === 200)
    expect(JSON.stringify(await before.json())).not.toContain(publicPath.replace("/claims/", ""));
  await asha.context().close();

  // Ravi publishes it.
  const ravi = await signedInPage(browser, EDITOR_B);
  await ravi.goto(claimPath);
  await ravi.getByRole("button", { name: /Approve and publish/ }).click();
  await ravi.getByRole("button", { name: /Publish now/ }).click();
  await expect(ravi.getByTestId("claim-status")).toHaveText("Published");
  await ravi.context().close();

  // A reader: the header's Entities link, then a search by an alias (शोइगू, not the Hindi name).
  const page = await (await browser.newContext()).newPage();
  await page.goto("/");
  await page.getByRole("link", { name: /Entities/ }).click();
  await expect(page).toHaveURL(/\/entities$/);
  await page.getByRole("searchbox", { name: /Name/ }).fill("शोइगू");
  await page.getByRole("button", { name: /Search/ }).click();
  const list = page.getByTestId("entity-list");
  await expect(list.getByRole("link")).toHaveCount(1);
  await expect(list).toContainText("Sergei Shoigu");
  await page.screenshot({ path: `${SHOTS}/entity-index.png`, fullPage: true });
  await list.getByRole("link", { name: /Sergei Shoigu/ }).click();
  await expect(page).toHaveURL(/\/entities\/sergei-shoigu$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sergei Shoigu");
  // The browser reads English (/en/…): the English name first, the Hindi one under it.
  await expect(page.getByTestId("entity-other-name")).toHaveText("सर्गेई शोइगु");
  // The seed's affiliation (Russia's defence ministry), named; no page of its own until it has claims.
  await expect(page.getByText("Part of")).toBeVisible();
  await expect(page.getByText("Russian Ministry of Defence")).toBeVisible();

  // The chart: an image named by its title, described in words; the same numbers as a table.
  const chart = page.getByRole("img", { name: /Verdicts by role/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/Said: \d+ False/);
  const table = page.getByTestId("tally-table");
  const saidRow = table.getByRole("row", { name: /Said/ });
  await expect(saidRow).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /False/ })).toBeVisible();
  await expect(page.getByTestId("role-said")).toContainText(
    `Shoigu made a statement in Pyongyang ${tag}`,
  );
  await page.screenshot({ path: `${SHOTS}/entity-page.png`, fullPage: true });

  // Each claim links to its verdict.
  await page.getByRole("link", { name: new RegExp(`statement in Pyongyang ${tag}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/en${publicPath}$`));
  await expect(page.getByTestId("rating-badge")).toContainText("False");

  // The API has the same claim under the same role; a malformed slug is a 404.
  const api = await request.get("/api/v1/entities/sergei-shoigu");
  expect(api.status()).toBe(200);
  expect(api.headers()["access-control-allow-origin"]).toBe("*");
  const body = await api.json();
  expect(body.data).toMatchObject({ slug: "sergei-shoigu", kind: "person" });
  expect(body.data.roles.said.claims.map((c: { slug: string }) => `/claims/${c.slug}`)).toContain(
    publicPath,
  );
  expect((await request.get("/api/v1/entities/no-such-entity")).status()).toBe(404);
  const listed = await request.get(`/api/v1/entities?q=${encodeURIComponent("शोइगू")}`);
  expect((await listed.json()).data.map((e: { slug: string }) => e.slug)).toEqual([
    "sergei-shoigu",
  ]);

  // Readers' search has a Names tab that opens entity pages.
  await page.goto(`/search?q=${encodeURIComponent("शोइगु")}&type=entities`);
  await expect(page.getByRole("link", { name: /शोइगु/ }).first()).toHaveAttribute(
    "href",
    "/en/entities/sergei-shoigu",
  );
  await page.context().close();
});
