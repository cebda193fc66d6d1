// Writes for claims and their appearances. Each runs in one transaction with its audit events.
import { describeRange, snapSelection } from "../anchoring";
import { recordAudit } from "../audit";
import { db } from "../db";
import { resolveParty } from "../entity/mutations";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { invalidatePublicClaim } from "../public-cache";
import type { SessionUser } from "../session";
import { claimSlug } from "../text/slug";
import { canEditClaimContent } from "./policy";
import type { LogClaimData as LogClaim, UpdateClaimData as UpdateClaim } from "./schema";

/** Logs a quote found in an article: a new claim (or another appearance of an existing one) with its attribution chain. */
export async function logClaim(actor: SessionUser, input: LogClaim): Promise<{ claimId: string; mentionId: string }> {
  const result = await db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, body: true } });
    if (!article) throw notFound("Article");
    const span = snapSelection(article.body, input.start, input.end);
    if (!span) throw invalid("The selected text is empty", { quote: ["Select the words of the claim in the article"] });
    const anchor = describeRange(article.body, span.start, span.end);

    let claimId: string;
    let publishedSlug: string | null = null; // set when the claim is already public
    if (input.existingClaimId) {
      const existing = await tx.claim.findUnique({ where: { id: input.existingClaimId }, select: { id: true, status: true, slug: true } });
      if (!existing) throw notFound("Claim");
      claimId = existing.id;
      publishedSlug = existing.status === "PUBLISHED" ? existing.slug : null;
    } else {
      const claim = await tx.claim.create({
        data: { slug: claimSlug(input.textEn), textHi: input.textHi!, textEn: input.textEn, topic: input.topic, createdById: actor.id },
      });
      await recordAudit(tx, { actorId: actor.id, action: "claim.create", entityType: "Claim", entityId: claim.id, after: claim });
      claimId = claim.id;
    }

    const duplicate = await tx.mention.findFirst({ where: { claimId, articleId: article.id, start: anchor.start, end: anchor.end } });
    if (duplicate) throw conflict("This quote is already logged for that claim");

    const links: { position: number; role: "SPEAKER" | "RELAY"; entityId: string | null; cue?: string }[] = [];
    if (input.speaker.type === "article") links.push({ position: 0, role: "SPEAKER", entityId: null, cue: input.speaker.cue });
    else links.push({ position: 0, role: "SPEAKER", entityId: await resolveParty(tx, actor.id, input.speaker.party), cue: input.speaker.party.cue });
    for (const [i, relay] of input.relays.entries()) {
      links.push({ position: i + 1, role: "RELAY", entityId: await resolveParty(tx, actor.id, relay), cue: relay.cue });
    }

    const mention = await tx.mention.create({
      data: { claimId, articleId: article.id, ...anchor, attribution: { create: links } },
      include: { attribution: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "mention.create", entityType: "Mention", entityId: mention.id, after: mention });
    const articleIds = publishedSlug ? (await tx.mention.findMany({ where: { claimId }, select: { articleId: true } })).map((m) => m.articleId) : [];
    return { claimId, mentionId: mention.id, publishedSlug, articleIds };
  });
  // A new appearance of a published claim changes its public page and the articles' highlights.
  if (result.publishedSlug) invalidatePublicClaim(result.publishedSlug, [...new Set(result.articleIds)]);
  return { claimId: result.claimId, mentionId: result.mentionId };
}

/** Edits a claim's wording. Fails with CONFLICT if someone else saved it since `version` was read. */
export async function updateClaim(actor: SessionUser, input: UpdateClaim): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.claimId } });
    if (!before) throw notFound("Claim");
    if (!canEditClaimContent(actor, before)) throw forbidden("This claim is in review or published; its wording is locked.");
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      data: { textHi: input.textHi, textEn: input.textEn ?? null, topic: input.topic ?? null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("Another editor changed this claim after you opened it. Reload to see their version; your text is still in the form.");
    const after = await tx.claim.findUniqueOrThrow({ where: { id: input.claimId } });
    await recordAudit(tx, { actorId: actor.id, action: "claim.update", entityType: "Claim", entityId: after.id, before, after });
    return { version: after.version };
  });
}
