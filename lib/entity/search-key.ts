// Entities are found by any of their names, in either script, with Hindi spelling variants folded.
import { fold } from "../text/fold";

export interface NamedEntity {
  nameHi?: string | null;
  nameEn?: string | null;
  aliases?: string[];
}

function entityNames(e: NamedEntity): string[] {
  return [e.nameHi, e.nameEn, ...(e.aliases ?? [])].filter(
    (n): n is string => !!n && n.trim().length > 0,
  );
}

export function entitySearchKey(e: NamedEntity): string {
  return entityNames(e).map(fold).join(" | ");
}

export function displayName(e: NamedEntity, lang: "hi" | "en" = "hi"): string {
  return (lang === "hi" ? e.nameHi || e.nameEn : e.nameEn || e.nameHi) || e.aliases?.[0] || "—";
}

const wordsMatch = (name: string, queryWords: string[]) => {
  const words = name.split(/[\s-]+/);
  return queryWords.every((q) => words.some((w) => w.startsWith(q)));
};

/**
 * Ranks entities for a picker: an exact name first, then names that start with the query, then
 * names containing it, then names whose words start with each query word (किम जोंग → किम यो जोंग).
 */
export function rankEntities<T extends NamedEntity & { searchKey?: string }>(
  entities: T[],
  query: string,
  limit = 8,
): T[] {
  const q = fold(query).trim();
  if (!q) return entities.slice(0, limit);
  const scored = entities
    .map((e) => {
      const names = entityNames(e).map(fold);
      const queryWords = q.split(/[\s-]+/).filter(Boolean);
      const rank = names.some((n) => n === q)
        ? 0
        : names.some((n) => n.startsWith(q))
          ? 1
          : names.some((n) => n.includes(q))
            ? 2
            : names.some((n) => wordsMatch(n, queryWords))
              ? 3
              : 9;
      return { e, rank };
    })
    .filter((x) => x.rank < 9)
    .sort((a, b) => a.rank - b.rank);
  return scored.slice(0, limit).map((x) => x.e);
}
