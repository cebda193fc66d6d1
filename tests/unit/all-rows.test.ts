// Reads a write must see whole are bounded by refusing, never by dropping rows (lib/all-rows.ts).
import { describe, expect, it } from "vitest";
import { allRowsOrRefuse } from "@/lib/all-rows";
import { DomainError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";

const words = "appearances" as const;

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
    // A reason the form words in its language; `message` is its English.
    const error = (caught as DomainError).error;
    expect(error).toEqual({ key: "rows.tooManyAppearances", values: { cap: 3 } });
    expect((caught as Error).message).toContain("More than 3 appearances");
    expect(translator("hi")(`errors.${error.key}` as never, error.values as never)).toContain(
      "से अधिक उल्लेख",
    );
  });
});
