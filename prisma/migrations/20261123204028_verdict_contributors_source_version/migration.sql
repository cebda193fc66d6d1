-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "VerdictContributor" (
    "verdictId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictContributor_pkey" PRIMARY KEY ("verdictId","userId")
);

-- CreateIndex
CREATE INDEX "VerdictContributor_userId_idx" ON "VerdictContributor"("userId");

-- AddForeignKey
ALTER TABLE "VerdictContributor" ADD CONSTRAINT "VerdictContributor_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictContributor" ADD CONSTRAINT "VerdictContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Everyone who already wrote into a verdict is one of its contributors: the author, and every editor
-- whose audit events show a create or an update of it.
INSERT INTO "VerdictContributor" ("verdictId", "userId", "since")
SELECT "id", "authorId", "createdAt" FROM "Verdict"
ON CONFLICT DO NOTHING;
INSERT INTO "VerdictContributor" ("verdictId", "userId", "since")
SELECT "entityId", "actorId", min("createdAt") FROM "AuditEvent"
WHERE "entityType" = 'Verdict' AND "action" IN ('verdict.create', 'verdict.update') AND "actorId" IS NOT NULL
  AND "entityId" IN (SELECT "id" FROM "Verdict")
GROUP BY "entityId", "actorId"
ON CONFLICT DO NOTHING;

-- Concurrent first saves could leave several unpublished verdicts on one claim. Keep the newest;
-- the others are written, whole, into the audit log before they are removed, so no text is lost.
WITH ranked AS (
  SELECT v.*, row_number() OVER (PARTITION BY "claimId" ORDER BY "updatedAt" DESC, "id" DESC) AS n
  FROM "Verdict" v WHERE "status" <> 'PUBLISHED'
), extra AS (SELECT * FROM ranked WHERE n > 1),
logged AS (
  INSERT INTO "AuditEvent" ("id", "actorId", "action", "entityType", "entityId", "before", "createdAt")
  SELECT 'mig_' || md5(random()::text || e."id"), NULL, 'verdict.discard-duplicate', 'Verdict', e."id",
         to_jsonb(e) - 'n', CURRENT_TIMESTAMP
  FROM extra e
  RETURNING "entityId"
)
DELETE FROM "Verdict" WHERE "id" IN (SELECT "entityId" FROM logged);

-- At most one unpublished (draft or in-review) verdict per claim, whatever the application does.
CREATE UNIQUE INDEX "Verdict_one_unpublished_per_claim" ON "Verdict" ("claimId") WHERE "status" <> 'PUBLISHED';
