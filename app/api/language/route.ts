// The language switch (components/language-switch.tsx links here): keeps the choice in a cookie for a
// year and sends the person back to the page they were on, at its address in that language. A plain
// link and a redirect, so it works without JavaScript and on cached readers' pages alike.
import { type NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { isLang, LANG_COOKIE, pathIn, splitLangPrefix } from "@/lib/i18n/negotiate.mjs";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

const query = z.object({
  to: z.string().refine(isLang),
  // A path on this site only: never `//elsewhere` or `/\elsewhere`, which browsers treat as hosts.
  next: z
    .string()
    .max(2048)
    .regex(/^\/(?![/\\])[^\s]*$/)
    .catch("/"),
});

export function GET(request: NextRequest) {
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "to must be hi or en" }, { status: 400 });
  const { to, next } = parsed.data;
  if (!isLang(to)) return NextResponse.json({ error: "to must be hi or en" }, { status: 400 });
  const target = pathIn(splitLangPrefix(next).path, to);
  // A relative Location: Next builds request.url from its own name for itself (localhost:PORT under
  // scripts/serve.mjs), not from the host the browser asked, so an absolute one would leave the site.
  const url = new URL(target, "http://relative.invalid");
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: url.pathname + url.search + url.hash },
  });
  response.cookies.set(LANG_COOKIE, to, {
    maxAge: YEAR_SECONDS,
    path: "/",
    sameSite: "lax",
    httpOnly: false,
  });
  // The redirect depends on the cookie it sets: nothing in between may keep it.
  response.headers.set("Cache-Control", "no-store");
  return response;
}
