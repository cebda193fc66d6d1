// @ts-check
// What a request body may cost before the app sees it. scripts/serve.mjs passes every request
// through admitBody() before Next does.
//
// Why here and not in the action gate (lib/action.ts): Next reads and decodes a server action's body
// (React's decodeReply, JSON.parse with a reviver) before any action code runs, so a stranger's
// megabytes of nested `[` cost seconds of CPU per request whatever the gate would have said. So:
// - a stranger (no session cookie that decodes with our secret) may send at most ANON_BODY_BYTES;
// - a signed-in editor at most EDITOR_BODY_BYTES (forms; next.config.js's bodySizeLimit is the same);
// - article uploads go to UPLOAD_PATH, a route handler that checks the session before it reads a byte
//   and caps what it streams (app/api/desk/articles/[op]/route.ts): only those pass unread;
// - server actions must come from our own origin (Next lets a request without Origin through, and
//   answers a cross-origin one with a 500), nest no deeper than MAX_NESTING, and be what React's
//   client sends (a JSON array of plain values): Next answers malformed ones with a 500.
// The allowed body is read here, within its cap, and replayed to Next: small enough to hold (8 KB for
// strangers), and the only way to look at it before Next parses it.
import http from "node:http";
import { decode } from "next-auth/jwt";

export const ANON_BODY_BYTES = 8 * 1024;
const EDITOR_BODY_BYTES = 1024 * 1024;
/** No form nests its values this deep; React's reviver overflows the stack far deeper (a 500). */
export const MAX_NESTING = 64;
/** Desk uploads (route handlers that check the session before reading): streamed to Next unread. */
const UPLOAD_PATH = /^\/api\/desk\/articles\/[a-z-]+$/;

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function cookie(header, name) {
  for (const part of String(header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

/**
 * True when the request carries a session cookie we signed and that has not expired. It says nothing
 * about revocation (that needs the database): it decides only how much a request may send, and every
 * write still passes the gate.
 */
async function hasSessionCookie(headers, secret) {
  if (!secret) return false;
  for (const name of SESSION_COOKIES) {
    const token = cookie(headers.cookie, name);
    if (!token || token.length > 4096) continue;
    try {
      const payload = await decode({ token, secret });
      if (payload?.sub) return true;
    } catch {
      // forged, truncated or expired: a stranger
    }
  }
  return false;
}

/** A server action call (Next's fetch actions carry `next-action`; a no-JS form posts to a page). */
function isActionRequest(method, url, headers) {
  if (method !== "POST") return false;
  return headers["next-action"] !== undefined || !url.startsWith("/api/");
}

/**
 * The Origin names this server: its host equals the Host header (with TRUST_PROXY=1, the proxy's
 * X-Forwarded-Host, which is what Next compares against; scripts/request-headers.mjs drops it
 * otherwise). A missing or `null` Origin is refused: every browser sends one on a POST.
 */
export function sameOrigin(headers, trustProxy) {
  const origin = headers.origin;
  if (typeof origin !== "string" || origin === "null") return false;
  let originHost;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = trustProxy ? headers["x-forwarded-host"] : undefined;
  const host = String(forwarded ?? headers.host ?? "")
    .split(",")[0]
    .trim()
    .toLowerCase();
  return host !== "" && originHost.toLowerCase() === host;
}

/** Whether `[`/`{` nest deeper than `limit` outside JSON strings: one pass, no parsing. */
export function nestsDeeperThan(buf, limit) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return false;
}

// Strings starting with "$" that React's text reply can carry (encodeReply without FormData): an
// escaped "$", undefined, NaN, ±Infinity, -0, a temporary reference, a Date, a BigInt. Any other "$…"
// names a part that only a multipart body has, and Next answers a missing part with a 500.
const TEXT_REPLY_TOKEN = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|T$|D|n-?\d+$)/;

/** Whether a fetch action's body is what React's client sends: a JSON array of arguments. */
function isTextReply(body) {
  let args;
  try {
    args = JSON.parse(body.toString("utf8"));
  } catch {
    return false;
  }
  if (!Array.isArray(args)) return false; // Next spreads it into the action's arguments
  const pending = [args];
  while (pending.length) {
    const v = pending.pop();
    if (typeof v === "string") {
      if (v.startsWith("$") && !TEXT_REPLY_TOKEN.test(v)) return false;
    } else if (v && typeof v === "object") for (const x of Object.values(v)) pending.push(x);
  }
  return true;
}

function refuse(res, status, error, message) {
  res.writeHead(status, {
    "content-type": "application/json",
    "x-content-type-options": "nosniff",
    // The client is told to stop; the rest of an over-long body is not read.
    connection: "close",
  });
  res.end(JSON.stringify({ error, message }));
}

/** Reads at most `cap` bytes; null as soon as more arrive (the caller answers and closes). */
function readCapped(req, cap) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > cap) {
        req.removeAllListeners("data");
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks, size)));
    req.on("error", reject);
    req.on("close", () => resolve(null)); // the client went away: nothing to replay (no-op after end)
  });
}

/** A fresh request with the same head and this body, for Next to read as if it came off the wire. */
function replay(req, body) {
  const copy = new http.IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers["content-length"] = String(body.length);
  delete copy.headers["transfer-encoding"];
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

/**
 * Decides what Next may read of this request. Returns the request to hand Next (the original, or a
 * replay of its body), or null when it has already been answered (403, 400 or 413).
 */
export async function admitBody(req, res, { trustProxy, secret }) {
  const { method, url, headers } = req;
  const length = headers["content-length"];
  const hasBody = headers["transfer-encoding"] !== undefined || (length && length !== "0");
  if (method === "GET" || method === "HEAD") {
    if (!hasBody) return req;
    // No page or API reads one, and Node would read it all to discard it.
    refuse(res, 400, "bad_request", "A GET carries no body.");
    return null;
  }
  const path = url.split("?")[0];
  const action = isActionRequest(method, url, headers);
  const upload = method === "POST" && UPLOAD_PATH.test(path);
  if ((action || upload) && !sameOrigin(headers, trustProxy)) {
    refuse(res, 403, "forbidden", "Cross-origin or Origin-less writes are refused.");
    return null;
  }
  // This app calls its actions with plain values, which React sends as one JSON text; multipart
  // (FormData, Blob or Map arguments, or a no-JS form) is never sent, and Next answers a malformed
  // multipart body with a 500.
  if (action && /^multipart\//i.test(String(headers["content-type"] ?? ""))) {
    refuse(res, 400, "bad_request", "Server actions here take plain values, not multipart bodies.");
    return null;
  }
  const fetchAction = action && headers["next-action"] !== undefined;
  if (upload || !(hasBody || fetchAction)) return req;

  const cap = (await hasSessionCookie(headers, secret)) ? EDITOR_BODY_BYTES : ANON_BODY_BYTES;
  if (length !== undefined && !(Number(length) <= cap)) {
    refuse(res, 413, "too_large", `At most ${cap} bytes may be sent here.`);
    return null;
  }
  const body = await readCapped(req, cap);
  if (body === null) {
    refuse(res, 413, "too_large", `At most ${cap} bytes may be sent here.`);
    return null;
  }
  if (action && nestsDeeperThan(body, MAX_NESTING)) {
    refuse(res, 400, "bad_request", "The request nests too deeply.");
    return null;
  }
  if (fetchAction && !isTextReply(body)) {
    refuse(res, 400, "bad_request", "The request is not a server action call.");
    return null;
  }
  return replay(req, body);
}
