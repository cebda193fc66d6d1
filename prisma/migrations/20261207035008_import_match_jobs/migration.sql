-- CreateTable
CREATE TABLE "MatchJob" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "MatchJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchJob_articleId_key" ON "MatchJob"("articleId");

-- CreateIndex
CREATE INDEX "MatchJob_doneAt_createdAt_idx" ON "MatchJob"("doneAt", "createdAt");

-- AddForeignKey
ALTER TABLE "MatchJob" ADD CONSTRAINT "MatchJob_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
