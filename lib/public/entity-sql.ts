// What a reader may learn about an entity, as SQL: the published claims it appears in, by role. Plain
// SQL text without framework imports, so the public entity pages (./entity-data.ts) and the search
// engine (lib/search/engine.ts) agree on which entities have a public page.

/** A claim readers may see: published, never a withdrawn or merged one. */
export const PUBLISHED = (c: string) => `${c}.status = 'PUBLISHED' AND ${c}."withdrawnAt" IS NULL`;

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
export function entityHits(id: string): string {
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
  const viaLink = (where: string) => `EXISTS (SELECT 1 FROM "AttributionLink" l
      JOIN "Mention" m ON m.id = l."mentionId" JOIN "Claim" c ON c.id = m."claimId"
      WHERE ${where} AND m."retiredAt" IS NULL AND ${PUBLISHED("c")})`;
  return `(${viaLink(`l."entityId" = ${e}.id`)}
    OR ${viaLink(`l."affiliationId" = ${e}.id AND l."entityId" IS NULL AND l.role = 'SPEAKER'`)}
    OR EXISTS (SELECT 1 FROM "Article" a JOIN "Mention" m ON m."articleId" = a.id
      JOIN "Claim" c ON c.id = m."claimId"
      WHERE a."outletId" = ${e}.id AND m."retiredAt" IS NULL AND ${PUBLISHED("c")})
    OR EXISTS (SELECT 1 FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId"
      WHERE v."originatorId" = ${e}.id AND v.status = 'PUBLISHED' AND ${PUBLISHED("c")}))`;
}

/** The claim's current published verdict (a correction publishes a newer one). */
const CURRENT_VERDICT = (c: string) => `SELECT pv."ratingId", pv."originatorId",
      pv."misattributedMentionIds" FROM "Verdict" pv
    WHERE pv."claimId" = ${c}.id AND pv.status = 'PUBLISHED'
    ORDER BY pv."createdAt" DESC LIMIT 1`;

/**
 * One statement for an entity page: the tally (published claims per role and rating), how many per
 * role, and the first page of each role (`pageSize` + 1 rows, newest first; the role named by $2 starts
 * after the cursor ($3 time, $4 claim id)). The claims are gathered once (a CTE used three times is
 * materialised) and the answer is JSON, so the page costs one round trip however many roles it shows.
 *
 * A claim appears once per role however many of its appearances name the entity. It is
 * "misattributed" for a speaker role when every appearance that names the entity is listed in the
 * verdict's misattributedMentionIds: shown, marked, and left out of the tally. Relays and outlets did
 * pass the words on, so misattribution (about who said it) does not apply to them.
 */
export function entityRolesSql(pageSize: number): string {
  return `WITH hits AS (${entityHits("$1")}),
    items AS (
      SELECT h.role, c.id, c.slug, c."textHi", c."textEn",
        coalesce(c."publishedAt", c."createdAt") AS at, c."retractedAt",
        v."ratingId", v."originatorId",
        bool_and(h.role IN ('said', 'anonymous') AND v."originatorId" IS DISTINCT FROM $1
          AND h.mid = ANY(v."misattributedMentionIds")) AS misattributed
      FROM hits h
      JOIN "Claim" c ON c.id = h.cid AND ${PUBLISHED("c")}
      CROSS JOIN LATERAL (${CURRENT_VERDICT("c")}) v
      WHERE h.role <> 'origin' OR v."originatorId" = $1
      GROUP BY h.role, c.id, v."ratingId", v."originatorId"
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
        SELECT p.role, p.id, p.slug, p."textHi", p."textEn", p.at, p."retractedAt", p.misattributed,
          r."labelHi", r."labelEn", r.colour,
          o.slug AS "originatorSlug", o."nameHi" AS "originatorHi", o."nameEn" AS "originatorEn"
        FROM (
          SELECT i.*, row_number() OVER (PARTITION BY i.role ORDER BY i.at DESC, i.id DESC) AS rn
          FROM items i
          WHERE $2::text IS NULL OR i.role <> $2::text
            OR (i.at, i.id) < ($3::timestamp(3), $4::text)
        ) p
        JOIN "Rating" r ON r.id = p."ratingId"
        LEFT JOIN "Entity" o ON o.id = p."originatorId"
        WHERE p.rn <= ${pageSize + 1}) t) AS items`;
}
