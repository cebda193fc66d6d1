-- The desk's lists narrowed by search words (lib/search/where.ts: searchText holds ' key ' for every
-- spelling key, a LIKE through Prisma) read the whole table when the words are rare: the list walks
-- its sort index and no row matches, 460 ms for the claims list or the review queue at 200,000
-- claims. A trigram index makes that LIKE indexable, and the planner picks between it (few matches:
-- fetch them and sort, under 1 ms) and the sort index (many matches: the first page comes early),
-- from the column's statistics. Claims (the claims list, the review queue through the claim) and
-- articles (the articles list) only: mentions and entities are found through search, not a list.
CREATE INDEX "Claim_searchText_trgm_idx" ON "Claim" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "Article_searchText_trgm_idx" ON "Article" USING GIN ("searchText" gin_trgm_ops);
