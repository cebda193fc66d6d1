// The header's language switch (app/api/language/route.ts): keeps the choice in a cookie and sends the
// person back to the page they were on, at its address in that language, on the host they are on.
// Next builds a route handler's request.url from its own name for itself (`localhost:PORT` under
// scripts/serve.mjs, whatever the Host header says), so the redirect is checked as a browser on
// another host would follow it.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/language/route";

const SERVER_URL = "http://localhost:3000";
const BROWSER_URL = "https://pramaan.example";

function ask(query: string) {
  const response = GET(
    new NextRequest(`${SERVER_URL}/api/language?${query}`, {
      headers: { host: "pramaan.example", "x-forwarded-proto": "https" },
    }),
  );
  const location = response.headers.get("location");
  // Where the browser goes: a relative Location resolves against the address it asked for.
  const landed = location ? new URL(location, `${BROWSER_URL}/api/language?${query}`) : null;
  return { response, location, landed };
}

describe("the language switch", () => {
  it("keeps the choice for a year, for the whole site, readable by the page", () => {
    const { response } = ask("to=en&next=/desk/claims");
    expect(response.status).toBe(303);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^pramaan-lang=en;/);
    expect(cookie).toMatch(/Max-Age=31536000/i);
    expect(cookie).toMatch(/Path=\//i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).not.toMatch(/HttpOnly/i);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("sends the person back to the same page in that language, on the host they are on", () => {
    const cases: [string, string][] = [
      ["to=en&next=/desk/claims", "/desk/claims"],
      ["to=en&next=/claims/x", "/en/claims/x"],
      ["to=hi&next=/en/claims/x", "/claims/x"],
      ["to=en&next=/", "/en"],
      ["to=hi&next=/en", "/"],
      [`to=en&next=${encodeURIComponent("/search?q=पुतिन")}`, "/en/search?q=पुतिन"],
    ];
    for (const [query, path] of cases) {
      const { landed } = ask(query);
      expect(landed?.origin, query).toBe(BROWSER_URL);
      expect(decodeURIComponent(`${landed?.pathname}${landed?.search}`), query).toBe(path);
    }
  });

  it("never sends anyone to another site, and refuses a language it does not have", () => {
    for (const next of ["//evil.example/x", "/\\evil.example", "https://evil.example", "x"]) {
      const { landed } = ask(`to=en&next=${encodeURIComponent(next)}`);
      expect(landed?.origin, next).toBe(BROWSER_URL);
      expect(landed?.pathname, next).toBe("/en");
    }
    expect(ask("to=fr&next=/").response.status).toBe(400);
    expect(ask("next=/").response.status).toBe(400);
  });
});
