// The production server's page cache for public pages (see scripts/serve.mjs), kept free of HTTP
// plumbing so its rules can be unit-tested with a controllable fill function:
// - keys are canonical: the one decoded path of a page whose slug or id has the shape the app makes,
//   so `/claims/%72ussia-…` and `/claims/russia-…` share an entry and `/claims/%2e%2e` has none;
// - only 200s are stored, in memory, within a byte budget (least recently used pages go first);
// - a purge wins over any fill that started before it: that fill is neither stored nor shared with
//   readers who arrive after the purge (finding 9: a reader's request in flight while an editor
//   published used to re-store the old page for the whole TTL).
import zlib from "node:zlib";

/** What lib/text/slug.ts makes; lib/public/params.ts validates route params with the same patterns. */
export const CLAIM_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CLAIM_SLUG_MAX = 1024;
/** cuid()s and the seed's fixed ids (art_000). */
export const ARTICLE_ID = /^[A-Za-z0-9_-]+$/;
export const ARTICLE_ID_MAX = 64;

const isSlug = (s) => s.length <= CLAIM_SLUG_MAX && CLAIM_SLUG.test(s);
const isArticleId = (s) => s.length <= ARTICLE_ID_MAX && ARTICLE_ID.test(s);
const ROUTES = [
  { prefix: "/claims/", valid: isSlug },
  { prefix: "/articles/", valid: isArticleId },
  { prefix: "/api/v1/claims/", valid: isSlug },
  // Entity pages tally every published claim of the entity (an outlet can carry tens of thousands):
  // rendered once, then served from here until a publish, correction or merge purges them all.
  { prefix: "/entities/", valid: isSlug },
  { prefix: "/api/v1/entities/", valid: isSlug },
];

/** Public pages without a parameter: the entity index's first page (its searches carry a query). */
const FIXED = new Set(["/entities"]);

/** The key a public page is cached under, or null for anything that is not a cacheable page. */
export function canonicalPath(pathname) {
  if (FIXED.has(pathname)) return pathname;
  for (const { prefix, valid } of ROUTES) {
    if (!pathname.startsWith(prefix)) continue;
    let param;
    try {
      param = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return null; // invalid percent-encoding or UTF-8
    }
    // The patterns admit nothing that needs encoding, so the decoded path is also the canonical URL.
    return valid(param) ? prefix + param : null;
  }
  return null;
}

/**
 * The cache key for a request, or null when it must go to Next as it is: anything but a plain GET of
 * a public page. Query strings (including RSC's `_rsc=`) and client-side navigations, which ask for
 * the React Server Components payload rather than HTML, are not the page every reader gets.
 */
export function frontCacheKey(method, url, headers) {
  if (method !== "GET" || url.includes("?")) return null;
  if (
    headers.rsc ||
    headers["next-router-prefetch"] ||
    headers["next-router-state-tree"] ||
    headers["next-router-segment-prefetch"]
  )
    return null;
  return canonicalPath(url);
}

const HOP_BY_HOP = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
]);

/**
 * Fills by asking Next for the page over HTTP (loopback, or the address listened on), as a reader would, with the per-process secret
 * that tells serve.mjs not to answer it from the cache (a fixed header would let anyone force the
 * slow path). Redirects are returned, not followed.
 */
export function fillOverHttp({ origin, header, secret }) {
  return async (key) => {
    const res = await fetch(origin + key, {
      headers: { [header]: secret, "accept-encoding": "identity" },
      redirect: "manual",
    });
    const headers = {};
    for (const [k, v] of res.headers) if (!HOP_BY_HOP.has(k) && k !== "set-cookie") headers[k] = v;
    const cookies = res.headers.getSetCookie();
    if (cookies.length) headers["set-cookie"] = cookies;
    return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) };
  };
}

const sizeOf = (key, page) =>
  key.length + page.body.length + page.gzip.length + JSON.stringify(page.headers).length;

/**
 * @param {object} o
 * @param {(key: string) => Promise<{ status: number, headers: Record<string, string | string[]>, body: Buffer }>} o.fill
 * @param {number} o.maxBytes   budget for everything stored (bodies, their gzip, headers)
 * @param {number} [o.ttlMs]    safety net for changes that are not purged (an entity renamed)
 * @param {() => number} [o.now]
 */
export function createFrontCache({ fill, maxBytes, ttlMs = 300_000, now = Date.now }) {
  const maxEntryBytes = Math.floor(maxBytes / 8); // one huge page must not flush all the others
  /** @type {Map<string, { page: object, bytes: number, storedAt: number }>} in least-recently-used order */
  const entries = new Map();
  /** @type {Map<string, { promise: Promise<object>, purged: boolean }>} */
  const inflight = new Map();
  let bytes = 0;

  function drop(key) {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= e.bytes;
  }

  function store(key, page) {
    if (page.status !== 200 || page.headers["set-cookie"]) return page;
    const stored = { ...page, gzip: zlib.gzipSync(page.body) };
    const size = sizeOf(key, stored);
    if (size > maxEntryBytes) return stored;
    drop(key);
    while (bytes + size > maxBytes && entries.size) drop(entries.keys().next().value);
    entries.set(key, { page: stored, bytes: size, storedAt: now() });
    bytes += size;
    return stored;
  }

  function lookup(key) {
    const e = entries.get(key);
    if (!e) return null;
    if (now() - e.storedAt > ttlMs) {
      drop(key);
      return null;
    }
    entries.delete(key); // re-insert: the most recently used page goes last, eviction takes the first
    entries.set(key, e);
    return e.page;
  }

  /**
   * The page for key and whether it came from memory. A miss runs one fill, shared by the readers who
   * arrive while it runs; its answer is stored only if it is a 200 and no purge of key came meanwhile.
   */
  async function get(key) {
    const page = lookup(key);
    if (page) return { page, hit: true };
    let run = inflight.get(key);
    if (!run) {
      const current = { purged: false, promise: undefined };
      current.promise = (async () => {
        try {
          const filled = await fill(key);
          return current.purged ? filled : store(key, filled);
        } finally {
          if (inflight.get(key) === current) inflight.delete(key);
        }
      })();
      inflight.set(key, current);
      run = current;
    }
    return { page: await run.promise, hit: false };
  }

  function forget(key) {
    drop(key);
    const run = inflight.get(key);
    if (run) {
      run.purged = true;
      inflight.delete(key);
    }
  }

  /**
   * Forgets keys now, and disowns fills of them already running: they started before the change.
   * A key ending in "*" forgets every page under that prefix ("/entities/*": one published claim
   * can change the page of every entity its chains, outlets and originator name).
   */
  function invalidate(keys) {
    for (const raw of keys) {
      if (raw.endsWith("*")) {
        const prefix = raw.slice(0, -1);
        for (const key of [...entries.keys(), ...inflight.keys()])
          if (key.startsWith(prefix)) forget(key);
      } else forget(canonicalPath(raw) ?? raw);
    }
  }

  function clear() {
    entries.clear();
    bytes = 0;
    for (const run of inflight.values()) run.purged = true;
    inflight.clear();
  }

  return {
    get,
    invalidate,
    clear,
    stats: () => ({ entries: entries.size, bytes, filling: inflight.size }),
  };
}
