import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/user/auth-options";
import { isReadableAuthBody } from "@/lib/user/auth-request";
import { getSessionUser } from "@/lib/user/session-user";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions);

// next-auth answers /api/auth/session from the cookie alone, so a revoked session (signed out,
// user:passwd, user:disable) would still read as signed in there. Ask the Session row, as every
// desk request does (lib/user/session-user.ts): gone, revoked, expired or a disabled user is signed out.
export async function GET(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.length === 1 && nextauth[0] === "session") {
    let live: boolean;
    try {
      live = (await getSessionUser()) !== null;
    } catch {
      return Response.json({}, { status: 503, headers: { "cache-control": "no-store" } });
    }
    if (!live) return Response.json({}, { headers: { "cache-control": "no-store" } });
  }
  return handler(request, context);
}

// next-auth parses a JSON body without catching the error, and assumes every field is a string:
// malformed input would be a 500. Refuse it here as the client's mistake.
export async function POST(request: NextRequest, context: Context) {
  const body = await request.clone().text();
  if (!isReadableAuthBody(request.headers.get("content-type"), body)) {
    return Response.json({ error: "bad_request" }, { status: 400 });
  }
  return handler(request, context);
}
