-- DropIndex
DROP INDEX "Verdict_status_submittedAt_idx";

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_outletId_createdAt_id_idx" ON "Article"("outletId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_lang_createdAt_id_idx" ON "Article"("lang", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_title_id_idx" ON "Article"("title", "id");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_status_createdAt_id_idx" ON "Claim"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_topic_createdAt_id_idx" ON "Claim"("topic", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_createdById_createdAt_id_idx" ON "Claim"("createdById", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AttributionLink_entityId_role_idx" ON "AttributionLink"("entityId", "role");

-- CreateIndex
CREATE INDEX "Verdict_status_submittedAt_id_idx" ON "Verdict"("status", "submittedAt", "id");
