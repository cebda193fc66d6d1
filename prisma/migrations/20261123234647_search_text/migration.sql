-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "searchText" TEXT;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchText" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchText" TEXT;

-- AlterTable
ALTER TABLE "Mention" ADD COLUMN     "searchText" TEXT;

-- Search (lib/search): full-text search finds the candidates (at most 200 a query) and pg_trgm's
-- word_similarity re-ranks them. A trigram index on searchText is not built: re-ranking reads only
-- those rows, and the exact phrase is found through the tsvector (phraseto_tsquery), which measured
-- faster than a trigram-indexed LIKE for multi-word Hindi queries (README, bench:search). The 'simple' text
-- search configuration, not 'hindi': the server's Hindi configuration is a Snowball stemmer with no
-- stopword list, which cuts ने/को/में down to single letters. searchText is already folded in
-- TypeScript (lib/search-text/fold.ts), so 'simple' (split and lowercase) is all that is needed.
-- The tsvector is stored: computed per row at query time it made a capped candidate scan cost
-- ~30 µs a row, and Prisma models it as Unsupported (never written by the app).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce("searchText", ''))) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

ALTER TABLE "Mention" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce("searchText", ''))) STORED;
CREATE INDEX "Mention_searchVector_idx" ON "Mention" USING GIN ("searchVector");

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce("searchText", ''))) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

ALTER TABLE "Entity" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce("searchText", ''))) STORED;
CREATE INDEX "Entity_searchVector_idx" ON "Entity" USING GIN ("searchVector");
