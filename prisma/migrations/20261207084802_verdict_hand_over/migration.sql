-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'HANDED_OVER';

-- CreateIndex
CREATE INDEX "Verdict_status_updatedAt_id_idx" ON "Verdict"("status", "updatedAt", "id");
