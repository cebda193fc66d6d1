-- CreateEnum
CREATE TYPE "ReviewCommentKind" AS ENUM ('SEND_BACK', 'COMMENT', 'RESUBMIT_NOTE');

-- AlterEnum
ALTER TYPE "ClaimStatus" ADD VALUE 'SENT_BACK';

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "verdictId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "ReviewCommentKind" NOT NULL,
    "body" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "snapshot" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewComment_claimId_createdAt_idx" ON "ReviewComment"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewComment_verdictId_kind_createdAt_idx" ON "ReviewComment"("verdictId", "kind", "createdAt");

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
