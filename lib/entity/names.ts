// An entity's names as text: the list of its names, LIKE-safe text, and the names two entities share
// (the merge page shows them before anything is written). Pure.
import { fold } from "../text/fold";
import type { NamedEntity } from "./search-key";

export const namesOf = (e: NamedEntity): string[] =>
  [e.nameHi, e.nameEn, ...(e.aliases ?? [])].filter((n): n is string => !!n && !!n.trim());

/** LIKE pattern text: % and _ in a name are letters, not wildcards. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const DEVANAGARI = /[\u0900-\u097F]/u;

/** The folded names two entities share, and whether any of them is written in Devanagari. */
export function sharedNames(
  a: { nameHi: string | null; nameEn: string | null; aliases: string[] },
  b: { nameHi: string | null; nameEn: string | null; aliases: string[] },
) {
  const theirs = new Set(namesOf(b).map((n) => fold(n).trim()));
  const shared = [...new Set(namesOf(a).map((n) => fold(n).trim()))].filter((n) => theirs.has(n));
  return { shared, devanagari: shared.some((n) => DEVANAGARI.test(n)) };
}
