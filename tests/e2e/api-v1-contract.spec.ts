// The v1 API's edges against the production server (playwright.config.ts starts it): an address no
// route answers is the API's JSON 404 whatever the method — not the site's HTML not-found page — the
// OpenAPI document is served where docs/api.md says, and a verdict page's own HTML carries a
// ClaimReview that a JSON-LD processor (jsonld.js, schema.org's context from tests/fixtures, nothing
// fetched) reads with the claim's author, review body and first appearance.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import jsonld from "jsonld";

const DEMO_CLAIM = "/claims/russia-2017-grain-world-record-demo";
const S = "http://schema.org/";
const CONTEXT = JSON.parse(
  fs.readFileSync(new URL("../fixtures/schemaorg-context.jsonld", import.meta.url), "utf8"),
);

test("unknown /api/v1 addresses answer JSON 404 for every method", async ({ request }) => {
  for (const path of ["/api/v1/nothing", "/api/v1/claims/a/b", "/api/v1/entities/x/y/z"]) {
    for (const method of ["GET", "POST", "PUT", "DELETE"] as const) {
      const res = await request.fetch(path, { method, data: method === "GET" ? undefined : "{}" });
      expect(res.status(), `${method} ${path}`).toBe(404);
      expect(res.headers()["content-type"], `${method} ${path}`).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body.error).toBe("not_found");
      expect(body.message).toContain(path);
    }
    const head = await request.head(path);
    expect(head.status()).toBe(404);
    expect(head.headers()["content-type"]).toMatch(/^application\/json/);
  }
  // A real route's own 404 keeps its shape too.
  const claim = await request.get("/api/v1/claims/no-such-claim");
  expect(claim.status()).toBe(404);
  expect(await claim.json()).toEqual({ error: "not_found" });
});

test("the OpenAPI document is served at /api/v1/openapi.json", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/json/);
  expect(res.headers()["cache-control"]).toMatch(/public/);
  const doc = await res.json();
  expect(doc.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/claims", "/claims/{slug}", "/entities", "/reports"]),
  );
  expect(doc.servers[0].url).toMatch(/\/api\/v1$/);
});

test("a verdict page's ClaimReview, read by jsonld.js from the page's HTML", async ({ page }) => {
  await page.goto(DEMO_CLAIM);
  const script = await page.locator('script[type="application/ld+json"]').textContent();
  const documentLoader = async (url: string) => {
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`refused ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
  };
  const expanded = (await jsonld.expand(JSON.parse(script ?? "null"), {
    documentLoader,
  })) as Record<string, any>[];
  const review = expanded.find((n) => n["@type"]?.includes(`${S}ClaimReview`));
  if (!review) throw new Error("no ClaimReview on the page");
  expect(review[`${S}claimReviewed`][0]["@value"]).toContain("रूस");
  expect(review[`${S}reviewBody`][0]["@value"]).toContain("FAO");
  const item = review[`${S}itemReviewed`][0];
  expect(item["@type"]).toEqual([`${S}Claim`]);
  expect(item[`${S}firstAppearance`][0][`${S}url`][0]["@id"]).toMatch(/^https?:\/\//);
  expect(review[`${S}reviewRating`][0][`${S}ratingValue`][0]["@value"]).toBe(2);
});
