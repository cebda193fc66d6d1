-- A source's authors become a list of people ({family, given}) or names kept whole ({literal}).
ALTER TABLE "Source" ADD COLUMN "authors" JSONB NOT NULL DEFAULT '[]';

-- The old free text is kept as typed: each name whole (a literal), split only at semicolons, the
-- one separator the old form documented (written chr(59): the migration runner splits its script
-- at every semicolon, even in a string). Nothing is guessed into family and given names: a byline
-- such as Colin Zwirko, Chad O Carroll stays one literal, for an editor to correct in the form.
UPDATE "Source" AS s
SET "authors" = COALESCE(
  (
    SELECT jsonb_agg(jsonb_build_object('literal', t.name) ORDER BY t.ord)
    FROM (
      SELECT regexp_replace(part, '^\s+|\s+$', '', 'g') AS name, ord
      FROM unnest(string_to_array(s."author", chr(59))) WITH ORDINALITY AS p(part, ord)
    ) AS t
    WHERE t.name <> ''
  ),
  '[]'::jsonb
)
WHERE s."author" IS NOT NULL;

ALTER TABLE "Source" DROP COLUMN "author";
