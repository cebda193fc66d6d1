// Writes for articles: adding one (pasted or uploaded) and correcting its metadata. Each runs in one
// transaction with its audit event. The body is never edited: mention offsets index into it.
import { recordAudit } from "../audit";
import { db, type Tx } from "../db";
import { conflict, err, invalid, notFound } from "../errors";
import { wakeMatchWorker } from "../match-queue/mutations";
import { invalidatePublicArticle } from "../public-cache";
import {
  type Approval,
  claimApproval,
  needsReview,
  proposeChange,
  type ReviewNeeded,
} from "../reviewed-change/mutations";
import { publishedFootprintOfArticle } from "../reviewed-change/published-footprint";
import {
  confirmFurniture,
  type FurnitureRange,
  furnitureOf,
  markFurniture,
  unmarkFurniture,
} from "../text/furniture";
import type { SessionUser } from "../user/session-user";
import {
  assertOutlet,
  countFurnitureLines,
  ImportItemError,
  importArticle,
  importItem,
} from "./import-mutations";
import { emptyReport } from "./import-report";
import type { RawItem } from "./parse";
import { publishedSlugs, reviseArticle, SameTextElsewhereError } from "./revision-mutations";
import type {
  ArticleInput,
  EditFurnitureInput,
  ReviseArticleData,
  UpdateArticleData,
} from "./schema";

/** The paste form: one article. The same text already stored answers with that article. */
export async function addArticle(actor: SessionUser, input: ArticleInput) {
  try {
    const r = await importArticle(db(), actor.id, input);
    if (r.status === "revised") await invalidateRevised([r.id]);
    return { ...r, furnitureLines: countFurnitureLines(input.body) };
  } catch (e) {
    if (e instanceof ImportItemError) throw invalid(e.reason, { outlet: [e.reason] });
    throw e;
  }
}

/**
 * A batch of uploaded items: each in its own transaction, so one bad row costs only that row. The
 * matching to logged claims is queued with each article and done by the worker after this returns
 * (at 1M characters it held the request for over a minute and stalled every reader).
 */
export async function importUploadedItems(actor: SessionUser, items: RawItem[]) {
  const report = emptyReport();
  for (const item of items) await importItem(db(), actor.id, item, report);
  if (report.imported.length) wakeMatchWorker();
  await invalidateRevised(report.revised.map((r) => r.id));
  return report;
}

/** Readers' pages of articles that got a new version (and of their published claims) are stale. */
async function invalidateRevised(ids: string[]) {
  for (const id of new Set(ids)) invalidatePublicArticle(id, await publishedSlugs(db(), id));
}

/** The desk's "Import a new version": re-anchors the mentions, orphans what it cannot place. */
export async function reviseArticleText(actor: SessionUser, input: ReviseArticleData) {
  try {
    const r = await reviseArticle(db(), actor.id, input);
    if (r.status === "revised") invalidatePublicArticle(r.id, r.slugs);
    const { slugs: _slugs, ...result } = r;
    return result;
  } catch (e) {
    if (e instanceof SameTextElsewhereError)
      throw invalid("article.textAlreadyStored", { body: [err("article.textAlreadyArticle")] });
    throw e;
  }
}

// The history shows these by name: "edited the article's details (outlet, title)". The outlet is
// recorded by name, as the editor saw it picked.
const metadataOf = (a: {
  title: string;
  url: string | null;
  lang: string;
  publishedAt: Date | null;
  outlet: { id: string; nameHi: string | null; nameEn: string | null } | null;
}) => ({
  title: a.title,
  outlet: a.outlet ? (a.outlet.nameEn ?? a.outlet.nameHi) : null,
  url: a.url,
  published: a.publishedAt?.toISOString() ?? null,
  language: a.lang,
});

const METADATA_SELECT = {
  id: true,
  version: true,
  title: true,
  url: true,
  lang: true,
  publishedAt: true,
  outlet: { select: { id: true, nameHi: true, nameEn: true } },
} as const;

/** Corrects title, outlet, address, date or language. CONFLICT if someone saved since `version`. */
export async function updateArticle(
  actor: SessionUser,
  input: UpdateArticleData,
  // Set when a second editor approves this edit (lib/review/change-request-mutations.ts): it is applied.
  approval?: Approval,
): Promise<{ version: number } | ReviewNeeded> {
  const result = await db().$transaction(async (tx) => {
    const before = await tx.article.findUnique({
      where: { id: input.articleId },
      select: METADATA_SELECT,
    });
    if (!before) throw notFound("article");
    if (input.outletId) {
      const outlet = await tx.entity.findUnique({
        where: { id: input.outletId },
        select: { id: true },
      });
      if (!outlet) throw notFound("outlet");
      await assertOutlet(tx, input.outletId).catch((e) => {
        throw e instanceof ImportItemError ? invalid(e.reason, { outletId: [e.reason] }) : e;
      });
    }
    const data = {
      title: input.title,
      url: input.url ?? null,
      outletId: input.outletId ?? null,
      publishedAt: input.publishedAt ?? null,
      lang: input.lang,
    };
    if (approval) await claimApproval(tx, approval, "ARTICLE_UPDATE");
    else if (
      data.title !== before.title ||
      data.url !== before.url ||
      data.outletId !== (before.outlet?.id ?? null) ||
      data.publishedAt?.getTime() !== before.publishedAt?.getTime() ||
      data.lang !== before.lang
    ) {
      // Every detail is in a published fact check's JSON-LD and on its article page: held for a
      // second editor when one shows this article.
      const published = await publishedFootprintOfArticle(tx, before.id);
      if (published > 0) {
        if (before.version !== input.version) throw conflict("stale.articleDetails");
        return proposeChange(tx, actor.id, {
          kind: "ARTICLE_UPDATE",
          targetId: before.id,
          payload: input,
          published,
        });
      }
    }
    const { count } = await tx.article.updateMany({
      where: { id: input.articleId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("stale.articleDetails");
    const after = await tx.article.findUniqueOrThrow({
      where: { id: input.articleId },
      select: METADATA_SELECT,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.update",
      entityType: "Article",
      entityId: after.id,
      before: metadataOf(before),
      after: metadataOf(after),
    });
    return { version: after.version, slugs: await publishedSlugs(tx, after.id) };
  });
  if (needsReview(result)) return result;
  invalidatePublicArticle(input.articleId, result.slugs);
  return { version: result.version };
}

// The history shows each range with the start of its text, so "un-marked Advertisement" is legible.
const furnitureAudit = (body: string, ranges: FurnitureRange[]) =>
  ranges.map((r) => ({ ...r, text: body.slice(r.start, Math.min(r.end, r.start + 80)) }));

/**
 * Confirms, marks or un-marks page furniture. Only the furniture ranges change: the body and every
 * mention offset stay as imported. CONFLICT if the article changed since `version`.
 */
export async function editFurniture(
  actor: SessionUser,
  input: EditFurnitureInput,
): Promise<{ version: number; furniture: FurnitureRange[] }> {
  const result = await db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, body: true, furniture: true, version: true },
    });
    if (!article) throw notFound("article");
    if (article.version !== input.version) throw furnitureConflict();
    const before = furnitureOf(article);
    let after: FurnitureRange[];
    if (input.op === "confirm") after = confirmFurniture(before);
    else if (input.op === "unmark") {
      after = unmarkFurniture(before, input.start);
      if (after.length === before.length) throw invalid("article.noFurnitureThere");
    } else {
      if (input.end > article.body.length || input.start >= input.end)
        throw invalid("article.selectionOutside");
      after = markFurniture(before, article.body, input.start, input.end);
      if (after === before) throw invalid("article.selectLineWithText");
      await refuseHidingPublishedQuotes(tx, article.id, before, after);
    }
    const { count } = await tx.article.updateMany({
      where: { id: article.id, version: input.version },
      data: { furniture: after.map((r) => ({ ...r })), version: { increment: 1 } },
    });
    if (count === 0) throw furnitureConflict();
    await recordAudit(tx, {
      actorId: actor.id,
      action: `article.furniture.${input.op}`,
      entityType: "Article",
      entityId: article.id,
      before: { furniture: furnitureAudit(article.body, before) },
      after: { furniture: furnitureAudit(article.body, after) },
    });
    return {
      version: article.version + 1,
      furniture: after,
      slugs: await publishedSlugs(tx, article.id),
    };
  });
  invalidatePublicArticle(input.articleId, result.slugs);
  return { version: result.version, furniture: result.furniture };
}

/**
 * Furniture is hidden from readers, so marking a line that holds a published fact check's quote
 * would take the quote out of the article page readers are sent to, with no second editor. Such a
 * line is not page furniture: refused, naming the claim (its quote changes only by correction).
 */
async function refuseHidingPublishedQuotes(
  tx: Tx,
  articleId: string,
  before: FurnitureRange[],
  after: FurnitureRange[],
) {
  const added = after.filter((r) => !before.some((b) => b.start === r.start && b.end === r.end));
  if (added.length === 0) return;
  const hidden = await tx.mention.findFirst({
    where: {
      articleId,
      retiredAt: null,
      orphanedAt: null,
      claim: { status: "PUBLISHED" },
      OR: added.map((r) => ({ start: { lt: r.end }, end: { gt: r.start } })),
    },
    select: { exact: true },
  });
  if (hidden)
    throw invalid(err("article.furnitureHidesQuote", { quote: hidden.exact.slice(0, 60) }));
}

const furnitureConflict = () => conflict("stale.furniture");
