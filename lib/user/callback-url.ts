// Where to send the browser after signing in (or out). Only a path on this site: an open redirect
// after a real sign-in hands phishers a trusted link. Browsers forgive a lot when they parse a
// Location — "/\evil.example" and "/<tab>/evil.example" both mean "//evil.example", another host —
// so anything unusual is refused rather than repaired. Pure: used by the sign-in page and by
// next-auth's redirect callback, and unit-tested against many payloads.

const PROBE_ORIGIN = "http://pramaan.invalid";
// Control characters, every kind of whitespace (the WHATWG URL parser drops tabs and newlines
// anywhere), backslashes (read as "/" in http URLs), and bidi/zero-width format characters.
const UNSAFE = /[\p{Cc}\p{Cf}\s\\]/u;

// One "/" then anything but a second "/" (protocol-relative): refuses "javascript:", "https:" too.
const startsAsPath = (s: string) => s.startsWith("/") && s[1] !== "/" && s[1] !== "\\";
const isPlainPath = (s: string) => startsAsPath(s) && !UNSAFE.test(s);

/**
 * `raw` as a same-site path ("/desk/claims?x=1#y"), or `fallback`. With `origin` (next-auth hands
 * over absolute URLs) an absolute URL on exactly that origin is accepted as its path.
 */
export function safeCallbackPath(raw: unknown, fallback = "/desk", origin?: string): string {
  if (typeof raw !== "string" || raw.length > 2000) return fallback;
  let candidate = raw;
  if (origin && (candidate === origin || candidate.startsWith(`${origin}/`)))
    candidate = candidate.slice(origin.length) || "/";
  if (!isPlainPath(candidate)) return fallback;
  // Encoded forms ("/%5Cevil", "/%2F/evil", "/%09/evil", "%252F…") must not turn into another host
  // if something decodes them again on the way: every decoding must still start as a path and hold
  // no control characters. (Decoded spaces and slashes further on are fine: "?q=a%20b".)
  let decoded = candidate;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback; // a stray "%": not something our own links produce
    }
    if (!startsAsPath(next) || /\p{Cc}/u.test(next)) return fallback;
    if (next === decoded) break;
    decoded = next;
  }
  const url = new URL(candidate, PROBE_ORIGIN);
  if (url.origin !== PROBE_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
