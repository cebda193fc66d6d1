// Who changed what a fact check says: its wording, its appearances and their attribution chains,
// its sources. With the verdict's own writers (VerdictContributor) they are the fact check's
// contributors: none of them may review it (the two-person rule is about people), and the credit
// names them. Derived from the audit log, which every such write records in its own transaction,
// so no edit route can forget to register its editor. Server only (takes a transaction or client).
import type { Tx } from "../db";

/** The audit actions that change a claim's content (not its status, assignment or review). */
const CONTENT_ACTIONS = [
  "claim.create",
  "claim.update",
  "claim.merge-in",
  "mention.create",
  "mention.delete",
  "mention.reselect",
  "mention.attribution",
  "evidence.create",
  "evidence.update",
  "evidence.delete",
];

/**
 * Ids of the editors who changed the claim's content since it was last published (all of them for
 * a claim never published, or with `ever`): a correction is reviewed against what changed since
 * readers last saw it; the credit names everyone. One query; the audit index on (entityType,
 * entityId) finds each row's events.
 */
export async function claimContributorIds(
  tx: Pick<Tx, "$queryRaw">,
  claimId: string,
  ever = false,
) {
  // One branch per kind of row, each an index lookup: (entityType, entityId) for the claim, its
  // appearances and its sources; the partial index "AuditEvent_removed_from_claim" for removed ones.
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH since AS (
      SELECT CASE WHEN ${ever}::boolean THEN '-infinity'::timestamp ELSE COALESCE(
        (SELECT max(v."publishedAt") FROM "Verdict" v
          WHERE v."claimId" = ${claimId} AND v.status = 'PUBLISHED'),
        '-infinity'::timestamp) END AS at
    ), events AS (
      SELECT a."actorId", a.action, a."createdAt" FROM "AuditEvent" a
        WHERE a."entityType" = 'Claim' AND a."entityId" = ${claimId}
      UNION ALL
      SELECT a."actorId", a.action, a."createdAt" FROM "AuditEvent" a
        JOIN "Mention" m ON m.id = a."entityId" AND m."claimId" = ${claimId}
        WHERE a."entityType" = 'Mention'
      UNION ALL
      SELECT a."actorId", a.action, a."createdAt" FROM "AuditEvent" a
        JOIN "Evidence" e ON e.id = a."entityId" AND e."claimId" = ${claimId}
        WHERE a."entityType" = 'Evidence'
      UNION ALL
      SELECT a."actorId", a.action, a."createdAt" FROM "AuditEvent" a
        WHERE a.action IN ('mention.delete', 'evidence.delete')
          AND a."before"->>'claimId' = ${claimId}
    )
    SELECT DISTINCT ev."actorId" AS id FROM events ev, since
    WHERE ev."actorId" IS NOT NULL
      AND ev.action = ANY(${CONTENT_ACTIONS}::text[])
      AND ev."createdAt" > since.at`;
  return rows.map((r) => r.id);
}
