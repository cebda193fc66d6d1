// The search's rule for a row to match search words, as a Prisma filter: its stored search text
// holds every spelling key of the words as a whole word (./fold.ts). The report builder's `q` and the
// desk's lists (claims, articles, the review queue through the verdict's claim) use it, so a list, a
// report and the search box agree on what "matches" means. Prisma writes it as LIKE '% key %'; the
// trigram indexes on Claim and Article searchText (migration search_text_trigram) let the planner
// fetch a rare word's few rows instead of walking a whole list for them.
import { searchQuery } from "../search-text/fold";

/** One condition per spelling key, for any model with a searchText column (claims, articles). */
export function searchTextWhere(words: string): { searchText: { contains: string } }[] {
  const q = searchQuery(words);
  return q ? q.keys.split(" ").map((key) => ({ searchText: { contains: ` ${key} ` } })) : [];
}
