// The Content-Security-Policy of every page, with the nonce proxy.ts makes per request.
//
// Scripts: only those carrying the nonce, and what they load ('strict-dynamic'); Next puts the nonce
// on its own scripts when it finds it in the request's CSP header. Never 'unsafe-inline' or
// 'unsafe-eval' in production (`next dev` needs eval for its error overlay). The ClaimReview
// <script type="application/ld+json"> is data, not script: browsers do not run it, and CSP does not
// apply to it.
// Styles: the stylesheet is a file from 'self'. React writes style="" attributes (a rating's colour),
// which style-src-attr allows; those cannot run code, unlike inline <style> and <script> elements.
//
// Cached public pages: the front cache (scripts/serve.mjs) stores a page together with this header,
// so every reader of one cached copy gets the same nonce until it is purged or expires (≤ 5 min). That
// is acceptable because a cached page reflects no request input: it is the same bytes for every
// reader, rendered from published data with React escaping, so there is no injection point in it for
// a known nonce to unlock. Pages that do reflect the request or a session (the desk, sign-in) are
// never cached and get a fresh nonce each time.

export const NONCE_HEADER = "x-nonce";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // `next dev` injects its styles inline.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}
