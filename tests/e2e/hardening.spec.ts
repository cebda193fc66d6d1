// The production server and HTTP hardening (review findings 5, 8, 17, 18), against the real server
// that playwright.config.ts starts (scripts/serve.mjs).
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { EDITOR_A, signedInPage, WHOLE_APP } from "./helpers";

const DEMO_CLAIM = "/claims/russia-2017-grain-world-record-demo";
const DEMO_CLAIM_ID = "claim_demo_grain";
const origin = () => new URL(test.info().project.use.baseURL!);

/** A GET or POST with the path exactly as written: fetch and Playwright would normalise `%2e%2e`. */
function raw(
  pathAsIs: string,
  {
    method = "GET",
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        { host: origin().hostname, port: origin().port, path: pathAsIs, method, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () =>
            resolve({
              status: res.statusCode!,
              headers: res.headers,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        },
      );
      req.on("error", reject);
      req.end(body);
    },
  );
}

/** Records everything a strict CSP would make the browser complain about. */
async function watchCsp(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || /content.security.policy|refused to/i.test(m.text()))
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return problems;
}

/** The page's response carries a nonce-based policy with no inline or eval for scripts. */
function expectStrictCsp(headers: Record<string, string>) {
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp.split("; ").find((d) => d.startsWith("script-src "))).not.toMatch(
    /unsafe-(inline|eval)/,
  );
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
}

/** Hydrated: a link click is a client-side navigation (the window survives), not a full load. */
async function expectClientNavigation(page: Page, link: ReturnType<Page["locator"]>, url: RegExp) {
  await page.evaluate(() => ((window as unknown as { __sameWindow: boolean }).__sameWindow = true));
  await link.click();
  await expect(page).toHaveURL(url);
  expect(
    await page.evaluate(() => (window as unknown as { __sameWindow?: boolean }).__sameWindow),
  ).toBe(true);
}

test("public pages satisfy their Content-Security-Policy and hydrate, from the front cache too", {
  tag: WHOLE_APP,
}, async ({ browser }) => {
  // A Hindi reader: the readers' pages at their addresses without /en.
  const page = await (await browser.newContext({ locale: "hi-IN" })).newPage();
  const problems = await watchCsp(page);

  const home = await page.goto("/");
  expectStrictCsp(home!.headers());
  await expectClientNavigation(
    page,
    page.locator(`a[href="${DEMO_CLAIM}"]`).first(),
    new RegExp(`${DEMO_CLAIM}$`),
  );

  for (let load = 0; load < 2; load++) {
    const verdict = await page.goto(DEMO_CLAIM); // the second load is answered from the front cache
    expectStrictCsp(verdict!.headers());
    await expect(page.getByTestId("claim-text")).toBeVisible();
    // The ClaimReview JSON-LD is data: present, and not something the policy had to block.
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    await expectClientNavigation(
      page,
      page.getByTestId("appearances").getByRole("link").first(),
      /\/articles\/art_000/,
    );
  }
  expect((await page.request.get(DEMO_CLAIM)).headers()["x-pramaan-cache"]).toBe("HIT");

  const article = await page.goto("/articles/art_000");
  expectStrictCsp(article!.headers());
  await expectClientNavigation(
    page,
    page.locator(`a[href="${DEMO_CLAIM}"]`).first(),
    new RegExp(`${DEMO_CLAIM}$`),
  );

  const missing = await page.goto("/claims/no-such-claim-anywhere");
  expect(missing!.status()).toBe(404);
  expectStrictCsp(missing!.headers());
  await expectClientNavigation(page, page.getByRole("link", { name: /ताज़ा फैक्ट चेक पर लौटें/ }), /\/$/);

  const signin = await page.goto("/signin");
  expectStrictCsp(signin!.headers());
  expect(problems.filter((p) => !/404 \(Not Found\)/.test(p))).toEqual([]);
});

test("desk pages satisfy their Content-Security-Policy and hydrate", async ({ browser }) => {
  // Through the form, not a saved session: the sign-in form is a client component, and it ran.
  const page = await signedInPage(browser, EDITOR_A, { fresh: true });
  const problems = await watchCsp(page);
  for (const p of [
    "/desk/articles",
    "/desk/claims",
    `/desk/claims/${DEMO_CLAIM_ID}`,
    "/desk/review",
    `/desk/reports/claim/${DEMO_CLAIM_ID}`,
  ]) {
    const res = await page.goto(p);
    expect(res!.status(), p).toBe(200);
    expectStrictCsp(res!.headers());
    await expect(page.getByTestId("signed-in-as")).toHaveText(EDITOR_A.name);
  }
  const reader = await page.goto("/desk/articles/art_000");
  expectStrictCsp(reader!.headers());
  await expect(page.locator("[data-selection-ready=true]")).toBeVisible(); // the article reader hydrated
  expect(problems).toEqual([]);
});

test("malformed slugs, ids and limits get a 4xx, never a 500", async () => {
  const cases = [
    "/claims/%00",
    "/claims/%ff",
    "/claims/%c0%ae",
    "/claims/a%00b",
    "/articles/%00",
    "/articles/%ff",
    "/api/v1/claims/%c0%ae",
    "/api/v1/claims/%00",
    "/api/v1/claims/%ff",
    "/api/v1/claims?limit=%00",
    "/api/v1/claims?limit=%ff",
    "/api/v1/claims?limit=abc",
    "/api/v1/claims?limit=0",
    "/claims/Not-A-Slug",
    "/articles/a%20b",
    "/api/v1/claims/Not-A-Slug",
  ];
  for (const p of cases) {
    const res = await raw(p);
    expect(res.status, p).toBeGreaterThanOrEqual(400);
    expect(res.status, p).toBeLessThan(500);
  }
  expect((await raw("/api/v1/claims/%c0%ae")).headers["content-type"]).toMatch(/json/);
  expect(JSON.parse((await raw("/api/v1/claims/Not-A-Slug")).body)).toEqual({ error: "not_found" });
  expect(JSON.parse((await raw("/api/v1/claims?limit=500")).body).count).toBeGreaterThan(0); // large limits still read as 100
});

test("the front cache keys canonically and cannot be told to skip itself", {
  tag: WHOLE_APP,
}, async () => {
  await raw(DEMO_CLAIM);
  // Another spelling of the same page is the same entry…
  const encoded = await raw("/claims/%72ussia-2017-grain-world-record-demo");
  expect([encoded.status, encoded.headers["x-pramaan-cache"]]).toEqual([200, "HIT"]);
  // …a client naming the fill header is just another reader…
  const forced = await raw(DEMO_CLAIM, { headers: { "x-pramaan-front-cache-fill": "1" } });
  expect([forced.status, forced.headers["x-pramaan-cache"]]).toEqual([200, "HIT"]);
  // …and a path that is not a claim's never enters the cache.
  for (let i = 0; i < 2; i++)
    expect((await raw("/claims/%2e%2e")).headers["x-pramaan-cache"]).toBeUndefined();
});

test("pages that do not exist cost nothing on disk", { tag: WHOLE_APP }, async () => {
  const files = (dir: string): number =>
    fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).length : 0;
  const dirs = [".next/server", ".next/cache"].map((d) => path.resolve(d));
  const before = dirs.map(files);
  for (let i = 0; i < 25; i++) {
    expect((await raw(`/claims/no-such-claim-${i}-${Date.now()}`)).status).toBe(404);
    expect((await raw(`/articles/no-such-article-${i}`)).status).toBe(404);
    expect((await raw(`/api/v1/claims/no-such-claim-${i}`)).status).toBe(404);
  }
  await raw("/"); // one more round trip, after any write the 404s might have queued
  expect(dirs.map(files)).toEqual(before);
});

test("a forged X-Forwarded-Host or Forwarded is not believed", async () => {
  const forged = {
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    forwarded: "host=evil.example;proto=https",
  };
  for (const p of [
    "/",
    "/desk",
    "/desk/articles",
    "/signin",
    "/api/auth/signin",
    "/api/auth/providers",
    "/api/auth/session",
    DEMO_CLAIM,
    `${DEMO_CLAIM}/`,
    "/articles/art_000",
    "/api/v1/claims",
    `/api/v1${DEMO_CLAIM}`,
    "/no-such-page",
  ]) {
    const res = await raw(p, { headers: forged });
    expect(res.headers.location ?? "", p).not.toContain("evil.example");
    expect(res.body, p).not.toContain("evil.example");
  }
  // Next's check that a server action comes from the page's own origin compares Origin with
  // X-Forwarded-Host: believing a forged one would let a cross-site POST through to the action lookup.
  const action = await raw("/signin", {
    method: "POST",
    headers: {
      ...forged,
      origin: "http://evil.example",
      "next-action": "00".repeat(21),
      "content-type": "text/plain;charset=UTF-8",
    },
    body: "[]",
  });
  expect(action.headers["x-nextjs-action-not-found"]).toBeUndefined();
  expect(action.status).toBe(403);
});

// Issue 16, items 1, 14 and 16: what a request body may cost, and who may send a server action.
const ACTION = { "next-action": "00".repeat(21), "content-type": "text/plain;charset=UTF-8" };
const sameOrigin = () => ({ origin: origin().origin });

/**
 * Sends the head of a POST declaring `length` bytes, then only the first KB of `[`: an answer proves
 * the server decided without reading (or waiting for) the rest.
 */
function partialPost(pathAsIs: string, length: number, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({
      host: origin().hostname,
      port: origin().port,
      path: pathAsIs,
      method: "POST",
      headers: { ...headers, "content-length": String(length) },
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() });
        req.destroy();
      });
    });
    req.on("error", reject);
    req.write(Buffer.alloc(1024, "["));
  });
}

test("a stranger's 7.8 MB action body is refused unread; editors' forms and uploads still work", async ({
  browser,
}) => {
  const flood = Math.round(7.8 * 2 ** 20);
  for (const p of ["/desk/articles/new", "/", DEMO_CLAIM]) {
    const res = await partialPost(p, flood, { ...ACTION, ...sameOrigin() });
    expect([res.status, JSON.parse(res.body).error], p).toEqual([413, "too_large"]);
  }
  // A body with no length is cut off as soon as it passes the cap.
  const chunked = await raw("/desk/articles/new", {
    method: "POST",
    headers: { ...ACTION, ...sameOrigin(), "transfer-encoding": "chunked" },
    body: "[".repeat(64 * 1024),
  });
  expect(chunked.status).toBe(413);
  // Sign-in posts are capped for strangers too (next-auth reads the whole body).
  expect((await partialPost("/api/auth/callback/credentials", flood, {})).status).toBe(413);
  // The upload route answers a stranger before reading.
  const upload = await partialPost("/api/desk/articles/import", 7 * 2 ** 20, sameOrigin());
  expect([upload.status, JSON.parse(upload.body).code]).toEqual([401, "UNAUTHENTICATED"]);

  // An editor: a 150 KB action body reaches Next (which does not know this action)…
  const page = await signedInPage(browser, EDITOR_A);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const form = await raw("/desk/articles/new", {
    method: "POST",
    headers: { ...ACTION, ...sameOrigin(), cookie },
    body: JSON.stringify(["क".repeat(50_000)]),
  });
  expect(form.headers["x-nextjs-action-not-found"]).toBe("1"); // Next read it and looked it up
  // …nesting past the bound is a 400 before Next parses it…
  const deep = await raw("/desk/articles/new", {
    method: "POST",
    headers: { ...ACTION, ...sameOrigin(), cookie },
    body: `${"[".repeat(10_000)}${"]".repeat(10_000)}`,
  });
  expect(deep.status).toBe(400);
  // …and over 1 MB is for the upload route, which reads it (and answers with the gate's field errors).
  const big = await page.request.post("/api/desk/articles/add", {
    headers: sameOrigin(),
    data: { title: "बहुत लंबा लेख", body: `${"क ".repeat(600_000)}\u0001` },
  });
  expect(big.status()).toBe(400);
  // A reason the form words in its language (errors.schema.controlCharacter).
  expect((await big.json()).fieldErrors.body).toEqual([{ key: "schema.controlCharacter" }]);

  // The paste form (through the upload route) and a form action on the new article, as a person does.
  const title = `चिपकाया गया लेख ${Date.now()}`;
  await page.goto("/desk/articles/new");
  const paste = page.getByTestId("article-add-form");
  await paste.getByLabel("Title").fill(title);
  await paste.getByLabel("Text of the article").fill(`यह लेख ${title} के लिए है।`);
  await paste.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByTestId("article-meta")).toContainText("Outlet not recorded");
  await page.getByRole("button", { name: "Edit details" }).click();
  const meta = page.getByTestId("article-meta-form");
  await meta.getByLabel("Title").fill(`${title} (संपादित)`);
  const saved = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await meta.getByRole("button", { name: /Save/ }).click();
  await expect(page.getByRole("heading", { name: `${title} (संपादित)` })).toBeVisible();

  // The same action, called with bodies React's client never sends: Next answered these with a 500.
  const real = { ...ACTION, "next-action": (await saved).headers()["next-action"] };
  for (const body of ["", "[", '"x"', '["$Q1"]', `${"[".repeat(100)}${"]".repeat(100)}`]) {
    const res = await raw(page.url().replace(origin().origin, ""), {
      method: "POST",
      headers: { ...real, ...sameOrigin(), cookie },
      body,
    });
    expect(res.status, body).toBe(400);
  }
  const multipart = await raw("/desk/articles/new", {
    method: "POST",
    headers: { ...sameOrigin(), cookie, "content-type": "multipart/form-data; boundary=x" },
    body: "garbage",
  });
  expect(multipart.status).toBe(400);
});

test("server actions need their own Origin: none, null or another site is a 403", async ({
  browser,
}) => {
  const page = await signedInPage(browser, EDITOR_A);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const whos: Record<string, string>[] = [{}, { cookie }];
  const origins: Record<string, string>[] = [
    {},
    { origin: "null" },
    { origin: "http://evil.example" },
  ];
  for (const who of whos) {
    for (const o of origins) {
      const res = await raw("/desk/articles/new", {
        method: "POST",
        headers: { ...ACTION, ...who, ...o },
        body: "[]",
      });
      expect(res.status, JSON.stringify(o)).toBe(403);
    }
    // No-JS form posts to a page are actions too.
    const form = await raw("/desk/claims", {
      method: "POST",
      headers: { ...who, origin: "http://evil.example", "content-type": "multipart/form-data" },
      body: "",
    });
    expect(form.status).toBe(403);
  }
});

test("bad query input is a 400, never a 500: NUL in ?q=, a day that does not exist", async () => {
  const nul = await raw("/api/v1/entities?q=a%00b");
  expect(nul.status).toBe(400);
  expect(JSON.parse(nul.body).error).toBe("bad_request");
  expect((await raw("/entities?q=a%00b")).status).toBe(200); // the page searches for nothing instead
  const day = await raw("/api/v1/reports?article=art_001&format=json&from=2023-02-30");
  expect(day.status).toBe(400);
  expect(JSON.parse(day.body).fields.from).toEqual(["Not a date."]);
});

test("the server listens on loopback only (HOST unset)", async () => {
  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === "IPv4");
  test.skip(!external, "this machine has no non-loopback IPv4 address to try");
  const reached = await new Promise<string>((resolve) => {
    const socket = net.connect({ host: external!.address, port: Number(origin().port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "error"));
  });
  expect(reached).toBe("ECONNREFUSED");
});
