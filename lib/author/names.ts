// A source's authors as plain data and running text, without zod: client components (the evidence
// forms) format and compare them too, and zod's schema compiler would bring `new Function` into the
// browser, which the desk's Content-Security-Policy refuses. Validation stays in ./schema.ts.

/** A person ({ family, given? }) or a name kept whole ({ literal }): CSL's name shape. */
export type SourceAuthor = { family: string; given?: string } | { literal: string };

/** One author as running text reads them: a person given name first ("Chad O'Carroll"). */
function authorName(a: SourceAuthor): string {
  return "literal" in a ? a.literal : [a.given, a.family].filter(Boolean).join(" ");
}

/** Authors as running text: "Colin Zwirko, Chad O'Carroll"; null when there are none. */
export function authorsText(authors: SourceAuthor[]): string | null {
  return authors.length ? authors.map(authorName).join(", ") : null;
}

// JSONB keeps no key order, so lists are compared by what each name says, not by their JSON text.
const key = (a: SourceAuthor) =>
  "literal" in a ? ["literal", a.literal] : ["person", a.family, a.given ?? ""];

/** Two lists name the same authors, the same way, in the same order (the library's comparison). */
export const sameAuthors = (a: SourceAuthor[], b: SourceAuthor[]) =>
  JSON.stringify(a.map(key)) === JSON.stringify(b.map(key));
