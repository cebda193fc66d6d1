// A source's authors: people, whose family and given names citation formats need apart (CSL, BibTeX,
// RIS), or names kept whole (an organisation, a Devanagari name, anything typed before authors were a
// list). Stored as this list in Source.authors (JSON), checked here on the way in and on the way out.
// Pure: the form, the actions, the report builder and the history share it. No Prisma.
import { z } from "zod";
import { oneLine } from "../text/clean";

import { authorsText, type SourceAuthor } from "./names";

/** More than this is a list pasted by mistake; a long byline still fits. */
export const MAX_AUTHORS = 50;
const NAME_MAX = 200;

const required = (message: string) => oneLine(NAME_MAX).pipe(z.string().min(1, message));

// What the form sends: each row says which kind it is, so an error lands on the row's own field
// ("authors.2.family") instead of a union error for the whole list.
const personRow = z.object({
  kind: z.literal("person"),
  family: required("Give the family name, or choose “Organisation / name kept whole”"),
  given: oneLine(NAME_MAX).optional(),
});
const literalRow = z.object({
  kind: z.literal("literal"),
  literal: required("Give the name, or remove this row"),
});

const authorRow = z.discriminatedUnion("kind", [personRow, literalRow]);
/** One row of the form's authors list. */
export type AuthorRow = z.input<typeof authorRow>;

/** The authors list as the form sends it: in order, each row a person or a name kept whole. */
export const authorsInput = z
  .array(authorRow, {
    message: "Authors must be a list",
  })
  .max(MAX_AUTHORS, `At most ${MAX_AUTHORS} authors`)
  .default([])
  .transform((rows): SourceAuthor[] =>
    rows.map((r) =>
      r.kind === "literal"
        ? { literal: r.literal }
        : r.given
          ? { family: r.family, given: r.given }
          : { family: r.family },
    ),
  );

// What the column holds. Strict: a stray key means something wrote it around this module.
const storedName = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().min(1).optional() }),
  z.strictObject({ literal: z.string().min(1) }),
]);
const storedAuthors = z.array(storedName).max(MAX_AUTHORS);

/** Reads Source.authors. Anything but the stored shape is a bug upstream, not a reader's problem. */
export function authorsOf(json: unknown): SourceAuthor[] {
  const parsed = storedAuthors.safeParse(json);
  if (!parsed.success) throw new Error("Source.authors is not a list of authors");
  return parsed.data;
}

/** A stored list as running text; undefined when the value is not one (history must still render). */
export function storedAuthorsText(json: unknown): string | null | undefined {
  const parsed = storedAuthors.safeParse(json);
  return parsed.success ? authorsText(parsed.data) : undefined;
}
