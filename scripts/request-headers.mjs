// @ts-check
// What the app may believe about where a request came from. scripts/serve.mjs passes every request
// through sanitizeRequestHeaders() before Next sees it.
//
// Forwarding headers (X-Forwarded-Host/-Proto/-For, Forwarded) are whatever the client typed unless a
// proxy we run wrote them: they are dropped unless TRUST_PROXY=1. Next would otherwise believe a
// forged X-Forwarded-Host, e.g. in the server actions' same-origin check.
import crypto from "node:crypto";

/** Set on every request; the sign-in throttle keys on it. */
export const CLIENT_IP_HEADER = "x-pramaan-client-ip";
/** Marks the front cache's own fill requests; carries a per-process secret (scripts/front-cache.mjs). */
export const FILL_HEADER = "x-pramaan-front-cache-fill";

const FORWARDING = [
  "forwarded",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-forwarded-for",
  "x-forwarded-prefix",
  "x-real-ip",
];
// Request headers the proxy (proxy.ts) sets for the renderer: a client must not choose its own nonce.
const SET_BY_PROXY = ["content-security-policy", "x-nonce"];

const unmapped = (address) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/** The client's address: the socket's, or with a trusted proxy the last hop it appended. */
export function clientAddress(headers, remoteAddress, trustProxy) {
  if (trustProxy) {
    const hops = String(headers["x-forwarded-for"] ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    if (hops.length) return unmapped(hops.at(-1));
  }
  return remoteAddress ? unmapped(remoteAddress) : "unknown";
}

function sameSecret(given, secret) {
  if (typeof given !== "string" || given.length !== secret.length) return false;
  return crypto.timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

/**
 * Rewrites a request's headers in place (Next reads req.headers) and says whether the request is
 * the front cache's own fill: only this process knows the secret it carries.
 */
export function sanitizeRequestHeaders(headers, { remoteAddress, trustProxy, fillSecret }) {
  const address = clientAddress(headers, remoteAddress, trustProxy);
  const fill = sameSecret(headers[FILL_HEADER], fillSecret);
  delete headers[FILL_HEADER];
  for (const h of SET_BY_PROXY) delete headers[h];
  if (!trustProxy) for (const h of FORWARDING) delete headers[h];
  headers[CLIENT_IP_HEADER] = address;
  return { fill };
}

export function isLoopbackAddress(address) {
  const a = unmapped(address);
  return /^127\.\d+\.\d+\.\d+$/.test(a) || a === "::1";
}
