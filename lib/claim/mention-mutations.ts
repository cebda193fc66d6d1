// Corrections to one appearance of a claim: remove it, re-select its words, replace its attribution
// chain. Each runs in one transaction that checks and bumps the claim's version (the claim is what
// readers and the reviewer see, so it is the lock) and records the audit event with before and after.

import { APPEARANCES_PER_ARTICLE, allRowsOrRefuse } from "../all-rows";
import { describeRange, snapSelection } from "../anchoring";
import { recordAudit } from "../audit";
import { db, type Tx } from "../db";
import type { AttributionVerbName } from "../entity/kinds";
import { lockLiveEntities } from "../entity/mutations";
import { conflict, err, forbidden, invalid, notFound } from "../errors";
import { invalidatePublicArticle } from "../public-cache";
import {
  type Approval,
  claimApproval,
  needsReview,
  proposeChange,
  type ReviewNeeded,
} from "../reviewed-change/mutations";
import { publishedFootprintOfClaim } from "../reviewed-change/published-footprint";
import type { SessionUser } from "../user/session-user";
import type {
  EditAttributionData,
  ReattachMentionData,
  RemoveMentionData,
  ReselectMentionData,
  RetireMentionData,
} from "./mention-schema";
import { overlapShare, SAME_SPAN, selectionCrossings } from "./mention-span";
import { canEditClaimContent } from "./policy";
import type { LogClaimData } from "./schema";

type Chain = Pick<LogClaimData, "speaker" | "relays">;

/** One stored link of a chain, as buildChain writes it. */
type LinkRow = {
  position: number;
  role: "SPEAKER" | "RELAY";
  entityId: string | null;
  verb: AttributionVerbName;
  cue: string | null;
  anonymousAs: string | null;
  affiliationId: string | null;
};

/**
 * The AttributionLink rows a form's speaker and relays stand for. Every named link must be a
 * registry entity (checked here; a merged one stands for its survivor). A speaker link without an
 * entity is an anonymous source when it has a descriptor, else the article's own assertion.
 */
export async function buildChain(tx: Tx, input: Chain): Promise<LinkRow[]> {
  const s = input.speaker;
  // Every entity the chain names, locked at once in id order (two chain edits and a merge never
  // wait on each other in a circle); a merged one stands for its survivor.
  const named = [
    ...(s.type === "entity" ? [s.party.entityId] : []),
    ...(s.type === "anonymous" && s.affiliationId ? [s.affiliationId] : []),
    ...input.relays.map((r) => r.entityId),
  ];
  const live = await lockLiveEntities(tx, named);
  const liveId = (id: string) => {
    const found = live.get(id);
    if (!found) throw notFound("entity");
    return found;
  };
  const speaker: LinkRow =
    s.type === "article"
      ? { ...EMPTY_LINK, cue: s.cue ?? null, verb: s.verb ?? "SAID" }
      : s.type === "anonymous"
        ? {
            ...EMPTY_LINK,
            anonymousAs: s.anonymousAs,
            affiliationId: s.affiliationId ? liveId(s.affiliationId) : null,
            verb: s.verb ?? "SAID",
            cue: s.cue ?? null,
          }
        : {
            ...EMPTY_LINK,
            entityId: liveId(s.party.entityId),
            verb: s.party.verb ?? "SAID",
            cue: s.party.cue ?? null,
          };
  const links = [speaker];
  for (const [i, relay] of input.relays.entries()) {
    links.push({
      ...EMPTY_LINK,
      position: i + 1,
      role: "RELAY",
      entityId: liveId(relay.entityId),
      verb: relay.verb ?? "REPORTED",
      cue: relay.cue ?? null,
    });
  }
  return links;
}

const EMPTY_LINK: LinkRow = {
  position: 0,
  role: "SPEAKER",
  entityId: null,
  verb: "SAID",
  cue: null,
  anonymousAs: null,
  affiliationId: null,
};

/**
 * Snaps a selection in an article's text and checks it is a passage a claim can be: inside the text,
 * not empty, and (unless the editor confirmed the warning) crossing no paragraph or page furniture.
 */
export function checkedSpan(body: string, start: number, end: number, confirmCrossing?: boolean) {
  // An offset beyond the text is a stale or forged selection: say so rather than "fix" it into other words.
  if (end > body.length) {
    throw invalid("mention.selectionOutside", { quote: [err("mention.selectInArticleAgain")] });
  }
  const span = snapSelection(body, start, end);
  if (!span) throw invalid("mention.selectionEmpty", { quote: [err("mention.selectInArticle")] });
  const crossed = selectionCrossings(body, span.start, span.end);
  if (crossed.length > 0 && !confirmCrossing) {
    const list = crossed.join(", ");
    throw invalid(err("mention.selectionCrosses", { list }), {
      confirmCrossing: [err("mention.crossesTick", { list })],
    });
  }
  return describeRange(body, span.start, span.end);
}

const withChain = { attribution: { orderBy: { position: "asc" } } } as const;

/** Loads the appearance, checks its claim may change, and takes the claim's version (or CONFLICT). */
async function lockClaimOf(tx: Tx, actor: SessionUser, mentionId: string, version: number) {
  const mention = await tx.mention.findUnique({
    where: { id: mentionId },
    include: { ...withChain, claim: { select: { id: true, status: true } } },
  });
  if (!mention) throw notFound("appearance");
  if (!canEditClaimContent(actor, mention.claim)) throw forbidden("mention.locked");
  const { count } = await tx.claim.updateMany({
    where: { id: mention.claimId, version },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw conflict("stale.claimReload");
  const { claim: _claim, ...before } = mention;
  return before;
}

/** Removes one appearance of a claim. A claim's only appearance stays: withdraw the claim instead. */
export async function removeMention(actor: SessionUser, input: RemoveMentionData) {
  return db().$transaction(async (tx) => {
    const before = await lockClaimOf(tx, actor, input.mentionId, input.version);
    const others = await tx.mention.count({
      where: { claimId: before.claimId, id: { not: before.id } },
    });
    if (others === 0) throw invalid("mention.onlyAppearance");
    await tx.mention.delete({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mention.delete",
      entityType: "Mention",
      entityId: before.id,
      before,
      after: input.reason ? { reason: input.reason } : undefined,
    });
    return { claimId: before.claimId };
  });
}

/** Moves an appearance to other words of the same article; its attribution chain stays. */
export async function reselectMention(actor: SessionUser, input: ReselectMentionData) {
  return db().$transaction(async (tx) => {
    const before = await lockClaimOf(tx, actor, input.mentionId, input.version);
    const article = await tx.article.findUniqueOrThrow({
      where: { id: before.articleId },
      select: { body: true },
    });
    const anchor = checkedSpan(article.body, input.start, input.end, input.confirmCrossing);
    const siblings = await tx.mention.findMany({
      where: { claimId: before.claimId, articleId: before.articleId, id: { not: before.id } },
      select: { start: true, end: true },
    });
    if (siblings.some((m) => overlapShare(m, anchor) >= SAME_SPAN))
      throw conflict("mention.wordsTaken");
    const after = await tx.mention.update({
      where: { id: before.id },
      data: anchor,
      include: withChain,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mention.reselect",
      entityType: "Mention",
      entityId: before.id,
      before,
      after,
    });
    return { claimId: before.claimId };
  });
}

/** Replaces an appearance's attribution chain (speaker and relays) as one change. */
export async function editAttribution(actor: SessionUser, input: EditAttributionData) {
  return db().$transaction(async (tx) => {
    const before = await lockClaimOf(tx, actor, input.mentionId, input.version);
    const links = await buildChain(tx, input);
    await tx.attributionLink.deleteMany({ where: { mentionId: before.id } });
    await tx.attributionLink.createMany({
      data: links.map((l) => ({ ...l, mentionId: before.id })),
    });
    const after = await tx.mention.findUniqueOrThrow({
      where: { id: before.id },
      include: withChain,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mention.attribution",
      entityType: "Mention",
      entityId: before.id,
      before,
      after,
    });
    return { claimId: before.claimId };
  });
}

/**
 * Loads an orphaned appearance and its article for the orphan queue's actions. Published claims'
 * orphans are re-attached too (the claim's wording and verdict do not change, only where its words
 * are in the new text), so the claim's editing lock is not asked: the article revision is. Readers
 * see the quote a published appearance is attached to, so that re-attachment is a reviewed change.
 */
async function loadOrphan(tx: Tx, mentionId: string, revision: number) {
  const mention = await tx.mention.findUnique({
    where: { id: mentionId },
    include: withChain,
  });
  if (!mention) throw notFound("appearance");
  if (!mention.orphanedAt || mention.retiredAt) throw conflict("stale.appearanceGone");
  const article = await tx.article.findUniqueOrThrow({
    where: { id: mention.articleId },
    select: { id: true, body: true, revision: true },
  });
  if (article.revision !== revision) throw conflict("stale.articleNewer");
  return { mention, article };
}

/** The orphan's claim's slug when published: the public pages to refresh. */
async function publishedSlug(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { slug: true, status: true },
  });
  return claim.status === "PUBLISHED" ? [claim.slug] : [];
}

/** Re-attaches an orphan to words an editor selected in the article's current text. */
export async function reattachMention(
  actor: SessionUser,
  input: ReattachMentionData,
  // Set when a second editor approves this re-attachment (lib/review/change-request-mutations.ts).
  approval?: Approval,
): Promise<{ claimId: string } | ReviewNeeded> {
  const result = await db().$transaction(async (tx) => {
    const { mention: before, article } = await loadOrphan(tx, input.mentionId, input.revision);
    const anchor = checkedSpan(article.body, input.start, input.end, input.confirmCrossing);
    // The claim's other appearances in this article: a handful; past the cap the check could miss
    // one, so the re-attachment is refused instead (lib/all-rows.ts).
    const siblings = allRowsOrRefuse(
      await tx.mention.findMany({
        where: {
          claimId: before.claimId,
          articleId: before.articleId,
          id: { not: before.id },
          orphanedAt: null,
          retiredAt: null,
        },
        take: APPEARANCES_PER_ARTICLE + 1,
        select: { start: true, end: true },
      }),
      APPEARANCES_PER_ARTICLE,
      "appearances",
    );
    if (siblings.some((m) => overlapShare(m, anchor) >= SAME_SPAN))
      throw conflict("mention.wordsTaken");
    if (approval) await claimApproval(tx, approval, "MENTION_REATTACH");
    else {
      // The words a published fact check quotes are what readers read: a second editor checks them
      // (an imported version could have put other words where the quote was).
      const published = await publishedFootprintOfClaim(tx, before.claimId);
      if (published > 0)
        return proposeChange(tx, actor.id, {
          kind: "MENTION_REATTACH",
          targetId: before.id,
          payload: { ...input, exact: anchor.exact, was: before.exact },
          published,
        });
    }
    const { count } = await tx.mention.updateMany({
      where: { id: before.id, orphanedAt: { not: null }, retiredAt: null },
      data: {
        ...anchor,
        revision: article.revision,
        orphanedAt: null,
        orphanReason: null,
      },
    });
    if (count === 0) throw conflict("stale.appearanceGone");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mention.reattach",
      entityType: "Mention",
      entityId: before.id,
      before,
      after: { ...anchor, revision: article.revision },
    });
    return {
      claimId: before.claimId,
      articleId: article.id,
      slugs: await publishedSlug(tx, before.claimId),
    };
  });
  if (needsReview(result)) return result;
  invalidatePublicArticle(result.articleId, result.slugs);
  return { claimId: result.claimId };
}

/**
 * Retires an orphan: its words are gone from the article for good. The row stays (with its old
 * quote and offsets, and who retired it); the claim keeps its other appearances.
 */
export async function retireMention(
  actor: SessionUser,
  input: RetireMentionData,
  // Set when a second editor approves retiring a published claim's appearance.
  approval?: Approval,
): Promise<{ claimId: string } | ReviewNeeded> {
  const result = await db().$transaction(async (tx) => {
    const { mention: before, article } = await loadOrphan(tx, input.mentionId, input.revision);
    if (approval) await claimApproval(tx, approval, "MENTION_RETIRE");
    else {
      // A published fact check still lists an orphaned appearance (with its old quote) in its page
      // and its ClaimReview: taking it away is a change readers see, so a second editor approves it.
      const published = await publishedFootprintOfClaim(tx, before.claimId);
      if (published > 0)
        return proposeChange(tx, actor.id, {
          kind: "MENTION_RETIRE",
          targetId: before.id,
          payload: { ...input, was: before.exact },
          published,
        });
    }
    const now = new Date();
    const { count } = await tx.mention.updateMany({
      where: { id: before.id, orphanedAt: { not: null }, retiredAt: null },
      data: { retiredAt: now, retiredById: actor.id },
    });
    if (count === 0) throw conflict("stale.appearanceGone");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mention.retire",
      entityType: "Mention",
      entityId: before.id,
      before,
      after: { retiredAt: now, reason: input.reason ?? null },
    });
    return {
      claimId: before.claimId,
      articleId: article.id,
      slugs: await publishedSlug(tx, before.claimId),
    };
  });
  if (needsReview(result)) return result;
  invalidatePublicArticle(result.articleId, result.slugs);
  return { claimId: result.claimId };
}
