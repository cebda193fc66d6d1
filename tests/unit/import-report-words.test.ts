// The import report's line for a new version is worded in the language asked for (issue 19): the
// desk's revision form and `npm run import` word it from the same catalogue message.
import { describe, expect, it } from "vitest";
import { revisedLine } from "@/lib/article/import-report";

describe("revisedLine", () => {
  const r = { title: "संशोधन परीक्षण", reanchored: 2, orphaned: 1 };

  it("reads in English by default (the CLI's report)", () => {
    expect(revisedLine(r)).toBe("new version of संशोधन परीक्षण: 2 re-anchored, 1 orphaned");
  });

  it("reads in Hindi when asked", () => {
    expect(revisedLine(r, "hi")).toBe("संशोधन परीक्षण का नया संस्करण: 2 फिर से जुड़े, 1 अनाथ");
  });
});
