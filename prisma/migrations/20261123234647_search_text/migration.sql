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
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Claim_searchText_fts_idx" ON "Claim" USING GIN (to_tsvector('simple', coalesce("searchText", '')));
CREATE INDEX "Claim_searchText_trgm_idx" ON "Claim" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "Mention_searchText_fts_idx" ON "Mention" USING GIN (to_tsvector('simple', coalesce("searchText", '')));
CREATE INDEX "Mention_searchText_trgm_idx" ON "Mention" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "Article_searchText_fts_idx" ON "Article" USING GIN (to_tsvector('simple', coalesce("searchText", '')));
CREATE INDEX "Article_searchText_trgm_idx" ON "Article" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "Entity_searchText_fts_idx" ON "Entity" USING GIN (to_tsvector('simple', coalesce("searchText", '')));
CREATE INDEX "Entity_searchText_trgm_idx" ON "Entity" USING GIN ("searchText" gin_trgm_ops);
