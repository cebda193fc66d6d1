// Writes for claims and their appearances. Each runs in one transaction with its audit events.
import { describeRange, snapSelection } from "../anchoring";
import { recordAudit } from "../audit";
import { db } from "../db";
import { resolveParty } from "../entity/mutations";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { searchText } from "../search/fold";
import type { SessionUser } from "../session";
import { claimSlug } from "../text/slug";
import { canEditClaimContent } from "./policy";
import type { LogClaimData as LogClaim, UpdateClaimData as UpdateClaim } from "./schema";

/** Logs a quote found in an article: a new claim (or another appearance of an existing one) with its attribution chain. */
export async function logClaim(
  actor: SessionUser,
  input: LogClaim,
): Promise<{ claimId: string; mentionId: string }> {
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, body: true },
    });
    if (!article) throw notFound("Article");
    // An offset beyond the text is a stale or forged selection: say so rather than "fix" it into other words.
    if (input.end > article.body.length) {
      throw invalid("The selection is not inside this article's text", {
        quote: ["Select the words of the claim in the article again"],
      });
    }
    const span = snapSelection(article.body, input.start, input.end);
    if (!span)
      throw invalid("The selected text is empty", {
        quote: ["Select the words of the claim in the article"],
      });
    const anchor = describeRange(article.body, span.start, span.end);

    let claimId: string;
    if (input.existingClaimId) {
      const existing = await tx.claim.findUnique({
        where: { id: input.existingClaimId },
        select: { id: true, status: true, withdrawnAt: true },
      });
      if (!existing) throw notFound("Claim");
      // A new appearance changes what readers see of a claim in review or published (its speakers,
      // its articles): nothing reaches them without a second editor, so it is refused until the
      // corrections flow can put it through review.
      if (!canEditClaimContent(actor, existing)) {
        throw forbidden(
          "That claim is in review or published: a new appearance cannot be added to it without review.",
        );
      }
      claimId = existing.id;
    } else {
      const claim = await tx.claim.create({
        data: {
          slug: claimSlug(input.textEn),
          textHi: input.textHi ?? "",
          textEn: input.textEn,
          topic: input.topic,
          searchText: searchText([input.textHi, input.textEn, input.topic]),
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

    const duplicate = await tx.mention.findFirst({
      where: { claimId, articleId: article.id, start: anchor.start, end: anchor.end },
    });
    if (duplicate) throw conflict("This quote is already logged for that claim");

    const links: {
      position: number;
      role: "SPEAKER" | "RELAY";
      entityId: string | null;
      cue?: string;
    }[] = [];
    if (input.speaker.type === "article")
      links.push({ position: 0, role: "SPEAKER", entityId: null, cue: input.speaker.cue });
    else
      links.push({
        position: 0,
        role: "SPEAKER",
        entityId: await resolveParty(tx, actor.id, input.speaker.party),
        cue: input.speaker.party.cue,
      });
    for (const [i, relay] of input.relays.entries()) {
      links.push({
        position: i + 1,
        role: "RELAY",
        entityId: await resolveParty(tx, actor.id, relay),
        cue: relay.cue,
      });
    }

    const mention = await tx.mention.create({
      data: {
        claimId,
        articleId: article.id,
        ...anchor,
        searchText: searchText([anchor.exact]),
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
    return { claimId, mentionId: mention.id };
  });
}

/** Edits a claim's wording. Fails with CONFLICT if someone else saved it since `version` was read. */
export async function updateClaim(
  actor: SessionUser,
  input: UpdateClaim,
): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id: input.claimId } });
    if (!before) throw notFound("Claim");
    if (!canEditClaimContent(actor, before))
      throw forbidden("This claim is in review or published; its wording is locked.");
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      data: {
        textHi: input.textHi,
        textEn: input.textEn ?? null,
        topic: input.topic ?? null,
        searchText: searchText([input.textHi, input.textEn, input.topic]),
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw conflict(
        "Another editor changed this claim after you opened it. Reload to see their version; your text is still in the form.",
      );
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
