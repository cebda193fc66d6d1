// @ts-check
// The production server's page cache for public pages (see scripts/serve.mjs), kept free of HTTP
// plumbing so its rules can be unit-tested with a controllable fill function:
// - keys are canonical: the one decoded path of a page whose slug or id has the shape the app makes,
//   so `/claims/%72ussia-…` and `/claims/russia-…` share an entry and `/claims/%2e%2e` has none;
// - only 200s are stored, in memory, within a byte budget (least recently used pages go first);
// - a purge wins over any fill that started before it: that fill is neither stored nor shared with
//   readers who arrive after the purge (finding 9: a reader's request in flight while an editor
//   published used to re-store the old page for the whole TTL).
import zlib from "node:zlib";
import { EN_PREFIX, splitLangPrefix } from "../lib/i18n/negotiate.mjs";

/** What lib/text/slug.ts makes; lib/public/params.ts validates route params with the same patterns. */
export const CLAIM_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CLAIM_SLUG_MAX = 1024;
/** cuid()s and the seed's fixed ids (art_000). */
export const ARTICLE_ID = /^[A-Za-z0-9_-]+$/;
export const ARTICLE_ID_MAX = 64;

/** lib/article/parts.ts PART_PARAM: `?part=` of an article page. */
export const ARTICLE_PART = /^[1-9][0-9]{0,4}$/;

const isSlug = (s) => s.length <= CLAIM_SLUG_MAX && CLAIM_SLUG.test(s);
const isArticleId = (s) => s.length <= ARTICLE_ID_MAX && ARTICLE_ID.test(s);

// What each page reads of the query string. Any other parameter (`?utm_source=`, `?x=1`) does not
// change the page, so it is not part of the key: it would only let anyone skip the cache.
// `bypass`: parameters that make a page this cache does not keep (a search, a later page of a list,
// a redirect), sent to Next as they are. `keep`: parameters that pick one of a page's cached
// versions, each with the only shape the page accepts (anything else is the page's 404, uncached).
const ARTICLE_QUERY = {
  // `?m=` names an appearance: the page redirects to the part holding it.
  bypass: ["m"],
  keep: { part: (v) => ARTICLE_PART.test(v) },
};
const ENTITY_QUERY = { bypass: ["role", "after"], keep: {} };
const NO_QUERY = { bypass: [], keep: {} };
const ROUTES = [
  { prefix: "/claims/", valid: isSlug, query: NO_QUERY },
  { prefix: "/articles/", valid: isArticleId, query: ARTICLE_QUERY },
  { prefix: "/api/v1/claims/", valid: isSlug, query: NO_QUERY },
  // Entity pages tally every published claim of the entity (an outlet can carry tens of thousands):
  // rendered once, then served from here until a publish, correction or merge purges them all.
  { prefix: "/entities/", valid: isSlug, query: ENTITY_QUERY },
  { prefix: "/api/v1/entities/", valid: isSlug, query: ENTITY_QUERY },
];

/** Public pages without a parameter: the entity index's first page (its searches carry a query). */
const FIXED = new Map([["/entities", { bypass: ["q", "kind", "after"], keep: {} }]]);

// English readers' pages (`/en/claims/x`, lib/i18n/negotiate.mjs) are the same routes under a prefix:
// each language is its own key, so the cache never varies by cookie.
function routeOf(pathname) {
  const { lang, path } = splitLangPrefix(pathname);
  const route = routeOfUnprefixed(path);
  if (!route || !lang) return route;
  return { ...route, path: EN_PREFIX + route.path };
}

function routeOfUnprefixed(pathname) {
  const fixed = FIXED.get(pathname);
  if (fixed) return { path: pathname, query: fixed };
  for (const { prefix, valid, query } of ROUTES) {
    if (!pathname.startsWith(prefix)) continue;
    let param;
    try {
      param = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return null; // invalid percent-encoding or UTF-8
    }
    // The patterns admit nothing that needs encoding, so the decoded path is also the canonical URL.
    return valid(param) ? { path: prefix + param, query } : null;
  }
  return null;
}

/** The key a public page is cached under, or null for anything that is not a cacheable page. */
export function canonicalPath(pathname) {
  return routeOf(pathname)?.path ?? null;
}

// A client-side navigation or prefetch asks for the React Server Components payload instead of
// HTML. What Next answers depends on these headers (its `Vary`: rsc, the router state tree, the
// prefetch kinds; `next-url` only for intercepting routes, but it is part of the `_rsc` hash Next
// checks) and on nothing else of the request, so they and `_rsc` (that hash: a mismatch is Next's
// 307, never stored) make the payload's key, apart from the HTML's.
const RSC_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];
const RSC_QUERY = "_rsc";
/** Separates a page's URL from its RSC variant in a key; no canonical URL contains it. */
const VARIANT = "\n";

/**
 * The cache key for a request, or null when it must go to Next as it is: anything but a GET of a
 * public page, or a query parameter that page reads and this cache does not keep. The key is the
 * page's canonical URL with only the parameters it reads (an article's `?part=`), plus, for a
 * client-side navigation, the RSC request's own headers.
 */
export function frontCacheKey(method, url, headers) {
  if (method !== "GET") return null;
  const at = url.indexOf("?");
  const route = routeOf(at < 0 ? url : url.slice(0, at));
  if (!route) return null;
  const search = new URLSearchParams(at < 0 ? "" : url.slice(at + 1));
  const kept = [];
  for (const name of new Set(search.keys())) {
    if (route.query.bypass.includes(name)) return null;
    const ok = route.query.keep[name];
    if (!ok) continue; // a parameter the page never reads
    const values = search.getAll(name);
    if (values.length !== 1 || !ok(values[0])) return null;
    // `?part=1` is the page without it.
    if (!(name === "part" && values[0] === "1")) kept.push(`${name}=${values[0]}`);
  }
  const page = kept.length ? `${route.path}?${kept.sort().join("&")}` : route.path;
  const rsc = RSC_HEADERS.map((h) => headers[h] ?? null);
  if (rsc.every((v) => v === null) && !search.has(RSC_QUERY)) return page;
  if (!headers.rsc) return null; // `_rsc=` or router headers without `rsc: 1`: not a request Next's client makes
  return page + VARIANT + JSON.stringify([...rsc, search.get(RSC_QUERY)]);
}

/** The page a key belongs to (its URL without query or RSC variant): purges forget all of them. */
export function pageOfKey(key) {
  return key.split(VARIANT)[0].split("?")[0];
}

/** The request a fill makes for a key: the canonical URL, and an RSC variant's headers and `_rsc`. */
export function requestOfKey(key) {
  const [url, variant] = key.split(VARIANT);
  if (!variant) return { url, headers: {} };
  const values = JSON.parse(variant);
  const headers = {};
  RSC_HEADERS.forEach((h, i) => {
    if (values[i] !== null) headers[h] = values[i];
  });
  const rsc = values[RSC_HEADERS.length];
  if (rsc === null) return { url, headers };
  const sep = url.includes("?") ? "&" : "?";
  return { url: `${url}${sep}${RSC_QUERY}=${encodeURIComponent(rsc)}`, headers };
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
    const { url, headers: variant } = requestOfKey(key);
    const res = await fetch(origin + url, {
      headers: { ...variant, [header]: secret, "accept-encoding": "identity" },
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
export function createFrontCache({
  fill,
  maxBytes,
  ttlMs = 300_000,
  now = Date.now,
  maxVariants = 16,
}) {
  const maxEntryBytes = Math.floor(maxBytes / 8); // one huge page must not flush all the others
  /** @type {Map<string, { page: object, bytes: number, storedAt: number }>} in least-recently-used order */
  const entries = new Map();
  /** @type {Map<string, { promise: Promise<object>, purged: boolean }>} */
  const inflight = new Map();
  /** @type {Map<string, Set<string>>} every stored key of a page (its parts, its RSC variants) */
  const byPage = new Map();
  let bytes = 0;

  function drop(key) {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= e.bytes;
    const page = pageOfKey(key);
    byPage.get(page)?.delete(key);
    if (byPage.get(page)?.size === 0) byPage.delete(page);
  }

  // The router state tree in an RSC request names the page the reader came from, so one URL has a
  // payload per way of arriving at it; anyone can make up more. A URL keeps its most recent few,
  // so made-up trees cannot push every other page out.
  function makeRoomForVariant(key) {
    const url = key.split("\n")[0];
    if (url === key) return;
    const same = [...(byPage.get(pageOfKey(key)) ?? [])].filter(
      (k) => k !== url && k.startsWith(`${url}\n`),
    );
    if (same.length < maxVariants) return;
    const oldest = [...entries.keys()].find((k) => same.includes(k));
    if (oldest) drop(oldest);
  }

  function store(key, page) {
    if (page.status !== 200 || page.headers["set-cookie"]) return page;
    const stored = { ...page, gzip: zlib.gzipSync(page.body) };
    const size = sizeOf(key, stored);
    if (size > maxEntryBytes) return stored;
    drop(key);
    makeRoomForVariant(key);
    while (bytes + size > maxBytes && entries.size) drop(entries.keys().next().value);
    const pageKey = pageOfKey(key);
    if (!byPage.has(pageKey)) byPage.set(pageKey, new Set());
    byPage.get(pageKey).add(key);
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
   * Forgets pages now — every stored version of each (an article's parts, RSC payloads) — and
   * disowns fills of them already running: they started before the change. A key ending in "*"
   * forgets every page under that prefix ("/entities/*": one published claim can change the page of
   * every entity its chains, outlets and originator name).
   */
  function invalidate(keys) {
    for (const raw of keys) {
      if (raw.endsWith("*")) {
        const prefix = raw.slice(0, -1);
        for (const key of [...entries.keys(), ...inflight.keys()])
          if (key.startsWith(prefix)) forget(key);
      } else {
        const page = canonicalPath(raw) ?? raw;
        for (const key of [...(byPage.get(page) ?? []), ...inflight.keys()])
          if (pageOfKey(key) === page) forget(key);
      }
    }
  }

  function clear() {
    entries.clear();
    byPage.clear();
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
