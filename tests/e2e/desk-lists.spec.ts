// The claims list pages with a filter kept: an editor filters by topic, goes to the older page and
// back, and every claim of the topic is seen exactly once. The 60 claims are written straight into
// the test server's database (logged long ago, so other tests' lists do not see them first).
import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { EDITOR_A, signedInPage } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const topic = `e2e-${crypto.randomBytes(4).toString("hex")}`;

test.beforeAll(async () => {
  const url = fs.readFileSync(`test-results/e2e-database-url-${PORT}`, "utf8").trim();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(
      `INSERT INTO "Claim"(id, slug, "textHi", topic, "createdById", "createdAt", "updatedAt")
       SELECT $1 || n, $1 || '-' || n, 'पेज वाला दावा ' || n, $1, 'user_asha',
              timestamp '2020-01-01' + (n / 3) * interval '1 minute', now()
       FROM generate_series(1, 60) n`,
      [topic],
    );
  } finally {
    await c.end();
  }
});

test("claims list: filter by topic, page older and newer, filter kept", async ({ browser }) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/claims");
  await page.getByLabel("Topic").fill(topic);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`topic=${topic}`));
  const rows = page.getByTestId("claims-list").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  const first = await rows.locator("a").allTextContents();

  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(new RegExp(`topic=${topic}.*after=`));
  await expect(rows).toHaveCount(10);
  const second = await rows.locator("a").allTextContents();
  expect(new Set([...first, ...second]).size).toBe(60);
  await expect(page.getByLabel("Topic")).toHaveValue(topic);
  await expect(page.getByRole("link", { name: "Older →" })).toHaveCount(0);

  await page.getByRole("link", { name: "← Newer" }).click();
  await expect(rows).toHaveCount(50);
  expect(await rows.locator("a").allTextContents()).toEqual(first);
  await page.screenshot({ path: "test-results/screenshots/desk-claims-paged.png", fullPage: true });
});

test("articles list: words in the filter box find a title spelled otherwise", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  await page.goto("/desk/articles");
  // The seed's title says सैटेलाइट; the editor types सेटेलाइट.
  await page.getByLabel("Words").fill("सेटेलाइट");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  const list = page.getByTestId("articles-list");
  await expect(list.getByRole("link", { name: /सैटेलाइट लॉन्चिंग/ })).toBeVisible();
  await expect(list.getByRole("link", { name: /ट्रेन से रूस पहुंचे/ })).toHaveCount(0);
  await expect(page.getByLabel("Words")).toHaveValue("सेटेलाइट");
});
