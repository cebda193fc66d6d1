// Whether the session and CSRF cookies carry `Secure` (and next-auth's __Secure-/__Host- names).
// Decided once, from configuration, not from each request's headers: behind a TLS-terminating proxy
// the app itself sees plain http, and a forged X-Forwarded-Proto must not change cookie security.

/** True when the site is served over https: the sign-in address (NEXTAUTH_URL) or the public one. */
export function secureCookiesFor(urls: { authUrl?: string; publicUrl?: string }): boolean {
  return [urls.authUrl, urls.publicUrl].some(
    (u) => u !== undefined && u.trim() !== "" && protocolOf(u) === "https:",
  );
}

function protocolOf(url: string): string {
  try {
    return new URL(url.trim()).protocol;
  } catch {
    throw new Error(
      `Configuration error: ${JSON.stringify(url)} is not an absolute URL (NEXTAUTH_URL / PRAMAAN_PUBLIC_URL)`,
    );
  }
}

/** The session cookie's name, for anything outside next-auth that needs to see it (a proxy, tests). */
export const sessionCookieName = (secure: boolean) =>
  secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
