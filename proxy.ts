// Runs before every page render:
// - gives the request a fresh CSP nonce (lib/csp.ts explains the policy, and why a cached public page
//   may share one);
// - decides the language the page is rendered in (lib/i18n/negotiate.mjs): an English readers' page
//   `/en/claims/x` is rendered by the route `/claims/x` in English; an unprefixed readers' page is
//   Hindi, unless the person chose English (or their browser prefers it), who is sent to the `/en`
//   address; the desk and sign-in are in the person's language.
// Security checks do not live here: reads and writes are gated where the data is read and written.
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, NONCE_HEADER, newNonce } from "@/lib/csp";
import {
  isReaderPath,
  LANG_HEADER,
  type Lang,
  preferredLang,
  readerRedirect,
  splitLangPrefix,
} from "@/lib/i18n/negotiate.mjs";

function languageOf(request: NextRequest): { lang: Lang; rewriteTo?: string; redirectTo?: string } {
  const { pathname, search } = request.nextUrl;
  const asked = {
    cookie: request.headers.get("cookie"),
    acceptLanguage: request.headers.get("accept-language"),
  };
  const { lang: prefixed, path } = splitLangPrefix(pathname);
  if (prefixed) {
    // `/en/desk/...`: the desk has one address; the language there is the person's.
    if (!isReaderPath(path)) return { lang: prefixed, redirectTo: path + search };
    return { lang: prefixed, rewriteTo: path };
  }
  const redirect = readerRedirect(pathname, asked);
  if (redirect) return { lang: "en", redirectTo: redirect + search };
  return { lang: isReaderPath(pathname) ? "hi" : preferredLang(asked) };
}

export function proxy(request: NextRequest) {
  const { lang, rewriteTo, redirectTo } = languageOf(request);
  if (redirectTo) {
    const redirect = NextResponse.redirect(new URL(redirectTo, request.url), 307);
    // Depends on the person's cookie and browser: no shared cache may keep it for the address.
    redirect.headers.set("Cache-Control", "private, no-store");
    return redirect;
  }
  const nonce = newNonce();
  // NODE_ENV is fixed at build time: `next dev` needs eval, a production build does not.
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", policy); // Next reads the nonce from here when rendering
  headers.set(LANG_HEADER, lang);
  const response = rewriteTo
    ? NextResponse.rewrite(new URL(rewriteTo + request.nextUrl.search, request.url), {
        request: { headers },
      })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: API answers and static files are not documents that run scripts.
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.svg|favicon\\.ico).*)"],
};
