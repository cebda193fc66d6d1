// Where sign-in may send the browser: only paths on this site, whatever the payload looks like.
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/user/callback-url";

const ORIGIN = "http://127.0.0.1:3000";

// Each is refused as it arrives at the sign-in page (already decoded once from the query string)
// or as next-auth hands it to the redirect callback.
const HOSTILE = [
  "/\\evil.example", // the review's payload: %2F%5Cevil.example
  "/\t/evil.example", // %09
  "/%09/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\u0000/evil.example",
  "\t/evil.example",
  " /evil.example",
  "//evil.example",
  "//evil.example/desk",
  "///evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/%2F/evil.example",
  "/%2f%2fevil.example",
  "/%5Cevil.example",
  "/%5cevil.example",
  "/%252F%252Fevil.example",
  "/%25252F%25252Fevil.example",
  "https://evil.example",
  "https://evil.example/desk",
  "http:evil.example",
  "https:/evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "%2F%2Fevil.example",
  "evil.example",
  "desk",
  "",
  "/\u202e/lpmaxe.live", // bidi override
  "/\u200b/evil.example", // zero-width space
  "/\u3000/evil.example", // ideographic space
  "/desk%",
  "/desk/%E0%A4",
  "http://127.0.0.1:3000.evil.example/desk",
  "http://127.0.0.1:3000@evil.example/desk",
  "http://127.0.0.1:3001/desk",
  "https://127.0.0.1:3000/desk",
  "http://127.0.0.1:3000//evil.example",
  "http://127.0.0.1:3000/\\evil.example",
];

describe("safeCallbackPath", () => {
  it.each(HOSTILE)("refuses %j", (payload) => {
    expect(safeCallbackPath(payload, "/desk", ORIGIN)).toBe("/desk");
    expect(safeCallbackPath(payload)).toBe("/desk");
  });

  it("refuses what is not a string, or is too long", () => {
    expect(safeCallbackPath(`/${"a".repeat(2100)}`, "/f")).toBe("/f"); // too long to be one of our links
    for (const v of [
      undefined,
      null,
      42,
      ["/desk/claims", "//evil.example"],
      { toString: () => "/x" },
    ])
      expect(safeCallbackPath(v, "/f")).toBe("/f");
  });

  it.each([
    ["/desk", "/desk"],
    ["/", "/"],
    ["/desk/claims/clx123?tab=sources#verdict", "/desk/claims/clx123?tab=sources#verdict"],
    ["/desk/claims?q=a%20b%2Fc", "/desk/claims?q=a%20b%2Fc"],
    ["/desk/articles/art_000/log", "/desk/articles/art_000/log"],
    ["/claims/रूस-अनाज", "/claims/%E0%A4%B0%E0%A5%82%E0%A4%B8-%E0%A4%85%E0%A4%A8%E0%A4%BE%E0%A4%9C"],
    ["/desk/../desk/review", "/desk/review"],
  ])("keeps the same-site path %j", (payload, expected) => {
    expect(safeCallbackPath(payload, "/fallback")).toBe(expected);
  });

  it("takes an absolute URL on exactly this origin as its path (next-auth's form)", () => {
    expect(safeCallbackPath(`${ORIGIN}/desk/review`, "/", ORIGIN)).toBe("/desk/review");
    expect(safeCallbackPath(ORIGIN, "/x", ORIGIN)).toBe("/");
    expect(safeCallbackPath(`${ORIGIN}/desk/review`, "/")).toBe("/"); // without the origin: refused
  });
});
