// Dismissing and restoring spotter suggestions. Each runs in one transaction with its audit event,
// recorded against the article so its history shows who hid what. Both are idempotent: a second
// dismissal (or restore) of the same span changes nothing and records nothing.
import crypto from "node:crypto";
import { recordAudit } from "../audit";
import { db } from "../db";
import { invalid, notFound } from "../errors";
import type { SessionUser } from "../user/session-user";
import type { SuggestionSpan } from "./schema";

export async function dismissSuggestion(
  actor: SessionUser,
  input: SuggestionSpan,
): Promise<{ changed: boolean }> {
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { body: true },
    });
    if (!article) throw notFound("article");
    if (input.end > article.body.length) throw invalid("article.notAPassage");
    const quote = article.body.slice(input.start, input.end);
    // ON CONFLICT DO NOTHING: two editors dismissing at once both succeed, one row is written.
    const { count } = await tx.spotDismissal.createMany({
      data: {
        articleId: input.articleId,
        start: input.start,
        end: input.end,
        quote,
        quoteHash: crypto.createHash("sha256").update(quote).digest("hex"),
        dismissedById: actor.id,
      },
      skipDuplicates: true,
    });
    if (count === 0) return { changed: false };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "suggestion.dismiss",
      entityType: "Article",
      entityId: input.articleId,
      after: { start: input.start, end: input.end, quote },
    });
    return { changed: true };
  });
}

export async function restoreSuggestion(
  actor: SessionUser,
  input: SuggestionSpan,
): Promise<{ changed: boolean }> {
  return db().$transaction(async (tx) => {
    const where = { articleId: input.articleId, start: input.start, end: input.end };
    const existing = await tx.spotDismissal.findUnique({
      where: { articleId_start_end: where },
      select: { quote: true, dismissedById: true, dismissedAt: true },
    });
    const { count } = await tx.spotDismissal.deleteMany({ where });
    if (count === 0 || !existing) return { changed: false };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "suggestion.restore",
      entityType: "Article",
      entityId: input.articleId,
      before: { start: input.start, end: input.end, ...existing },
    });
    return { changed: true };
  });
}
