// Bringing articles into Pramaan: the seed, `npm run import` and the desk's upload all go through
// importArticle(), so they agree on what an article is and when two are the same.
//
// The body is kept exactly as imported (mention offsets index into it) except that line endings
// become \n (see articleInputSchema). Each item is written in its own transaction with its audit
// event: an item that fails leaves no row and no event, and the items before it stay imported.
// Takes the Prisma client as a parameter (no "server-only"): the seed and the CLI run outside Next.
import { recordAudit } from "../audit.ts";
import type { Tx } from "../db.ts";
import { OUTLET_KINDS } from "../entity/kinds.ts";
import { englishOf } from "../error-words.ts";
import { type ErrorDescriptor, err } from "../errors.ts";
import { issueEnglish, issueReason, parseForForm } from "../form-errors.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { enqueueMatch } from "../match-queue/mutations.ts";
import { detectFurniture, isFurnitureLine } from "../text/furniture.ts";
import { emptyReport, type ImportReport } from "./import-report.ts";
import { parseImportFile, type RawItem } from "./parse.ts";
import { contentHashOf, reviseArticle } from "./revision-mutations.ts";
import { type ArticleInput, articleInputSchema, BODY_BIDI_CONTROLS } from "./schema.ts";

/** The headline: the first line with words in it that is not app or paywall furniture. */
export function guessTitle(body: string): string {
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.replace(/\u00A0/g, " ").trim();
    if (line.length < 8 || isFurnitureLine(line)) continue;
    return line.length > 200 ? `${line.slice(0, 197)}…` : line;
  }
  return "Untitled article";
}

/** Lines the furniture detector flags (ads, app promotion, "Leave A Reply"): shown in the import report. */
export const countFurnitureLines = (body: string) =>
  body.split("\n").filter((l) => l.trim() && isFurnitureLine(l)).length;

/** An item refused for a reason the desk words in its language (`message` is the English). */
export class ImportItemError extends Error {
  constructor(public readonly reason: ErrorDescriptor) {
    super(englishOf(reason));
  }
}

const isOutletKind = (kind: string) => (OUTLET_KINDS as readonly string[]).includes(kind);

/**
 * The outlet a file names: an entity id, or an outlet's exact name (Hindi, English or alias). Only an
 * outlet or a news agency may be one: a person or a ministry named as the outlet would be shown to
 * readers (and in the ClaimReview) as the publisher.
 */
async function resolveOutlet(tx: Tx, ref: string) {
  const candidates = await tx.entity.findMany({
    where: { OR: [{ id: ref }, { nameHi: ref }, { nameEn: ref }, { aliases: { has: ref } }] },
    orderBy: { id: "asc" },
    take: 20,
    select: { id: true, kind: true, mergedIntoId: true },
  });
  if (candidates.length === 0) throw new ImportItemError(err("article.noSuchEntity", { ref }));
  // A person and an outlet may share a name (a newspaper named after its founder): the outlet wins.
  const found =
    candidates.find((c) => c.id === ref && isOutletKind(c.kind)) ??
    candidates.find((c) => c.id !== ref && isOutletKind(c.kind));
  if (!found) throw new ImportItemError(err("article.notAnOutlet", { ref }));
  await assertOutlet(tx, found.mergedIntoId ?? found.id);
  return found.mergedIntoId ?? found.id;
}

/** Throws ImportItemError unless `id` is a live outlet or news agency (a merge's survivor included). */
export async function assertOutlet(tx: Tx, id: string) {
  const outlet = await tx.entity.findUnique({ where: { id }, select: { kind: true } });
  if (!outlet) throw new ImportItemError(err("article.noSuchOutlet"));
  if (!isOutletKind(outlet.kind)) throw new ImportItemError(err("article.outletKind"));
}

type ImportOutcome =
  | { status: "imported" | "skipped"; id: string; title: string }
  | {
      status: "revised";
      id: string;
      title: string;
      revision: number;
      reanchored: number;
      orphaned: number;
    };

/**
 * Imports one validated article in its own transaction, with its audit event. The same text
 * already stored is "skipped", not an error. Other text at the address of an article already
 * stored is a new version of that article (lib/article/revision-mutations.ts). `id` is for the seed's fixed ids only.
 */
export async function importArticle(
  prisma: PrismaClient,
  actorId: string | null,
  input: Omit<ArticleInput, "outlet" | "outletTyped" | "publishedAt"> & {
    outlet?: string;
    publishedAt?: Date;
    id?: string;
    eventDate?: Date | null;
    outletId?: string | null;
  },
): Promise<ImportOutcome> {
  const hash = contentHashOf(input.body);
  const existing = () =>
    prisma.article.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  const before = await existing();
  if (before) return { status: "skipped", ...before };
  if (input.url) {
    const sameAddress = await prisma.article.findFirst({
      where: { url: input.url },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (sameAddress) {
      const r = await reviseArticle(prisma, actorId, {
        articleId: sameAddress.id,
        body: input.body,
      });
      return {
        status: "revised",
        id: r.id,
        title: r.title,
        revision: r.revision,
        reanchored: r.placed,
        orphaned: r.orphaned,
      };
    }
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const outletId =
        input.outletId ?? (input.outlet ? await resolveOutlet(tx, input.outlet) : null);
      const article = await tx.article.create({
        data: {
          id: input.id,
          title: input.title,
          body: input.body,
          lang: input.lang,
          contentHash: hash,
          outletId,
          url: input.url ?? null,
          publishedAt: input.publishedAt ?? null,
          eventDate: input.eventDate ?? null,
          // Detected now, confirmed or adjusted by an editor later; the body itself is untouched.
          furniture: detectFurniture(input.body).map((r) => ({ ...r })),
        },
        select: { id: true, title: true, url: true, outletId: true, lang: true, publishedAt: true },
      });
      // Matching the text to logged claims is queued with the article, done later (lib/match-job).
      await enqueueMatch(tx, article.id);
      await recordAudit(tx, {
        actorId,
        action: "article.import",
        entityType: "Article",
        entityId: article.id,
        after: { ...article, contentHash: hash, length: input.body.length },
      });
      return { status: "imported" as const, id: article.id, title: article.title };
    });
  } catch (e) {
    // Two imports of the same text at once: the loser finds the winner's row.
    if ((e as { code?: string }).code === "P2002") {
      const winner = await existing();
      if (winner) return { status: "skipped", ...winner };
    }
    throw e;
  }
}

/** Validates and imports one raw item, recording the outcome in the report. Never throws for bad input. */
export async function importItem(
  prisma: PrismaClient,
  actorId: string | null,
  item: RawItem,
  report: ImportReport,
): Promise<void> {
  const where = { file: item.file, line: item.line };
  // The form wording (lib/messages.ts): reasons for the desk, English after the column name for the CLI.
  const parsed = parseForForm(articleInputSchema, item.fields);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => `${i.path.length ? `${i.path.join(".")}: ` : ""}${issueEnglish(i.message)}`)
      .join("; ");
    const reasons = parsed.error.issues.map((i) => ({
      ...(i.path.length ? { at: i.path.join(".") } : {}),
      reason: issueReason(i.message),
    }));
    report.failed.push({ ...where, message, reasons });
    return;
  }
  try {
    const r = await importArticle(prisma, actorId, parsed.data);
    const raw = (item.fields as { body?: unknown } | null)?.body;
    const done = {
      ...where,
      id: r.id,
      title: r.title,
      furnitureLines: countFurnitureLines(parsed.data.body),
      bidiRemoved: typeof raw === "string" ? (raw.match(BODY_BIDI_CONTROLS) ?? []).length : 0,
    };
    if (r.status === "revised")
      report.revised.push({
        ...done,
        revision: r.revision,
        reanchored: r.reanchored,
        orphaned: r.orphaned,
      });
    else (r.status === "imported" ? report.imported : report.skipped).push(done);
  } catch (e) {
    if (e instanceof ImportItemError)
      report.failed.push({ ...where, message: e.message, reasons: [{ reason: e.reason }] });
    else {
      console.error(`[import] ${item.file}:${item.line}`, e);
      const refused = err("gate.itemRefused");
      report.failed.push({ ...where, message: englishOf(refused), reasons: [{ reason: refused }] });
    }
  }
}

/** Parses and imports one file's items in order, one transaction each. */
export async function importFile(
  prisma: PrismaClient,
  actorId: string | null,
  file: { name: string; content: string },
): Promise<ImportReport> {
  const report = emptyReport();
  const { items, failed } = parseImportFile(file.name, file.content);
  report.failed.push(...failed);
  for (const item of items) await importItem(prisma, actorId, item, report);
  report.failed.sort((a, b) => a.line - b.line);
  return report;
}
