-- The spelling keys in "searchText" changed: a two-letter skeleton no longer maps to a synonym
-- ("जोंग" of Kim Jong Un had been keyed as "युद्ध", war). The keys are computed in TypeScript
-- (lib/search-text/fold.ts), so this only clears them, and the seed step that runs at every start refills
-- every null "searchText" with the current fold (lib/search/backfill.ts).
UPDATE "Claim" SET "searchText" = NULL;
UPDATE "Mention" SET "searchText" = NULL;
UPDATE "Article" SET "searchText" = NULL;
UPDATE "Entity" SET "searchText" = NULL;
