// Runs before every page render: gives the request a fresh CSP nonce (lib/csp.ts explains the policy,
// and why a cached public page may share one). Security checks do not live here: reads and writes
// are gated where the data is read and written.
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, NONCE_HEADER, newNonce } from "@/lib/csp";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  // NODE_ENV is fixed at build time: `next dev` needs eval, a production build does not.
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", policy); // Next reads the nonce from here when rendering
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: API answers and static files are not documents that run scripts.
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.svg|favicon\\.ico).*)"],
};
