// Writes for claims and their appearances. Each runs in one transaction with its audit events.
import { APPEARANCES_PER_ARTICLE, allRowsOrRefuse } from "../all-rows";
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, forbidden, notFound } from "../errors";
import { claimSlug } from "../text/slug";
import type { SessionUser } from "../user/session-user";
import { buildChain, checkedSpan } from "./mention-mutations";
import { overlapShare, SAME_SPAN } from "./mention-span";
import { canEditClaimContent } from "./policy";
import type { LogClaimData as LogClaim, UpdateClaimData as UpdateClaim } from "./schema";

/** Logs a quote found in an article: a new claim (or another appearance of an existing one) with its attribution chain. */
export async function logClaim(
  actor: SessionUser,
  input: LogClaim,
): Promise<{ claimId: string; mentionId: string; existing: boolean }> {
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, body: true },
    });
    if (!article) throw notFound("article");
    const anchor = checkedSpan(article.body, input.start, input.end, input.confirmCrossing);
    // The same words already logged (Back and submit again, or a second editor on the same quote):
    // that claim is the answer, never a duplicate. Only appearances overlapping these words of one
    // article: a handful at most (past the cap the check could miss one, so logging is refused).
    const logged = allRowsOrRefuse(
      await tx.mention.findMany({
        where: {
          articleId: article.id,
          start: { lt: anchor.end },
          end: { gt: anchor.start },
          // Orphans keep offsets into an older version of the text: they say nothing about these words.
          orphanedAt: null,
          retiredAt: null,
        },
        take: APPEARANCES_PER_ARTICLE + 1,
        select: { id: true, claimId: true, start: true, end: true },
      }),
      APPEARANCES_PER_ARTICLE,
      "appearances",
    );
    const same = logged.find((m) => overlapShare(m, anchor) >= SAME_SPAN);
    if (same) return { claimId: same.claimId, mentionId: same.id, existing: true };

    let claimId: string;
    if (input.existingClaimId) {
      const existing = await tx.claim.findUnique({
        where: { id: input.existingClaimId },
        select: { id: true, status: true, withdrawnAt: true },
      });
      if (!existing) throw notFound("claim");
      // A new appearance changes what readers see of a claim in review or published (its speakers,
      // its articles): nothing reaches them without a second editor, so it is refused until the
      // corrections flow can put it through review.
      if (!canEditClaimContent(actor, existing)) {
        throw forbidden("claim.noNewAppearance");
      }
      claimId = existing.id;
    } else {
      const claim = await tx.claim.create({
        data: {
          slug: claimSlug(input.textEn),
          textHi: input.textHi ?? "",
          textEn: input.textEn,
          topic: input.topic,
          createdById: actor.id,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "claim.create",
        entityType: "Claim",
        entityId: claim.id,
        after: claim,
      });
      claimId = claim.id;
    }

    const links = await buildChain(tx, input);

    const mention = await tx.mention.create({
      data: {
        claimId,
        articleId: article.id,
        ...anchor,
        attribution: { create: links },
      },
      include: { attribution: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mention.create",
      entityType: "Mention",
      entityId: mention.id,
      after: mention,
    });
    return { claimId, mentionId: mention.id, existing: false };
  });
}

/** Edits a claim's wording. Fails with CONFLICT if someone else saved it since `version` was read. */
export async function updateClaim(
  actor: SessionUser,
  input: UpdateClaim,
): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.claimId } });
    if (!before) throw notFound("claim");
    if (!canEditClaimContent(actor, before)) throw forbidden("claim.wordingLocked");
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      data: {
        textHi: input.textHi,
        textEn: input.textEn ?? null,
        topic: input.topic ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict("stale.claim");
    const after = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.update",
      entityType: "Claim",
      entityId: after.id,
      before,
      after,
    });
    return { version: after.version };
  });
}
