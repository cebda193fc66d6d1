// The search's rule for a claim to match search words, as a Prisma filter: its stored search text
// holds every spelling key of the words as a whole word (./fold.ts). The report builder's `q` and the
// desk's claims list use it, so a list, a report and the search box agree on what "matches" means.
import type { Prisma } from "../generated/prisma/client";
import { searchQuery } from "./fold";

export function claimSearchWhere(words: string): Prisma.ClaimWhereInput[] {
  const q = searchQuery(words);
  return q ? q.keys.split(" ").map((key) => ({ searchText: { contains: ` ${key} ` } })) : [];
}
