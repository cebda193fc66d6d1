// Reads a write must see whole are bounded by refusing, never by dropping rows (lib/all-rows.ts).
import { describe, expect, it } from "vitest";
import { allRowsOrRefuse } from "@/lib/all-rows";
import { DomainError } from "@/lib/errors";

const words = { hi: "उपस्थितियाँ", en: "appearances" };

describe("allRowsOrRefuse", () => {
  it("hands back every row up to the cap, unchanged", () => {
    const rows = [1, 2, 3];
    expect(allRowsOrRefuse(rows, 3, words)).toBe(rows);
  });

  it("refuses the write past the cap, in Hindi and English, instead of working on part of them", () => {
    let caught: unknown;
    try {
      allRowsOrRefuse([1, 2, 3, 4], 3, words);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe("CONFLICT");
    expect((caught as Error).message).toContain("3 से अधिक उपस्थितियाँ");
    expect((caught as Error).message).toContain("More than 3 appearances");
  });
});
