#!/usr/bin/env node
// The production server: Next.js's request handler behind a small front cache for public pages.
//
// Why: a published verdict page is the same bytes for every reader until an editor publishes again.
// Next's own route cache (ISR) still runs its app-page handler on every hit (~1,500 req/s here);
// answering straight from memory costs less than serving a static file. This is the job a CDN or
// Varnish does in front of a newsroom's site, kept in-process so publishing can purge it directly:
// lib/public-cache.ts calls globalThis.__pramaanFrontCache.invalidate() after a publish commits.
//
// Only anonymous-looking GETs for /claims/* and /articles/* are cached, only 200s, for at most
// PUBLIC_TTL_MS, and never a React Server Components (client navigation) request.
import http from "node:http";
import zlib from "node:zlib";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const PUBLIC_TTL_MS = 300_000; // the same 5-minute safety net as the pages' ISR revalidate
const MAX_ENTRIES = 2_000;
const CACHEABLE = /^\/(claims|articles)\/[^/?#]+$/;
const BYPASS = "x-pramaan-front-cache-fill";

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

/** @type {Map<string, { headers: Record<string,string>, body: Buffer, gzip: Buffer, at: number }>} */
const entries = new Map();
const filling = new Map();

globalThis.__pramaanFrontCache = {
  invalidate(paths) {
    for (const p of paths) entries.delete(p);
  },
  clear() {
    entries.clear();
  },
  size: () => entries.size,
};

function cacheable(req, path) {
  if (req.method !== "GET" || !CACHEABLE.test(path) || req.headers[BYPASS]) return false;
  // Client-side navigations ask for the RSC payload, not HTML; those go to Next as they are.
  if (req.headers.rsc || req.headers["next-router-prefetch"] || req.headers["next-router-state-tree"] || req.url.includes("_rsc=")) return false;
  return true;
}

// Fills an entry by asking Next for the page over loopback, as any reader would.
async function fill(path) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { [BYPASS]: "1", "accept-encoding": "identity" } });
  if (res.status !== 200) return null;
  const body = Buffer.from(await res.arrayBuffer());
  const headers = {};
  for (const [k, v] of res.headers) if (!["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"].includes(k)) headers[k] = v;
  const entry = { headers, body, gzip: zlib.gzipSync(body), at: Date.now() };
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value);
  entries.set(path, entry);
  return entry;
}

function send(req, res, entry) {
  const gz = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  const body = gz ? entry.gzip : entry.body;
  res.writeHead(200, { ...entry.headers, ...(gz ? { "content-encoding": "gzip" } : {}), "content-length": body.length, "x-pramaan-cache": "HIT" });
  res.end(body);
}

const server = http.createServer(async (req, res) => {
  const path = req.url.split("?")[0];
  if (!cacheable(req, path) || path !== req.url) return handle(req, res);
  let entry = entries.get(path);
  if (entry && Date.now() - entry.at > PUBLIC_TTL_MS) entry = undefined;
  if (!entry) {
    // One fill per path at a time, however many readers arrive together.
    let pending = filling.get(path);
    if (!pending) {
      pending = fill(path).finally(() => filling.delete(path));
      filling.set(path, pending);
    }
    entry = await pending.catch(() => null);
  }
  if (!entry) return handle(req, res); // 404s and errors: Next answers them itself
  send(req, res, entry);
});

// All interfaces, as `next start` does; the front cache fills itself over loopback.
server.listen(port, () => console.log(`[serve] ready on http://localhost:${port}`));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
