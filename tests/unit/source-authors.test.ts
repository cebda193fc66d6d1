// A source's authors as the form sends them and as Source.authors stores them (lib/author/schema.ts).
import { describe, expect, it } from "vitest";
import { authorsText, sameAuthors } from "@/lib/author/names";
import { authorsInput, authorsOf, MAX_AUTHORS, storedAuthorsText } from "@/lib/author/schema";
import { addEvidenceSchema } from "@/lib/source/schema";

const person = (family: string, given = "") => ({ kind: "person" as const, family, given });
const literal = (name: string) => ({ kind: "literal" as const, literal: name });
const errorPaths = (input: unknown) => {
  const r = authorsInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
};

describe("the authors list the form sends", () => {
  it("keeps people and names kept whole, in order, with nothing split", () => {
    expect(
      authorsInput.parse([
        person("Zwirko", "Colin"),
        person("O'Carroll", "Chad"),
        literal("Anna Fifield and Simon Denyer"),
        literal("रूसी विदेश मंत्रालय"),
      ]),
    ).toEqual([
      { family: "Zwirko", given: "Colin" },
      { family: "O'Carroll", given: "Chad" },
      { literal: "Anna Fifield and Simon Denyer" },
      { literal: "रूसी विदेश मंत्रालय" },
    ]);
  });

  it("trims each name and keeps it on one line; an empty given name is left out", () => {
    expect(authorsInput.parse([person("  Zwirko \n", "  "), literal("\tNK  News ")])).toEqual([
      { family: "Zwirko" },
      { literal: "NK News" },
    ]);
  });

  it("strips the invisible characters that could disguise a name", () => {
    expect(authorsInput.parse([literal("NK\u200B News\u202E")])).toEqual([{ literal: "NK News" }]);
  });

  it("says which row and which field is wrong", () => {
    expect(errorPaths([person("Zwirko", "Colin"), person("  ", "Chad")])).toEqual(["1.family"]);
    expect(errorPaths([literal("NK News"), person("Zwirko"), literal("")])).toEqual(["2.literal"]);
    expect(errorPaths([person("x".repeat(201))])).toEqual(["0.family"]);
    expect(errorPaths([literal("a\u0000b")])).toEqual(["0.literal"]);
    expect(errorPaths([{ kind: "robot", name: "x" }])).toEqual(["0.kind"]);
  });

  it(`takes at most ${MAX_AUTHORS} authors`, () => {
    const many = Array.from({ length: MAX_AUTHORS }, (_, i) => literal(`Author ${i}`));
    expect(authorsInput.parse(many)).toHaveLength(MAX_AUTHORS);
    expect(errorPaths([...many, literal("one more")])).toEqual([""]);
  });

  it("is optional in the evidence form: no authors is an empty list", () => {
    const r = addEvidenceSchema.parse({
      claimId: "c1234567890",
      url: "https://example.org/a",
      title: "A title",
      stance: "CONTEXT",
    });
    expect(r.authors).toEqual([]);
  });
});

describe("the stored list", () => {
  it("is read back only in its own shape", () => {
    expect(authorsOf([{ given: "Colin", family: "Zwirko" }, { literal: "NK News" }])).toEqual([
      { family: "Zwirko", given: "Colin" },
      { literal: "NK News" },
    ]);
    for (const bad of [
      "Colin Zwirko",
      [{ name: "x" }],
      [{ literal: "" }],
      [{ literal: "x", family: "y" }],
      null,
    ])
      expect(() => authorsOf(bad)).toThrow();
  });

  it("reads as running text, people given name first", () => {
    expect(
      authorsText([
        { family: "Zwirko", given: "Colin" },
        { family: "O'Carroll", given: "Chad" },
      ]),
    ).toBe("Colin Zwirko, Chad O'Carroll");
    expect(authorsText([{ family: "Zwirko" }, { literal: "एनके न्यूज" }])).toBe("Zwirko, एनके न्यूज");
    expect(authorsText([])).toBeNull();
    expect(storedAuthorsText([{ literal: "NK News" }])).toBe("NK News");
    expect(storedAuthorsText("old free text")).toBeUndefined();
  });

  it("compares by what the names say, whatever order JSON keys come back in", () => {
    const a = [{ family: "Zwirko", given: "Colin" }];
    expect(sameAuthors(a, [{ given: "Colin", family: "Zwirko" }])).toBe(true);
    expect(sameAuthors(a, [{ literal: "Colin Zwirko" }])).toBe(false);
    expect(sameAuthors(a, [{ family: "Colin Zwirko" }])).toBe(false);
    expect(
      sameAuthors([{ literal: "A" }, { literal: "B" }], [{ literal: "B" }, { literal: "A" }]),
    ).toBe(false);
  });
});
