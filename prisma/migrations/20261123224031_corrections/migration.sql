-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('CORRECTION', 'CLARIFICATION', 'RETRACTION');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "retractedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "kind" "CorrectionKind" NOT NULL,
    "noteHi" TEXT NOT NULL,
    "noteEn" TEXT,
    "verdictId" TEXT,
    "replacesId" TEXT,
    "requestedById" TEXT NOT NULL,
    "approvedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Correction_verdictId_key" ON "Correction"("verdictId");

-- CreateIndex
CREATE INDEX "Correction_claimId_publishedAt_idx" ON "Correction"("claimId", "publishedAt");

-- CreateIndex
CREATE INDEX "Correction_publishedAt_id_idx" ON "Correction"("publishedAt", "id");

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At most one pending (unapproved) correction, clarification or retraction per claim, whatever the
-- application does: two editors cannot start competing changes to the same published fact check.
CREATE UNIQUE INDEX "Correction_one_pending_per_claim" ON "Correction" ("claimId") WHERE "publishedAt" IS NULL;
