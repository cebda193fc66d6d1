// The production server's page cache (scripts/front-cache.mjs), driven by a fill function the test
// controls: every interleaving below is set up step by step, never by timing.
import { describe, expect, it } from "vitest";
import { PART_PARAM } from "@/lib/article/parts";
import * as params from "@/lib/public/params";
import {
  ARTICLE_ID,
  ARTICLE_ID_MAX,
  ARTICLE_PART,
  CLAIM_SLUG,
  CLAIM_SLUG_MAX,
  canonicalPath,
  createFrontCache,
  frontCacheKey,
  pageOfKey,
  requestOfKey,
} from "@/scripts/front-cache.mjs";

type Page = { status: number; headers: Record<string, string>; body: Buffer };
const page = (text: string, status = 200): Page => ({
  status,
  headers: { "content-type": "text/html" },
  body: Buffer.from(text),
});

/** A fill whose answers the test hands out one by one. */
function controlledFill() {
  const pending: { key: string; resolve: (p: Page) => void; reject: (e: Error) => void }[] = [];
  const fill = (key: string) =>
    new Promise<Page>((resolve, reject) => pending.push({ key, resolve, reject }));
  return { fill, pending };
}
const flush = () => new Promise((r) => setImmediate(r));
const text = (r: { page: { body: Buffer } }) => r.page.body.toString();

describe("canonical keys", () => {
  it("one key per page, whatever the percent-encoding", () => {
    expect(canonicalPath("/claims/%72ussia-grain")).toBe("/claims/russia-grain");
    expect(canonicalPath("/claims/russia-grain")).toBe("/claims/russia-grain");
    expect(canonicalPath("/articles/%61rt_000")).toBe("/articles/art_000");
    expect(canonicalPath("/api/v1/claims/russia%2Dgrain")).toBe("/api/v1/claims/russia-grain");
  });

  it("nothing outside the shapes the app makes is ever a key", () => {
    for (const p of [
      "/claims/%2e%2e",
      "/claims/..",
      "/claims/%00",
      "/claims/%ff",
      "/claims/%c0%ae",
      "/claims/a%2fb",
      "/claims/a/b",
      "/claims/",
      "/claims/Russia",
      "/claims/-x",
      "/claims/x--y",
      "/articles/a%20b",
      `/articles/${"a".repeat(65)}`,
      "/",
      "/desk/claims/x",
      "/claimsx/y",
    ]) {
      expect(canonicalPath(p), p).toBeNull();
    }
  });

  it("only GETs of pages, never another method", () => {
    expect(frontCacheKey("GET", "/claims/a-b", {})).toBe("/claims/a-b");
    expect(frontCacheKey("HEAD", "/claims/a-b", {})).toBeNull();
    expect(frontCacheKey("POST", "/claims/a-b", {})).toBeNull();
    expect(frontCacheKey("GET", "/desk/claims/a-b?x=1", {})).toBeNull();
  });

  it("ignores query parameters the page does not read (issue 16 item 9: `?x=1` skipped the cache)", () => {
    for (const url of ["/claims/a-b?x=1", "/claims/a-b?utm_source=t&fbclid=z", "/claims/a-b?"]) {
      expect(frontCacheKey("GET", url, {}), url).toBe("/claims/a-b");
    }
    expect(frontCacheKey("GET", "/api/v1/claims/a-b?cb=123", {})).toBe("/api/v1/claims/a-b");
    expect(frontCacheKey("GET", "/entities/bbc?x=1", {})).toBe("/entities/bbc");
    expect(frontCacheKey("GET", "/entities?x=1", {})).toBe("/entities");
  });

  it("keeps the parameters a page reads: an article's part is its own entry, a bad one none", () => {
    expect(frontCacheKey("GET", "/articles/art_1?part=3&x=1", {})).toBe("/articles/art_1?part=3");
    expect(frontCacheKey("GET", "/articles/art_1?part=1", {})).toBe("/articles/art_1");
    for (const url of [
      "/articles/art_1?part=0",
      "/articles/art_1?part=abc",
      "/articles/art_1?part=2&part=3",
      "/articles/art_1?m=cm123", // redirects to the appearance's part
      "/entities/bbc?role=speaker", // a filtered entity page
      "/entities/bbc?after=abc",
      "/api/v1/entities/bbc?after=abc",
      "/entities?q=modi", // the index's searches
      "/entities?kind=PERSON",
    ]) {
      expect(frontCacheKey("GET", url, {}), url).toBeNull();
    }
  });

  it("client-side navigations are cached apart from the HTML, keyed by the headers Next varies on", () => {
    const nav = { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" };
    const a = frontCacheKey("GET", "/claims/a-b?_rsc=abc", nav);
    expect(a).not.toBeNull();
    expect(a).not.toBe("/claims/a-b");
    expect(pageOfKey(a as string)).toBe("/claims/a-b");
    // Another parameter changes nothing; another state tree or a prefetch is another payload.
    expect(frontCacheKey("GET", "/claims/a-b?_rsc=abc&x=1", nav)).toBe(a);
    expect(frontCacheKey("GET", "/claims/%61-b?_rsc=abc", nav)).toBe(a);
    const prefetch = frontCacheKey("GET", "/claims/a-b?_rsc=abc", {
      ...nav,
      "next-router-prefetch": "1",
    });
    const tree = frontCacheKey("GET", "/claims/a-b?_rsc=abc", {
      ...nav,
      "next-router-state-tree": "%5B%22x%22%5D",
    });
    expect(new Set([a, prefetch, tree]).size).toBe(3);
    // The fill asks Next for exactly that payload: the canonical URL, `_rsc`, the same headers.
    expect(requestOfKey(a as string)).toEqual({ url: "/claims/a-b?_rsc=abc", headers: nav });
    expect(requestOfKey("/articles/x?part=2")).toEqual({ url: "/articles/x?part=2", headers: {} });
    const part = frontCacheKey("GET", "/articles/x?part=2&_rsc=q", { rsc: "1" }) as string;
    expect(requestOfKey(part)).toEqual({ url: "/articles/x?part=2&_rsc=q", headers: { rsc: "1" } });
    // Router headers or `_rsc` without `rsc: 1` are not a request Next's client makes.
    expect(frontCacheKey("GET", "/claims/a-b?_rsc=1", {})).toBeNull();
    expect(frontCacheKey("GET", "/claims/a-b", { "next-router-prefetch": "1" })).toBeNull();
  });

  it("uses the same patterns as the pages' zod params", () => {
    expect([
      CLAIM_SLUG.source,
      CLAIM_SLUG_MAX,
      ARTICLE_ID.source,
      ARTICLE_ID_MAX,
      ARTICLE_PART.source,
    ]).toEqual([
      params.CLAIM_SLUG.source,
      params.CLAIM_SLUG_MAX,
      params.ARTICLE_ID.source,
      params.ARTICLE_ID_MAX,
      PART_PARAM.source,
    ]);
  });
});

describe("versions of one page", () => {
  it("a purge of a page forgets its parts and RSC payloads, and their fills in flight", async () => {
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    const rsc = frontCacheKey("GET", "/articles/a1?part=2&_rsc=z", { rsc: "1" }) as string;
    const keys = ["/articles/a1", "/articles/a1?part=2", rsc, "/articles/a2"];
    const got = keys.map((k) => cache.get(k));
    await flush();
    for (const [i, p] of pending.entries()) p.resolve(page(`v${i}`));
    await Promise.all(got);
    const late = cache.get(frontCacheKey("GET", "/articles/a1?_rsc=y", { rsc: "1" }) as string);
    await flush();
    cache.invalidate(["/articles/a1"]);
    pending[4].resolve(page("old"));
    await late;
    expect(cache.stats().entries).toBe(1);
    expect((await cache.get("/articles/a2")).hit).toBe(true);
  });

  it("a URL keeps only its most recent RSC variants: made-up state trees cannot flush the cache", async () => {
    const fill = async () => page("payload");
    const cache = createFrontCache({ fill, maxBytes: 1 << 20, maxVariants: 3 });
    await cache.get("/claims/other");
    for (let i = 0; i < 10; i++) {
      const tree = encodeURIComponent(JSON.stringify(["", i]));
      await cache.get(
        frontCacheKey("GET", "/claims/x", { rsc: "1", "next-router-state-tree": tree }) as string,
      );
    }
    expect(cache.stats().entries).toBe(1 + 3);
    expect((await cache.get("/claims/other")).hit).toBe(true);
  });
});

describe("what is stored", () => {
  it("a 200 is stored and answered from memory; readers arriving together share one fill", async () => {
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    const a = cache.get("/claims/x");
    const b = cache.get("/claims/x");
    await flush();
    expect(pending).toHaveLength(1);
    pending[0].resolve(page("v1"));
    expect([(await a).hit, (await b).hit, text(await a)]).toEqual([false, false, "v1"]);
    const again = await cache.get("/claims/x");
    expect([again.hit, text(again), again.page.gzip.length > 0]).toEqual([true, "v1", true]);
    expect(pending).toHaveLength(1);
  });

  it("a 404 is answered but never stored", async () => {
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    const first = cache.get("/claims/nope");
    await flush();
    pending[0].resolve(page("not found", 404));
    expect((await first).page.status).toBe(404);
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
    const second = cache.get("/claims/nope");
    await flush();
    expect(pending).toHaveLength(2); // asked again
    pending[1].resolve(page("not found", 404));
    expect((await second).hit).toBe(false);
  });

  it("a page that sets a cookie is never stored", async () => {
    const cache = createFrontCache({
      fill: async () => ({ ...page("x"), headers: { "set-cookie": "a=b" } }),
      maxBytes: 1 << 20,
    });
    await cache.get("/claims/x");
    expect(cache.stats().entries).toBe(0);
  });

  it("stays within its byte budget, dropping the least recently used page first", async () => {
    const body = "x".repeat(10_000); // ≈ 10.1 kB stored with its gzip and headers: eight fit in 85 kB
    const cache = createFrontCache({ fill: async () => page(body), maxBytes: 85_000 });
    const keys = ["a", "b", "c", "d", "e", "f", "g", "h"];
    for (const k of keys) await cache.get(`/claims/${k}`);
    expect(cache.stats().entries).toBe(8);
    await cache.get("/claims/a"); // a is now the most recently used
    await cache.get("/claims/i"); // over budget: b goes, not a
    expect(cache.stats()).toMatchObject({ entries: 8 });
    expect(cache.stats().bytes).toBeLessThanOrEqual(85_000);
    expect((await cache.get("/claims/a")).hit).toBe(true);
    expect((await cache.get("/claims/b")).hit).toBe(false);
  });

  it("never stores a page larger than an eighth of the budget", async () => {
    const cache = createFrontCache({
      fill: async () => page("y".repeat(20_000)),
      maxBytes: 100_000,
    });
    const r = await cache.get("/claims/big");
    expect([r.page.status, cache.stats().entries]).toEqual([200, 0]);
  });

  it("forgets a page after the TTL", async () => {
    let clock = 0;
    let n = 0;
    const cache = createFrontCache({
      fill: async () => page(`v${++n}`),
      maxBytes: 1 << 20,
      ttlMs: 1000,
      now: () => clock,
    });
    await cache.get("/claims/x");
    clock = 1000;
    expect(text(await cache.get("/claims/x"))).toBe("v1");
    clock = 1001;
    expect(text(await cache.get("/claims/x"))).toBe("v2");
  });
});

describe("a purge beats every fill that started before it (finding 9)", () => {
  it("a fill in flight when the page is purged is not stored", async () => {
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    const reader = cache.get("/claims/x"); // a reader's request starts rendering the old page
    await flush();
    cache.invalidate(["/claims/x"]); // an editor publishes
    pending[0].resolve(page("old")); // the old render finishes afterwards
    expect(text(await reader)).toBe("old"); // that reader asked before the change: fine
    expect(cache.stats().entries).toBe(0);

    const next = cache.get("/claims/x");
    await flush();
    expect(pending).toHaveLength(2); // the next reader causes a fresh render…
    pending[1].resolve(page("new"));
    expect(text(await next)).toBe("new"); // …and sees the change
    expect(text(await cache.get("/claims/x"))).toBe("new");
  });

  it("readers arriving after the purge do not join the old fill", async () => {
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    const before = cache.get("/claims/x");
    await flush();
    cache.invalidate(["/claims/x"]);
    const after = cache.get("/claims/x");
    await flush();
    expect(pending).toHaveLength(2);
    pending[1].resolve(page("new")); // the new render may even finish first
    pending[0].resolve(page("old"));
    expect([text(await before), text(await after)]).toEqual(["old", "new"]);
    expect(text(await cache.get("/claims/x"))).toBe("new");
  });

  it("the old fill finishing last neither stores its page nor disowns the new fill", async () => {
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    const before = cache.get("/claims/x");
    await flush();
    cache.invalidate(["/claims/x"]);
    const after = cache.get("/claims/x");
    await flush();
    pending[0].resolve(page("old"));
    await before;
    const joining = cache.get("/claims/x"); // still shares the new fill
    await flush();
    expect(pending).toHaveLength(2);
    pending[1].resolve(page("new"));
    expect([text(await after), text(await joining), text(await cache.get("/claims/x"))]).toEqual([
      "new",
      "new",
      "new",
    ]);
  });

  it("purges are keyed canonically, and clear() disowns every fill in flight", async () => {
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    const a = cache.get("/claims/russia");
    const b = cache.get("/articles/art_000");
    await flush();
    cache.invalidate(["/claims/%72ussia"]);
    cache.clear();
    pending[0].resolve(page("old a"));
    pending[1].resolve(page("old b"));
    await Promise.all([a, b]);
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0, filling: 0 });
  });

  it("a failed fill is not stored and the next reader tries again", async () => {
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    const first = cache.get("/claims/x");
    await flush();
    pending[0].reject(new Error("connection reset"));
    await expect(first).rejects.toThrow("connection reset");
    const second = cache.get("/claims/x");
    await flush();
    pending[1].resolve(page("ok"));
    expect(text(await second)).toBe("ok");
  });
});

describe("entity pages", () => {
  it("are cached under their canonical slug, and a prefix purge forgets every one (and its fills)", async () => {
    expect(canonicalPath("/entities/%62bc")).toBe("/entities/bbc");
    expect(canonicalPath("/api/v1/entities/nk-news")).toBe("/api/v1/entities/nk-news");
    expect(canonicalPath("/entities/../desk")).toBeNull();
    expect(canonicalPath("/entities")).toBe("/entities"); // the index's first page
    expect(canonicalPath("/entitiesx")).toBeNull();
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    const bbc = cache.get("/entities/bbc");
    await flush();
    pending[0].resolve(page("bbc v1"));
    await bbc;
    const claim = cache.get("/claims/x");
    await flush();
    pending[1].resolve(page("claim"));
    await claim;
    const inFlight = cache.get("/api/v1/entities/tass"); // still rendering when the purge comes
    await flush();
    const index = cache.get("/entities");
    await flush();
    pending[3].resolve(page("index"));
    await index;
    cache.invalidate(["/entities", "/entities/*", "/api/v1/entities/*"]);
    pending[2].resolve(page("tass old"));
    await inFlight;
    expect(cache.stats().entries).toBe(1); // only the claim page is left
    expect(text(await cache.get("/claims/x"))).toBe("claim");
    const again = cache.get("/entities/bbc");
    await flush();
    expect(pending).toHaveLength(5); // rendered afresh
    pending[4].resolve(page("bbc v2"));
    expect(text(await again)).toBe("bbc v2");
  });
});

describe("English readers' pages (issue 19)", () => {
  it("are keyed by their own address: one key per language, never by cookie", () => {
    expect(canonicalPath("/en/claims/%72ussia-grain")).toBe("/en/claims/russia-grain");
    expect(canonicalPath("/en/articles/art_000")).toBe("/en/articles/art_000");
    expect(canonicalPath("/en/entities")).toBe("/en/entities");
    expect(canonicalPath("/en/entities/bbc")).toBe("/en/entities/bbc");
    expect(canonicalPath("/en/api/v1/claims/x")).toBe("/en/api/v1/claims/x");
    expect(frontCacheKey("GET", "/en/claims/x", {})).toBe("/en/claims/x");
    expect(frontCacheKey("GET", "/en/claims/x", {})).not.toBe(
      frontCacheKey("GET", "/claims/x", {}),
    );
    expect(frontCacheKey("GET", "/en/articles/a1?part=2&utm_source=x", {})).toBe(
      "/en/articles/a1?part=2",
    );
    expect(frontCacheKey("GET", "/en/articles/a1?part=1", {})).toBe("/en/articles/a1");
    expect(frontCacheKey("GET", "/en/articles/a1?m=x", {})).toBeNull();
    expect(frontCacheKey("GET", "/en/entities?q=x", {})).toBeNull();
    expect(frontCacheKey("POST", "/en/claims/x", {})).toBeNull();
    const rsc = frontCacheKey("GET", "/en/claims/x?_rsc=z", { rsc: "1" }) as string;
    expect(pageOfKey(rsc)).toBe("/en/claims/x");
    expect(requestOfKey(rsc).url).toBe("/en/claims/x?_rsc=z");
  });

  it("admit no other prefix and nothing the unprefixed pages refuse", () => {
    for (const p of [
      "/en",
      "/en/",
      "/en/desk/claims/x",
      "/en/claims/%2e%2e",
      "/en/claims/Russia",
      "/en/en/claims/x",
      "/hi/claims/x",
      "/english/claims/x",
      "/enclaims/x",
    ])
      expect(canonicalPath(p), p).toBeNull();
  });

  it("are purged per language: a Hindi purge leaves the English page, and back", async () => {
    const { fill, pending } = controlledFill();
    const cache = createFrontCache({ fill, maxBytes: 1 << 20 });
    for (const key of ["/claims/x", "/en/claims/x", "/en/entities/bbc", "/entities/bbc"]) {
      const got = cache.get(key);
      await flush();
      pending[pending.length - 1].resolve(page(key));
      await got;
    }
    expect(cache.stats().entries).toBe(4);
    cache.invalidate(["/claims/x"]);
    expect((await cache.get("/en/claims/x")).hit).toBe(true);
    cache.invalidate(["/en/claims/x"]);
    expect(cache.stats().entries).toBe(2);
    // lib/public-cache.ts purges every language's address: "/entities/*" does not reach "/en/…".
    cache.invalidate(["/entities/*"]);
    expect((await cache.get("/en/entities/bbc")).hit).toBe(true);
    cache.invalidate(["/en/entities/*"]);
    expect(cache.stats().entries).toBe(0);
  });
});
