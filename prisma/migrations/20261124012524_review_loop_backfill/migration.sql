-- Claims sent back before SENT_BACK existed were left OPEN, with the note of the reviewer on their
-- draft verdict: they take the new status now. (A migration of its own: PostgreSQL does not let the
-- transaction that adds an enum value use it.) Their send-backs, as the audit log recorded them,
-- start the review thread of each claim, without a snapshot (what the reviewer read was not kept).
-- No semicolons or quote marks in these comments: the migration runner splits the script on them.
UPDATE "Claim" c
SET status = 'SENT_BACK'
WHERE c.status = 'OPEN'
  AND EXISTS (
    SELECT 1 FROM "Verdict" v
    WHERE v."claimId" = c.id AND v.status = 'DRAFT' AND v."reviewComment" IS NOT NULL
  );

INSERT INTO "ReviewComment" ("id", "claimId", "verdictId", "authorId", "kind", "body", "round", "createdAt")
SELECT 'rc_' || e.id, v."claimId", v.id, e."actorId", 'SEND_BACK', e.after->>'reviewComment',
       row_number() OVER (PARTITION BY v.id ORDER BY e."createdAt", e.id)::int, e."createdAt"
FROM "AuditEvent" e
JOIN "Verdict" v ON v.id = e."entityId"
WHERE e.action = 'verdict.send-back'
  AND e."entityType" = 'Verdict'
  AND e."actorId" IS NOT NULL
  AND e.after->>'reviewComment' IS NOT NULL;
