// What a reader may learn about an entity, as SQL: the published claims it appears in, by role. Plain
// SQL text without framework imports, so the public entity pages (lib/public/entity-data.ts) and the
// search engine (./engine.ts) agree on which entities have a public page.

/** A claim readers may see: published, never a withdrawn or merged one. */
const PUBLISHED = (c: string) => `${c}.status = 'PUBLISHED' AND ${c}."withdrawnAt" IS NULL`;

/**
 * Every (role, mention, claim) the entity `id` (an SQL expression) takes part in, drafts included:
 * callers join the published claims. Each branch reads one index (AttributionLink by entity and role,
 * by affiliation; Mention by article; Verdict by originator), so its cost follows the entity's own
 * appearances, not the archive's size.
 * - said: a speaker link names it;
 * - anonymous: a speaker link names no one but says who they work for ("an official of X");
 * - relayed: a relay link names it;
 * - carried: its articles (as their outlet) carry the claim;
 * - origin: a published verdict found it is where the claim really came from.
 */
function entityHits(id: string): string {
  const link = (where: string) => `SELECT m.id AS mid, m."claimId" AS cid
      FROM "AttributionLink" l JOIN "Mention" m ON m.id = l."mentionId"
      WHERE ${where} AND m."retiredAt" IS NULL`;
  return `SELECT 'said'::text AS role, x.mid, x.cid FROM (${link(`l."entityId" = ${id} AND l.role = 'SPEAKER'`)}) x
    UNION ALL
    SELECT 'anonymous', x.mid, x.cid FROM (${link(
      `l."affiliationId" = ${id} AND l."entityId" IS NULL AND l.role = 'SPEAKER'`,
    )}) x
    UNION ALL
    SELECT 'relayed', x.mid, x.cid FROM (${link(`l."entityId" = ${id} AND l.role = 'RELAY'`)}) x
    UNION ALL
    SELECT 'carried', m.id, m."claimId" FROM "Article" a JOIN "Mention" m ON m."articleId" = a.id
      WHERE a."outletId" = ${id} AND m."retiredAt" IS NULL
    UNION ALL
    SELECT 'origin', NULL, v."claimId" FROM "Verdict" v
      WHERE v."originatorId" = ${id} AND v.status = 'PUBLISHED'`;
}

/**
 * True when entity row `e` takes part in at least one published claim: it has a public page. One
 * EXISTS per role, each stopping at its first published claim.
 */
export function hasPublishedClaims(e: string): string {
  // Each branch starts from the entity's own rows by their index (its links, its articles) and asks
  // of each whether a published claim hangs off it: written as a nested EXISTS, because a flat join
  // let the planner scan all of Mention (400,000 rows) for an outlet with no articles.
  const published = (mention: string) => `EXISTS (SELECT 1 FROM "Mention" m
      JOIN "Claim" c ON c.id = m."claimId"
      WHERE ${mention} AND m."retiredAt" IS NULL AND ${PUBLISHED("c")})`;
  const viaLink = (where: string) => `EXISTS (SELECT 1 FROM "AttributionLink" l
      WHERE ${where} AND ${published(`m.id = l."mentionId"`)})`;
  return `(${viaLink(`l."entityId" = ${e}.id AND l.role IN ('SPEAKER', 'RELAY')`)}
    OR ${viaLink(`l."affiliationId" = ${e}.id AND l."entityId" IS NULL AND l.role = 'SPEAKER'`)}
    OR EXISTS (SELECT 1 FROM "Article" a
      WHERE a."outletId" = ${e}.id AND ${published(`m."articleId" = a.id`)})
    OR EXISTS (SELECT 1 FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId"
      WHERE v."originatorId" = ${e}.id AND v.status = 'PUBLISHED' AND ${PUBLISHED("c")}))`;
}

/**
 * Joined to claim `c`: its current published verdict `v` (a correction publishes a newer one, and the
 * older stays PUBLISHED as history). A join plus an anti-join, which Postgres hashes, rather than a
 * LIMIT 1 per claim: at 58,000 claims the per-claim lookup was a quarter of the page's time.
 */
const CURRENT_VERDICT = (c: string, v: string) => `JOIN "Verdict" ${v}
      ON ${v}."claimId" = ${c}.id AND ${v}.status = 'PUBLISHED'
      AND NOT EXISTS (SELECT 1 FROM "Verdict" nv WHERE nv."claimId" = ${c}.id
        AND nv.status = 'PUBLISHED' AND nv."createdAt" > ${v}."createdAt")`;

/**
 * One statement for an entity page: the tally (published claims per role and rating), how many per
 * role, and the first page of each role (`pageSize` + 1 rows, newest first; the role named by $2 starts
 * after the cursor ($3 time, $4 claim id)). The claims are gathered once (a CTE used three times is
 * materialised) and the answer is JSON, so the page costs one round trip however many roles it shows.
 * Its time grows with the entity's own published claims (the tally must count them all), never with
 * the archive's.
 *
 * A claim appears once per role however many of its appearances name the entity. It is
 * "misattributed" for a speaker role when every appearance that names the entity is listed in the
 * verdict's misattributedMentionIds: shown, marked, and left out of the tally. Relays and outlets did
 * pass the words on, so misattribution (about who said it) does not apply to them.
 */
export function entityRolesSql(pageSize: number): string {
  return `WITH hits AS (${entityHits("$1")}),
    items AS (
      -- Narrow rows (ids, time, rating): the sorts and the grouping below read every claim of the
      -- entity; the words are joined for the rows of the page only.
      SELECT h.role, c.id, coalesce(c."publishedAt", c."createdAt") AS at, c."retractedAt",
        v."ratingId", v."originatorId",
        bool_and(h.role IN ('said', 'anonymous') AND v."originatorId" IS DISTINCT FROM $1
          AND h.mid = ANY(v."misattributedMentionIds")) AS misattributed
      FROM hits h
      JOIN "Claim" c ON c.id = h.cid AND ${PUBLISHED("c")}
      ${CURRENT_VERDICT("c", "v")}
      WHERE h.role <> 'origin' OR v."originatorId" = $1
      GROUP BY h.role, c.id, v.id
    )
    SELECT
      (SELECT coalesce(json_agg(t), '[]') FROM (
        SELECT i.role, r.id, r."labelHi", r."labelEn", r.colour, r."sortOrder", count(*)::int AS n
        FROM items i JOIN "Rating" r ON r.id = i."ratingId"
        WHERE NOT i.misattributed
        GROUP BY i.role, r.id) t) AS tally,
      (SELECT coalesce(json_agg(t), '[]') FROM (
        SELECT role, count(*)::int AS n FROM items GROUP BY role) t) AS totals,
      (SELECT coalesce(json_agg(t ORDER BY t.role, t.at DESC, t.id DESC), '[]') FROM (
        SELECT p.role, p.id, pc.slug, pc."textHi", pc."textEn", p.at, p."retractedAt", p.misattributed,
          r."labelHi", r."labelEn", r.colour,
          o.slug AS "originatorSlug", o."nameHi" AS "originatorHi", o."nameEn" AS "originatorEn"
        FROM (
          SELECT i.*, row_number() OVER (PARTITION BY i.role ORDER BY i.at DESC, i.id DESC) AS rn
          FROM items i
          WHERE $2::text IS NULL OR i.role <> $2::text
            OR (i.at, i.id) < ($3::timestamp(3), $4::text)
        ) p
        JOIN "Claim" pc ON pc.id = p.id
        JOIN "Rating" r ON r.id = p."ratingId"
        LEFT JOIN "Entity" o ON o.id = p."originatorId"
        WHERE p.rn <= ${pageSize + 1}) t) AS items`;
}

/** The entity index counts claims per role up to this many (shown as "100+"): its page stays cheap. */
export const INDEX_COUNT_CAP = 100;

/**
 * Published claims per role of entity `id` for the index, each count reading at most
 * INDEX_COUNT_CAP + 1 appearances (the exact numbers are on the entity's own page).
 */
export function cappedRoleCounts(id: string, roles: readonly string[]): string {
  const capped = (role: string | null) => `(SELECT count(DISTINCT x.cid)::int FROM (
      SELECT h.cid FROM (${entityHits(id)}) h JOIN "Claim" c ON c.id = h.cid AND ${PUBLISHED("c")}
      ${role ? `WHERE h.role = '${role}'` : ""} LIMIT ${INDEX_COUNT_CAP + 1}) x)`;
  return [...roles.map((r) => `${capped(r)} AS "${r}"`), `${capped(null)} AS total`].join(", ");
}
