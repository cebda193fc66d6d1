// Who can read what, over HTTP, for every route the app has. Routes are discovered from the file
// system under app/, so a page added later is covered without anyone remembering to list it (the test
// fails until its sample URLs are named below). An editor's draft carries marker strings; no
// anonymous request — plain, as a React Server Components fetch, or following no redirect — may
// answer with any of them in its status or body, while editors and admins see them where they should.
import fs from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { EDITOR_A, selectInArticle, signedInPage, unloggedSlice } from "./helpers";

const ADMIN = { email: "admin@pramaan.test", name: "Pramaan Admin" };
const tag = Math.random().toString(36).slice(2, 8);
const MARKERS = {
  claimHi: `गोपनीय मसौदा दावा ${tag}`,
  claimEn: `secret draft claim ${tag}`,
  summary: `मसौदा सार ${tag} अभी प्रकाशित नहीं`,
  rationale: `Draft rationale ${tag}: nobody outside the desk may read this sentence before review.`,
};

/** Every route under app/: its URL pattern, from the folders (route groups dropped). */
function discoverRoutes(dir = "app", prefix = ""): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const segment = /^\(.*\)$/.test(e.name) ? "" : `/${e.name}`;
      out.push(...discoverRoutes(p, prefix + segment));
    } else if (/^(page|route)\.tsx?$/.test(e.name)) {
      out.push(prefix || "/");
    }
  }
  return out.sort();
}

const DRAFT_WORDS = encodeURIComponent("गोपनीय मसौदा दावा");

type Ids = { claimId: string; slug: string };
// Concrete URLs for each route pattern. A new route fails the test until it is given samples here.
const SAMPLES: Record<string, (ids: Ids) => string[]> = {
  "/": () => ["/"],
  "/articles/[id]": () => ["/articles/art_001"],
  "/claims/[slug]": ({ slug }) => [`/claims/${slug}`],
  "/corrections": () => ["/corrections", "/corrections?page=2", "/corrections?page=x"],
  "/corrections/feed.xml": () => ["/corrections/feed.xml"],
  "/signin": () => ["/signin"],
  "/desk": () => ["/desk"],
  "/desk/articles": () => ["/desk/articles"],
  "/desk/articles/new": () => ["/desk/articles/new"],
  "/desk/articles/[id]": () => ["/desk/articles/art_001", "/desk/articles/art_001?furniture=show"],
  "/desk/articles/[id]/log": () => ["/desk/articles/art_001/log?start=100&end=160"],
  "/desk/claims": () => ["/desk/claims"],
  // Searches for the draft's words without its tag: the page echoes the query, so a marker on the
  // page can only come from a result.
  "/desk/search": () => [
    "/desk/search",
    `/desk/search?q=${DRAFT_WORDS}`,
    `/desk/search?q=${DRAFT_WORDS}&type=mentions&status=open`,
  ],
  "/search": () => [
    "/search",
    `/search?q=${DRAFT_WORDS}&type=claims&status=open`,
    `/search?q=${DRAFT_WORDS}&type=mentions&status=open`,
    `/search?q=${DRAFT_WORDS}&type=entities`,
  ],
  "/desk/claims/[id]": ({ claimId }) => [`/desk/claims/${claimId}`],
  "/desk/claims/[id]/merge": ({ claimId }) => [
    `/desk/claims/${claimId}/merge`,
    `/desk/claims/${claimId}/merge?q=${DRAFT_WORDS}`,
    `/desk/claims/art_001/merge?into=${claimId}`,
  ],
  "/desk/entities": () => ["/desk/entities", "/desk/entities?q=bbc&kind=OUTLET&after=bogus"],
  "/desk/entities/new": () => ["/desk/entities/new"],
  "/desk/entities/[id]": () => ["/desk/entities/ent_bbc", "/desk/entities/no-such-entity"],
  "/desk/entities/[id]/merge": () => [
    "/desk/entities/ent_bbc/merge",
    "/desk/entities/ent_bbc/merge?q=news",
    "/desk/entities/ent_bbc/merge?with=ent_nyt",
  ],
  "/desk/review": () => ["/desk/review"],
  "/desk/review/stale": () => ["/desk/review/stale", "/desk/review/stale?after=bogus"],
  "/desk/inbox": () => ["/desk/inbox", "/desk/inbox?after=bogus"],
  "/desk/orphans": () => ["/desk/orphans", "/desk/orphans?after=not-a-cursor"],
  "/desk/reports/[kind]/[id]": ({ claimId }) => [
    `/desk/reports/claim/${claimId}`,
    "/desk/reports/article/art_001",
  ],
  "/api/health": () => ["/api/health"],
  "/api/language": ({ slug }) => [
    `/api/language?to=en&next=/claims/${slug}`,
    "/api/language?to=hi&next=/desk/articles",
    "/api/language?to=xx",
  ],
  "/api/desk/articles/[op]": () => ["/api/desk/articles/import"],
  "/api/auth/[...nextauth]": () => ["/api/auth/session", "/api/auth/csrf", "/api/auth/providers"],
  "/desk/reports": ({ claimId }) => [
    "/desk/reports",
    `/desk/reports?claim=${claimId}&drafts=1`,
    "/desk/reports?article=art_001&drafts=1",
  ],
  "/desk/reports/print": ({ claimId }) => [
    `/desk/reports/print?claim=${claimId}&drafts=1`,
    "/desk/reports/print?article=art_001&drafts=1",
  ],
  "/api/reports": ({ claimId }) => [
    `/api/reports?claim=${claimId}&format=json&drafts=1`,
    `/api/reports?claim=${claimId}&format=csv&drafts=1`,
    "/api/reports?article=art_001&format=md&drafts=1",
  ],
  "/api/reports/progress": () => ["/api/reports/progress?token=abcdefgh1234"],
  "/api/v1/reports": ({ claimId }) => [
    `/api/v1/reports?claim=${claimId}&format=json`,
    "/api/v1/reports?article=art_001&format=csv",
  ],
  "/api/v1/claims": () => ["/api/v1/claims?limit=100"],
  "/api/v1/claims/[slug]": ({ slug }) => [`/api/v1/claims/${slug}`],
  "/api/v1/corrections": () => ["/api/v1/corrections?limit=50"],
  "/entities": () => [
    "/entities",
    `/entities?q=${DRAFT_WORDS}`,
    "/entities?kind=PERSON&after=bogus",
  ],
  "/entities/[slug]": () => [
    "/entities/bbc",
    "/entities/no-such-entity",
    "/entities/bbc?role=said&after=bogus",
  ],
  "/api/v1/entities": () => [`/api/v1/entities?q=${DRAFT_WORDS}`, "/api/v1/entities?kind=x"],
  "/api/v1/entities/[slug]": () => ["/api/v1/entities/bbc", "/api/v1/entities/NOT%20A%20SLUG"],
  "/api/v1/openapi.json": () => ["/api/v1/openapi.json"],
  "/api/v1/[...rest]": () => ["/api/v1/no-such-route", "/api/v1/claims/a/b"],
};
// Where a signed-in editor must find the draft.
const DESK_SHOWS_DRAFT = (ids: Ids) => [
  "/desk/claims",
  `/desk/claims/${ids.claimId}`,
  `/desk/search?q=${DRAFT_WORDS}`,
  "/desk/articles/art_001",
  `/desk/reports/claim/${ids.claimId}`, // the old address: redirected to the builder
  `/desk/reports?claim=${ids.claimId}&drafts=1`,
  `/desk/reports/print?claim=${ids.claimId}&drafts=1`,
  `/api/reports?claim=${ids.claimId}&format=json&drafts=1`,
];

const VARIANTS: { name: string; headers: Record<string, string>; query: string }[] = [
  { name: "plain", headers: {}, query: "" },
  { name: "RSC", headers: { RSC: "1" }, query: "" },
  {
    name: "RSC with _rsc",
    headers: { RSC: "1", "Next-Router-Prefetch": "1" },
    query: "_rsc=matrix",
  },
];

const withQuery = (url: string, q: string) =>
  q ? `${url}${url.includes("?") ? "&" : "?"}${q}` : url;
const leaked = (text: string) => Object.values(MARKERS).filter((m) => text.includes(m));

async function fetchAll(ctx: APIRequestContext, url: string) {
  return Promise.all(
    VARIANTS.map(async (v) => {
      const res = await ctx.get(withQuery(url, v.query), { headers: v.headers, maxRedirects: 0 });
      return {
        variant: v.name,
        status: res.status(),
        text: `${res.statusText()} ${JSON.stringify(res.headers())} ${await res.text()}`,
      };
    }),
  );
}

test("route × role matrix: no anonymous request reads a draft; editors and admins do", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const routes = discoverRoutes();
  expect(
    routes.filter((r) => !SAMPLES[r]),
    "routes with no sample URLs: add them to SAMPLES",
  ).toEqual([]);

  // An editor logs a claim and drafts a verdict on it: both unpublished, both full of markers.
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_001");
  await selectInArticle(asha, await unloggedSlice(asha, "किम", 40));
  await asha.getByTestId("log-claim").click();
  await asha.getByLabel(/checkable statement/).fill(MARKERS.claimHi);
  await asha.getByLabel(/In English/).fill(MARKERS.claimEn);
  await asha.getByLabel(/The article itself/).check();
  await asha.getByRole("button", { name: /Log claim/ }).click();
  await expect(asha).toHaveURL(/\/desk\/claims\//);
  const claimId = new URL(asha.url()).pathname.split("/").pop()!;
  const slug = (await asha.getByTestId("claim-slug").textContent())!.trim().replace("/claims/", "");
  const verdict = asha.getByTestId("verdict-form");
  await verdict.getByLabel(/Rating/).selectOption({ label: "False" });
  await verdict.getByLabel(/One-line summary \(Hindi\)/).fill(MARKERS.summary);
  await verdict.getByLabel(/Rationale/).fill(MARKERS.rationale);
  await verdict.getByRole("button", { name: "Save draft" }).click();
  await expect(verdict.getByRole("button", { name: "Save draft" })).toBeEnabled();
  await expect(asha.getByTestId("audit-trail")).toContainText("started the verdict");
  const ids = { claimId, slug };
  const urls = routes.flatMap((r) => SAMPLES[r](ids));

  // Anonymous: every route, every variant.
  const anonymous = await request.newContext({ baseURL });
  const cells: string[] = [];
  for (const url of urls) {
    for (const r of await fetchAll(anonymous, url)) {
      cells.push(`${r.status} ${r.variant} ${url}`);
      expect(leaked(r.text), `anonymous ${r.variant} GET ${url} (${r.status})`).toEqual([]);
      expect(r.status, `anonymous ${r.variant} GET ${url}`).toBeLessThan(500);
    }
  }
  // Desk pages answer anonymous requests with a way to sign in, never with a desk page.
  for (const url of urls.filter((u) => u.startsWith("/desk"))) {
    const res = await anonymous.get(url, { maxRedirects: 0 });
    expect([303, 307, 308], `anonymous GET ${url}`).toContain(res.status());
    expect(res.headers().location, url).toMatch(/\/signin/);
    // …and back to the page asked for, not to the desk's front page.
    const back = new URL(res.headers().location, baseURL).searchParams.get("callbackUrl");
    if (url !== "/desk")
      expect(
        new URL(url, baseURL).pathname.startsWith(new URL(back ?? "/-", baseURL).pathname),
        `${url} → ${back}`,
      ).toBe(true);
    // The log page comes back to the very selection it was opened with (a session that expired
    // mid-log loses nothing).
    if (/\/log\?/.test(url)) expect(back, url).toBe(url);
  }
  await anonymous.dispose();

  // Editors and admins: the draft is where they work on it.
  const admin = await signedInPage(browser, ADMIN);
  for (const [who, page] of [
    ["editor", asha],
    ["admin", admin],
  ] as const) {
    for (const url of DESK_SHOWS_DRAFT(ids)) {
      const res = await page.request.get(url);
      expect(res.status(), `${who} GET ${url}`).toBe(200);
      expect(leaked(await res.text()).length, `${who} GET ${url} shows the draft`).toBeGreaterThan(
        0,
      );
    }
    // …and the public side still does not show it, to them either.
    expect((await page.request.get(`/claims/${slug}`)).status()).toBe(404);
  }
  test.info().annotations.push({
    type: "matrix",
    description: `${routes.length} routes, ${urls.length} URLs, ${cells.length} anonymous requests`,
  });
  console.log(
    `[access-matrix] ${routes.length} routes, ${urls.length} URLs × ${VARIANTS.length} variants = ${cells.length} anonymous requests; editor and admin checked on ${DESK_SHOWS_DRAFT(ids).length} desk URLs each`,
  );
});
