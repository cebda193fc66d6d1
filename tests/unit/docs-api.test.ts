// docs/api.md's reference part is generated from the OpenAPI description (scripts/docs-api.ts): this
// fails when a route, parameter or field changed and nobody ran `npm run docs:api`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_DOC_PATH, renderApiReference, withReference } from "../../scripts/docs-api";

describe("docs/api.md", () => {
  const current = readFileSync(API_DOC_PATH, "utf8");

  it("is what `npm run docs:api` would write now", () => {
    // Compared as whole text so the failure shows the lines that differ.
    expect(current).toBe(withReference(current, renderApiReference()));
  });

  it("documents every route of the OpenAPI description", () => {
    for (const route of ["/claims", "/claims/{slug}", "/corrections", "/entities", "/reports"])
      expect(current).toContain(`### GET ${route}\n`);
  });
});
