// The public reports API: published fact-checks only, in every format, streamed, and rate-limited per
// client. (Which filters cannot reach drafts is tested against Postgres in report-stream.test.ts.)
import { expect, test } from "@playwright/test";

test("readers get published reports in every format, no drafts, and a 429 past the limit", async ({
  request,
}) => {
  const csv = await request.get("/api/v1/reports?article=art_000&format=csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["access-control-allow-origin"]).toBe("*");
  const text = await csv.text();
  expect(text).toContain("claim_demo_grain");
  expect(text).not.toMatch(/,yes,/); // no row is a draft (is_draft)
  expect(Number(csv.headers()["x-report-claims"])).toBeGreaterThanOrEqual(1);

  // Asking for drafts, or for unpublished statuses, is refused outright.
  expect((await request.get("/api/v1/reports?format=json&drafts=1")).status()).toBe(400);
  expect((await request.get("/api/v1/reports?format=json&status=OPEN")).status()).toBe(400);
  expect((await request.get("/api/v1/reports?format=doc")).status()).toBe(400);

  // 10 in a burst, then one every 6 seconds: a quick run of requests meets a 429 with Retry-After.
  let refused = null;
  for (let i = 0; i < 15 && !refused; i++) {
    const res = await request.get("/api/v1/reports?claim=claim_demo_grain&format=md");
    if (res.status() === 429) refused = res;
    else expect(res.status()).toBe(200);
  }
  expect(refused, "no 429 after 15 quick requests").not.toBeNull();
  expect(Number(refused?.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused?.json()).toMatchObject({ error: "rate_limited", reason: "rate" });
});
