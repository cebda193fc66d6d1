-- The spelling keys in "searchText" changed: plural and oblique endings are made singular before a
-- word is keyed (lib/text/inflection.ts: अधिकारियों → अधिकारी, नेताओं → नेता, शेल्स → शेल), so a
-- search for one form of a word finds the others. The keys are computed in TypeScript
-- (lib/search-text/fold.ts), so this only clears them, and the seed step that runs at every start refills
-- every null "searchText" with the current fold (lib/search/backfill.ts) before the app serves.
UPDATE "Claim" SET "searchText" = NULL;
UPDATE "Mention" SET "searchText" = NULL;
UPDATE "Article" SET "searchText" = NULL;
UPDATE "Entity" SET "searchText" = NULL;
