// A new version of an article: the old text is kept as an ArticleRevision, the body replaced, and
// every live mention re-anchored in the new text (lib/anchoring/reanchor.ts). Mentions that cannot
// be placed are orphaned, never dropped: they keep their old offsets (against the revision they were
// logged on) and wait in the orphan queue. One transaction with its audit event, which lists every
// mention's move. Takes the Prisma client as a parameter (no "server-only"): the CLI import uses it.
import crypto from "node:crypto";
import { APPEARANCES_PER_ARTICLE, allRowsOrRefuse } from "../all-rows.ts";
import { type Reanchored, reanchorMentions } from "../anchoring/reanchor.ts";
import { recordAudit } from "../audit.ts";
import type { Tx } from "../db.ts";
import { conflict, notFound } from "../errors.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { detectFurniture } from "../text/furniture.ts";

export const contentHashOf = (body: string) =>
  crypto.createHash("sha256").update(body, "utf8").digest("hex");

export class SameTextElsewhereError extends Error {
  constructor(readonly otherId: string) {
    super("This text is already stored as another article");
  }
}

export interface RevisionOutcome {
  status: "revised" | "unchanged";
  id: string;
  title: string;
  revision: number;
  placed: number;
  orphaned: number;
  /** Published claims that appear in the article: their public pages change with it. */
  slugs: string[];
}

/** Placed mentions that would land on the offsets an orphan of the same claim keeps are orphans too. */
function settle(results: Reanchored[], claimOf: Map<string, string>, oldOrphans: string[]) {
  for (;;) {
    const held = new Set(oldOrphans);
    for (const r of results)
      if (!r.placed) held.add(`${claimOf.get(r.id)}:${r.from.start}:${r.from.end}`);
    let changed = false;
    results = results.map((r) => {
      if (!r.placed || !held.has(`${claimOf.get(r.id)}:${r.to.start}:${r.to.end}`)) return r;
      // Its own old place is not a clash: it is the same row.
      if (r.from.start === r.to.start && r.from.end === r.to.end) return r;
      changed = true;
      return {
        id: r.id,
        placed: false,
        from: r.from,
        reason: "an orphaned appearance of the claim keeps these words",
      };
    });
    if (!changed) return results;
  }
}

/**
 * Replaces an article's text with a new version. `revision`, when given, is the revision the editor
 * read (CONFLICT if another version came in since). The same text as now: "unchanged", nothing written.
 */
export async function reviseArticle(
  prisma: PrismaClient,
  actorId: string | null,
  input: { articleId: string; body: string; revision?: number },
): Promise<RevisionOutcome> {
  const hash = contentHashOf(input.body);
  return prisma.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: {
        id: true,
        title: true,
        body: true,
        contentHash: true,
        revision: true,
        revisedAt: true,
        createdAt: true,
      },
    });
    if (!article) throw notFound("article");
    const slugs = await publishedSlugs(tx, article.id);
    const base = { id: article.id, title: article.title, slugs };
    if (input.revision !== undefined && input.revision !== article.revision)
      throw conflict("stale.articleRevision");
    if (article.contentHash === hash)
      return { ...base, status: "unchanged", revision: article.revision, placed: 0, orphaned: 0 };
    const elsewhere = await tx.article.findUnique({
      where: { contentHash: hash },
      select: { id: true },
    });
    if (elsewhere) throw new SameTextElsewhereError(elsewhere.id);

    // The check-and-set: two new versions at once cannot both build on the same revision.
    const next = article.revision + 1;
    const now = new Date();
    const { count } = await tx.article.updateMany({
      where: { id: article.id, revision: article.revision },
      data: {
        body: input.body,
        contentHash: hash,
        revision: next,
        revisedAt: now,
        // The new text's furniture, detected afresh: the old ranges are offsets into the old text,
        // and an editor's confirmations there do not carry over (they confirm again on the desk).
        furniture: detectFurniture(input.body).map((r) => ({ ...r })),
      },
    });
    if (count === 0) throw conflict("stale.articleRevisionRace");
    await tx.articleRevision.create({
      data: {
        articleId: article.id,
        number: article.revision,
        body: article.body,
        contentHash: article.contentHash,
        createdAt: article.revisedAt ?? article.createdAt,
        createdById: await importerOf(tx, article.id),
      },
    });

    // Every live appearance in this one article: each must be placed or orphaned (nothing dropped
    // silently). Their number is bounded by the article's text, not by the archive; past the cap the
    // new version is refused rather than placing part of them (lib/all-rows.ts).
    const liveRows = await tx.mention.findMany({
      where: { articleId: article.id, orphanedAt: null, retiredAt: null },
      take: APPEARANCES_PER_ARTICLE + 1,
      orderBy: [{ start: "asc" }, { id: "asc" }],
      select: {
        id: true,
        claimId: true,
        exact: true,
        prefix: true,
        suffix: true,
        start: true,
        end: true,
        claim: { select: { status: true } },
      },
    });
    const live = allRowsOrRefuse(liveRows, APPEARANCES_PER_ARTICLE, "appearances");
    // This article's earlier orphans, bounded by its texts like the live ones above.
    const oldOrphans = allRowsOrRefuse(
      await tx.mention.findMany({
        where: { articleId: article.id, orphanedAt: { not: null } },
        take: APPEARANCES_PER_ARTICLE + 1,
        select: { claimId: true, start: true, end: true },
      }),
      APPEARANCES_PER_ARTICLE,
      "appearances",
    );
    const claimOf = new Map(live.map((m) => [m.id, m.claimId]));
    const results = settle(
      reanchorMentions(
        input.body,
        live.map(({ claim, ...m }) => ({ ...m, published: claim.status === "PUBLISHED" })),
      ),
      claimOf,
      oldOrphans.map((o) => `${o.claimId}:${o.start}:${o.end}`),
    );
    const placed = results.filter((r) => r.placed);
    // Park the moving rows on offsets no live row uses, so no move meets another's old place under
    // the (claim, article, start, end) unique index half way through.
    if (placed.length > 0) {
      await tx.$executeRaw`UPDATE "Mention" SET "start" = -1 - "start", "end" = -1 - "end"
        WHERE "id" = ANY(${placed.map((r) => r.id)}::text[])`;
    }
    for (const r of results) {
      if (r.placed) {
        const { exact, prefix, suffix, start, end } = r.to;
        await tx.mention.update({
          where: { id: r.id },
          data: {
            exact,
            prefix,
            suffix,
            start,
            end,
            revision: next,
          },
        });
      } else {
        await tx.mention.update({
          where: { id: r.id },
          data: { orphanedAt: now, orphanReason: r.reason },
        });
      }
    }
    const dismissals = await carryDismissals(tx, article.id, input.body);
    await recordAudit(tx, {
      actorId,
      action: "article.revise",
      entityType: "Article",
      entityId: article.id,
      before: {
        revision: article.revision,
        contentHash: article.contentHash,
        length: article.body.length,
        mentions: live.length,
      },
      after: {
        revision: next,
        contentHash: hash,
        length: input.body.length,
        reanchored: placed.length,
        orphaned: results.length - placed.length,
        moves: results.map((r) =>
          r.placed
            ? {
                mentionId: r.id,
                claimId: claimOf.get(r.id),
                from: r.from,
                to: { start: r.to.start, end: r.to.end },
                method: r.method,
                score: Number(r.score.toFixed(3)),
              }
            : { mentionId: r.id, claimId: claimOf.get(r.id), from: r.from, orphaned: r.reason },
        ),
        dismissals,
      },
    });
    return {
      ...base,
      status: "revised",
      revision: next,
      placed: placed.length,
      orphaned: results.length - placed.length,
    };
  });
}

/**
 * Spotter suggestions an editor dismissed, carried to the new text: a dismissed sentence found again
 * word for word moves with it (first occurrence not already taken); one the new text no longer has is
 * dropped, since any suggestion on changed words is a new one. Bounded by the article's sentences.
 */
const PURGE_CAP = 1000;

async function carryDismissals(tx: Tx, articleId: string, body: string) {
  const rows = await tx.spotDismissal.findMany({
    where: { articleId },
    orderBy: { start: "asc" },
    select: { id: true, start: true, end: true, quote: true },
  });
  const taken = new Set<number>();
  let moved = 0;
  // Park every row off the text first, so no move meets another's old place under (article, start, end).
  if (rows.length > 0)
    await tx.$executeRaw`UPDATE "SpotDismissal" SET "start" = -1 - "start", "end" = -1 - "end"
      WHERE "articleId" = ${articleId}`;
  for (const d of rows) {
    let at = body.indexOf(d.quote);
    while (at >= 0 && taken.has(at)) at = body.indexOf(d.quote, at + 1);
    if (at < 0 || d.quote.length === 0) {
      await tx.spotDismissal.delete({ where: { id: d.id } });
      continue;
    }
    taken.add(at);
    await tx.spotDismissal.update({
      where: { id: d.id },
      data: { start: at, end: at + d.quote.length },
    });
    moved++;
  }
  return { moved, dropped: rows.length - moved };
}

/** Who imported the current text: the last import or new version recorded for the article. */
async function importerOf(tx: Tx, articleId: string) {
  const last = await tx.auditEvent.findFirst({
    where: {
      entityType: "Article",
      entityId: articleId,
      action: { in: ["article.import", "article.revise"] },
    },
    orderBy: { createdAt: "desc" },
    select: { actorId: true },
  });
  return last?.actorId ?? null;
}

/**
 * The published claims with an appearance in the article: their readers' pages show its words, so a
 * change to the article makes them stale. Bounded by one article's text; the cap only guards the purge
 * list against a pathological article.
 */
export async function publishedSlugs(tx: Tx, articleId: string) {
  const cited = await tx.claim.findMany({
    where: { status: "PUBLISHED", mentions: { some: { articleId } } },
    take: PURGE_CAP,
    select: { slug: true },
  });
  return cited.map((c) => c.slug);
}
