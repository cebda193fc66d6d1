import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { isReadableAuthBody } from "@/lib/user/auth-request";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions);

export { handler as GET };

// next-auth parses a JSON body without catching the error, and assumes every field is a string:
// malformed input would be a 500. Refuse it here as the client's mistake.
export async function POST(request: NextRequest, context: Context) {
  const body = await request.clone().text();
  if (!isReadableAuthBody(request.headers.get("content-type"), body)) {
    return Response.json({ error: "bad_request" }, { status: 400 });
  }
  return handler(request, context);
}
