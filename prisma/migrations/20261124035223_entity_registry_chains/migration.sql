-- CreateEnum
CREATE TYPE "AttributionVerb" AS ENUM ('SAID', 'REPORTED', 'RELAYED', 'CLAIMED', 'ACCUSED', 'DENIED', 'QUOTED');

-- AlterEnum
ALTER TYPE "EntityKind" ADD VALUE 'NEWS_AGENCY';

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "affiliationId" TEXT,
ADD COLUMN     "description" TEXT,
ADD COLUMN     "mergedAt" TIMESTAMP(3),
ADD COLUMN     "slug" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "url" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "AttributionLink" ADD COLUMN     "affiliationId" TEXT,
ADD COLUMN     "anonymousAs" TEXT,
ADD COLUMN     "verb" "AttributionVerb" NOT NULL DEFAULT 'SAID';

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "misattributedMentionIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "originatorEvidenceId" TEXT,
ADD COLUMN     "originatorId" TEXT,
ADD COLUMN     "originatorNote" TEXT;

-- Slugs for the entities already in the registry: the English name in ASCII words, numbered when
-- two share one, entity-N for names with no English spelling
UPDATE "Entity" e SET slug = s.slug
FROM (
  SELECT id, CASE WHEN n > 1 OR base = 'entity' THEN base || '-' || n ELSE base END AS slug
  FROM (
    SELECT id, base, row_number() OVER (PARTITION BY base ORDER BY "createdAt", id) AS n
    FROM (
      SELECT id, "createdAt",
        coalesce(nullif(trim(both '-' from lower(regexp_replace(coalesce("nameEn", ''), '[^A-Za-z0-9]+', '-', 'g'))), ''), 'entity') AS base
      FROM "Entity"
    ) b
  ) r
) s
WHERE s.id = e.id;

ALTER TABLE "Entity" ALTER COLUMN "slug" SET NOT NULL;

-- Relays logged before verbs existed passed the claim on: reported
UPDATE "AttributionLink" SET verb = 'REPORTED' WHERE role = 'RELAY';

-- The picker and the registry find entities by any part of any folded name
CREATE INDEX "Entity_searchKey_trgm_idx" ON "Entity" USING gin ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Entity_slug_key" ON "Entity"("slug");

-- CreateIndex
CREATE INDEX "Entity_affiliationId_idx" ON "Entity"("affiliationId");

-- CreateIndex
CREATE INDEX "AttributionLink_affiliationId_idx" ON "AttributionLink"("affiliationId");

-- CreateIndex
CREATE INDEX "Verdict_originatorId_idx" ON "Verdict"("originatorId");

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributionLink" ADD CONSTRAINT "AttributionLink_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_originatorId_fkey" FOREIGN KEY ("originatorId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_originatorEvidenceId_fkey" FOREIGN KEY ("originatorEvidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;
