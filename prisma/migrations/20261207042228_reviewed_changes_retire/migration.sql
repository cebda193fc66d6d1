-- AlterEnum
ALTER TYPE "ChangeRequestKind" ADD VALUE 'MENTION_RETIRE';

-- Who removed an appearance or a source of a claim (lib/claim/contributors.ts): the removed row is
-- gone, so its delete event is found by the claim id it recorded. Partial: only those two actions.
CREATE INDEX "AuditEvent_removed_from_claim" ON "AuditEvent" (("before"->>'claimId'))
  WHERE "action" IN ('mention.delete', 'evidence.delete');
