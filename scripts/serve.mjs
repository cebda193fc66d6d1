#!/usr/bin/env node
// @ts-check
// The production server: Next.js's request handler behind a small front cache for public pages.
//
// Why: a published verdict page is the same bytes for every reader until an editor publishes again.
// Rendering it costs a few database queries; answering from memory costs less than serving a static
// file. This is the job a CDN or Varnish does in front of a newsroom's site, kept in-process so
// publishing can purge it directly (lib/public-cache.ts). The public pages themselves are rendered
// per request (no ISR): this cache is their only page cache, in memory and bounded in bytes, so a
// stranger asking for made-up slugs costs a render each and nothing on disk.
// The cache's rules (canonical keys, 200s only, byte budget, purges beat fills in flight) live in
// scripts/front-cache.mjs; what a request's headers may claim, in scripts/request-headers.mjs; where
// the server may listen, in scripts/listen-guard.mjs.
import crypto from "node:crypto";
import http from "node:http";
import next from "next";
import { readerRedirect } from "../lib/i18n/negotiate.mjs";
import { createFrontCache, fillOverHttp, frontCacheKey } from "./front-cache.mjs";
import { exposureProblem, listenHost } from "./listen-guard.mjs";
import { admitBody } from "./request-body.mjs";
import { FILL_HEADER, sanitizeRequestHeaders } from "./request-headers.mjs";

const port = Number(process.env.PORT ?? 3000);
const host = listenHost(process.env);
const trustProxy = process.env.TRUST_PROXY === "1";
// Decodes session cookies to decide how large a body a request may send (scripts/request-body.mjs).
const authSecret = process.env.NEXTAUTH_SECRET;
const cacheBytes = Number(process.env.PRAMAAN_FRONT_CACHE_MB ?? 64) * 2 ** 20;
const PUBLIC_TTL_MS = 300_000; // safety net for changes that are not purged (an entity renamed)

const problem = await exposureProblem(host, process.env);
if (problem) {
  console.error(`[serve] ${problem}`);
  process.exit(1);
}

// next is CommonJS: its module object is the function, which its types call `default`.
const createNext = /** @type {typeof import("next").default} */ (/** @type {unknown} */ (next));
const app = createNext({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

// Fills ask Next for the page over HTTP with this secret; anyone else asking is a reader.
const fillSecret = crypto.randomBytes(32).toString("base64url");
/** @type {(key: string) => Promise<import("./front-cache.mjs").FilledPage>} */
let fill; // set once listening: it needs the address
const cache = createFrontCache({
  fill: (key) => fill(key),
  maxBytes: cacheBytes,
  ttlMs: PUBLIC_TTL_MS,
});
// Publishing purges through this (lib/public-cache.ts): Next runs in this process.
/** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for("pramaan.front-cache")] = {
  invalidate: cache.invalidate,
  clear: cache.clear,
  stats: cache.stats,
};

// Percent-encoding that is not UTF-8, or control characters such as NUL, in a path: no page or API has
// such a name, and Next answers some of them with a 500.
/** @param {string} url */
function malformedPath(url) {
  try {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(url.split("?")[0]));
  } catch {
    return true;
  }
}

/**
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {{ page: import("./front-cache.mjs").CachedPage, hit: boolean }} result
 */
function send(req, res, { page, hit }) {
  const gzip = page.gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  const body = /** @type {Buffer} */ (gzip ? page.gzip : page.body); // gzip is set only when page.gzip is
  res.writeHead(page.status, {
    ...page.headers,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    "content-length": body.length,
    "x-pramaan-cache": hit ? "HIT" : "MISS",
  });
  res.end(body);
}

const server = http.createServer(async (req, res) => {
  const { fill: isFill } = sanitizeRequestHeaders(req.headers, {
    remoteAddress: req.socket.remoteAddress,
    trustProxy,
    fillSecret,
  });
  // Node always sets url on a server's request.
  const url = /** @type {string} */ (req.url);
  if (malformedPath(url)) {
    const api = url.startsWith("/api/");
    res.writeHead(400, {
      "content-type": api ? "application/json" : "text/plain; charset=utf-8",
      "x-content-type-options": "nosniff",
    });
    return res.end(
      api ? JSON.stringify({ error: "bad_request" }) : "Bad request: malformed path\n",
    );
  }
  // Bodies are capped, and server actions checked for origin and shape, before Next reads them.
  let admitted;
  try {
    admitted = await admitBody(req, res, { trustProxy, secret: authSecret });
  } catch {
    if (!res.headersSent) res.writeHead(400, { connection: "close" });
    return res.end();
  }
  if (!admitted) return;
  if (admitted !== req) return handle(admitted, res);
  // A Hindi address asked for by someone who chose English: Next's proxy sends them to the English
  // address (the cache never answers for it, so a cached Hindi page cannot stand in for the redirect).
  const wantsOther = readerRedirect(url.split("?")[0], {
    cookie: req.headers.cookie,
    acceptLanguage: req.headers["accept-language"],
  });
  const key = isFill || wantsOther ? null : frontCacheKey(req.method, url, req.headers);
  if (!key) return handle(req, res);
  let result;
  try {
    result = await cache.get(key);
  } catch {
    return handle(req, res); // the fill failed: let Next answer this reader itself
  }
  send(req, res, result);
});

server.listen(port, host, () => {
  const { address } = /** @type {import("node:net").AddressInfo} */ (server.address());
  // Unspecified addresses (0.0.0.0, ::) accept loopback connections; a specific one only its own.
  const fillHost =
    address === "0.0.0.0" || address === "::"
      ? "127.0.0.1"
      : address.includes(":")
        ? `[${address}]`
        : address;
  fill = fillOverHttp({
    origin: `http://${fillHost}:${port}`,
    header: FILL_HEADER,
    secret: fillSecret,
  });
  const shown = host.includes(":") ? `[${host}]` : host;
  console.log(
    `[serve] ready on http://${shown}:${port}${trustProxy ? " (trusting X-Forwarded-* from a proxy)" : ""}`,
  );
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
