-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "searchText" TEXT;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchText" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchText" TEXT;

-- AlterTable
ALTER TABLE "Mention" ADD COLUMN     "searchText" TEXT;

-- Search (lib/search): trigram similarity re-ranks the full-text candidates. The 'simple' text
-- search configuration, not 'hindi': the server's Hindi configuration is a Snowball stemmer with no
-- stopword list, which cuts ने/को/में down to single letters. searchText is already folded in
-- TypeScript (lib/search/fold.ts), so 'simple' (split and lowercase) is all that is needed.
-- The tsvector is stored: computed per row at query time it made a capped candidate scan cost
-- ~30 µs a row, and Prisma models it as Unsupported (never written by the app).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce("searchText", ''))) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
CREATE INDEX "Claim_searchText_trgm_idx" ON "Claim" USING GIN ("searchText" gin_trgm_ops);

ALTER TABLE "Mention" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce("searchText", ''))) STORED;
CREATE INDEX "Mention_searchVector_idx" ON "Mention" USING GIN ("searchVector");
CREATE INDEX "Mention_searchText_trgm_idx" ON "Mention" USING GIN ("searchText" gin_trgm_ops);

ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce("searchText", ''))) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
CREATE INDEX "Article_searchText_trgm_idx" ON "Article" USING GIN ("searchText" gin_trgm_ops);

ALTER TABLE "Entity" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce("searchText", ''))) STORED;
CREATE INDEX "Entity_searchVector_idx" ON "Entity" USING GIN ("searchVector");
CREATE INDEX "Entity_searchText_trgm_idx" ON "Entity" USING GIN ("searchText" gin_trgm_ops);
