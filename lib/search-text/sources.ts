// Which columns each searchable table's searchText is made of, in order: the one list that both the
// write-time extension (lib/search-text/write-extension.ts) and the start-up backfill (backfill.ts) read,
// so a row written by the app and a row backfilled from plain SQL fold the same words.
import { searchText } from "./fold.ts";

export const SEARCH_SOURCES = {
  claim: ["textHi", "textEn", "topic"],
  mention: ["exact"],
  article: ["title"],
  entity: ["nameHi", "nameEn", "aliases"],
} as const;

export type SearchableModel = keyof typeof SEARCH_SOURCES;

/** Prisma's model name ("Claim") to its key here, or null for a table without search text. */
export function searchableModel(model: string | undefined): SearchableModel | null {
  const key = model ? model.charAt(0).toLowerCase() + model.slice(1) : "";
  return key in SEARCH_SOURCES ? (key as SearchableModel) : null;
}

type Value = string | readonly string[] | null | undefined;

/** The stored search text of a row with these source values (an array column gives each element). */
export function searchTextOf(model: SearchableModel, row: Record<string, unknown>): string {
  return searchText(
    SEARCH_SOURCES[model].flatMap((col) => {
      const v = row[col] as Value;
      return Array.isArray(v) ? v : [v as string | null | undefined];
    }),
  );
}
