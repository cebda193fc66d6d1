// @ts-check
// Which language a request is in, decided the same way in Next (proxy.ts) and in the production
// server's front cache (scripts/serve.mjs), so a cached Hindi page is never served to a reader whose
// choice is English. Plain JavaScript so the server can import it without a build step.
//
// The order (issue 19): the person's kept choice (a cookie the header's language switch sets), then
// the browser's Accept-Language, then the newsroom's default, Hindi.
//
// Readers' pages carry their language in the address, so search engines index each one and the front
// cache keys by URL alone: Hindi at `/claims/x` (the newsroom's language needs no prefix), English at
// `/en/claims/x`. The desk and sign-in have one address per page: the language is the person's.

/** @typedef {"hi" | "en"} Lang */

/** @type {readonly Lang[]} */
export const LANGS = ["hi", "en"];
/** @type {Lang} */
export const DEFAULT_LANG = "hi";
/** The kept choice: set only by /api/language (the header's switch). */
export const LANG_COOKIE = "pramaan-lang";
/** What proxy.ts tells the render: the language this request is in. */
export const LANG_HEADER = "x-pramaan-lang";
/** English readers' pages live under this prefix. */
export const EN_PREFIX = "/en";

/** @param {unknown} v @returns {v is Lang} */
export function isLang(v) {
  return v === "hi" || v === "en";
}

/** The kept choice in a Cookie header, if any. @param {string | null | undefined} cookieHeader */
export function langFromCookie(cookieHeader) {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || part.slice(0, at).trim() !== LANG_COOKIE) continue;
    const value = part.slice(at + 1).trim();
    return isLang(value) ? value : null;
  }
  return null;
}

/**
 * The first of our languages the browser ranks highest ("en-GB,en;q=0.9" → en; "hi-IN,hi;q=0.9,
 * en;q=0.8" → hi; "fr" → none). Ties keep the header's order, as RFC 9110 leaves it to us.
 * @param {string | null | undefined} header
 * @returns {Lang | null}
 */
export function langFromAcceptLanguage(header) {
  if (!header) return null;
  /** @type {{ lang: Lang, q: number }[]} */
  const ranked = [];
  for (const item of header.split(",")) {
    const [tag, ...params] = item.trim().split(";");
    const primary = tag.trim().toLowerCase().split("-")[0];
    if (!isLang(primary)) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.trim().split("=");
      if (k === "q") q = Number(v);
    }
    if (Number.isFinite(q) && q > 0) ranked.push({ lang: primary, q });
  }
  ranked.sort((a, b) => b.q - a.q);
  return ranked[0]?.lang ?? null;
}

/**
 * The language a person wants: kept choice, then browser, then Hindi.
 * @param {{ cookie?: string | null, acceptLanguage?: string | null }} request
 * @returns {Lang}
 */
export function preferredLang({ cookie, acceptLanguage }) {
  return langFromCookie(cookie) ?? langFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANG;
}

/**
 * A path's language prefix: `/en/claims/x` → { lang: "en", path: "/claims/x" }; `/en` → "/".
 * @param {string} pathname
 * @returns {{ lang: Lang | null, path: string }}
 */
export function splitLangPrefix(pathname) {
  if (pathname === EN_PREFIX) return { lang: "en", path: "/" };
  if (pathname.startsWith(`${EN_PREFIX}/`))
    return { lang: "en", path: pathname.slice(EN_PREFIX.length) };
  return { lang: null, path: pathname };
}

/** Pages outside readers' site: one address each, in the person's language. */
const NOT_READERS = ["/desk", "/signin", "/api", "/_next"];

/** Is this (unprefixed) path a readers' page, with an address per language? @param {string} path */
export function isReaderPath(path) {
  return !NOT_READERS.some((p) => path === p || path.startsWith(`${p}/`));
}

/**
 * The address of a page in a language: readers' pages get `/en` in English; the desk's stay as they are.
 * @param {string} path an unprefixed path, with or without its query
 * @param {Lang} lang
 */
export function pathIn(path, lang) {
  const pathname = path.split(/[?#]/)[0];
  if (lang !== "en" || !isReaderPath(pathname)) return path;
  return pathname === "/" ? `${EN_PREFIX}${path.slice(1)}` : `${EN_PREFIX}${path}`;
}

/**
 * Where a request for an unprefixed readers' page should go instead, or null to serve it: a person
 * who chose English (or whose browser prefers it) is sent to the English address.
 * @param {string} pathname
 * @param {{ cookie?: string | null, acceptLanguage?: string | null }} request
 */
export function readerRedirect(pathname, request) {
  if (splitLangPrefix(pathname).lang || !isReaderPath(pathname)) return null;
  return preferredLang(request) === "en" ? pathIn(pathname, "en") : null;
}
