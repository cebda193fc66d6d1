// Sources and the evidence that cites them. A Source is a shared library record (one per URL); each
// Evidence row is one claim citing it with what it shows. No editor's citation details are dropped
// silently: a URL already in the library with other details is a conflict the editor resolves.
import { recordAudit } from "../audit";
import { type SourceAuthor, sameAuthors } from "../author/names";
import { authorsOf } from "../author/schema";
import { todayStored } from "../calendar/days";
import { isoStoredDay } from "../calendar/format";
import { canEditClaimContent, WORKING_STATUSES } from "../claim/policy";
import { db, type Tx } from "../db";
import { conflict, DomainError, err, forbidden, notFound } from "../errors";
import type { Prisma, Source } from "../generated/prisma/client";
import type { SessionUser } from "../user/session-user";
import {
  type AddEvidenceData,
  CITATION_FIELDS,
  type Citation,
  type CitationField,
  type LibraryConflict,
} from "./schema";
import { canonicalUrl } from "./url";

/** The library record's citation details, as the forms compare them. */
export function citationOfSource(s: Source): Citation & { authors: SourceAuthor[] } {
  return {
    title: s.title,
    publisher: s.publisher,
    authors: authorsOf(s.authors),
    publishedAt: isoStoredDay(s.publishedAt),
    archiveUrl: s.archiveUrl,
    lang: s.lang,
  };
}

function citationOfInput(input: AddEvidenceData): Citation {
  return {
    title: input.title,
    publisher: input.publisher ?? null,
    authors: input.authors.length ? input.authors : null,
    publishedAt: isoStoredDay(input.publishedAt),
    archiveUrl: input.archiveUrl ?? null,
    lang: input.lang ?? null,
  };
}

/** Fields the editor filled in that say something else than the library's record. */
export function differences(stored: Citation, typed: Citation): CitationField[] {
  return CITATION_FIELDS.filter((f) => {
    if (f !== "authors") return typed[f] !== null && typed[f] !== stored[f];
    return typed.authors !== null && !sameAuthors(stored.authors ?? [], typed.authors);
  });
}

// The list is checked by lib/author/schema.ts; Prisma's JSON input type just cannot see that.
const authorsJson = (a: SourceAuthor[]) => a as Prisma.InputJsonValue;

/**
 * Changes a shared library record: audited with before and after, conflict-checked by version, and
 * refused while a claim in review or published cites it (readers would see the change unreviewed).
 */
export async function updateLibraryRecord(
  tx: Tx,
  actor: SessionUser,
  source: Source,
  version: number,
  typed: Citation,
) {
  const locked = await tx.evidence.count({
    where: { sourceId: source.id, claim: { status: { notIn: [...WORKING_STATUSES] } } },
  });
  if (locked > 0) {
    throw forbidden("source.citedLocked");
  }
  const fields = differences(citationOfSource(source), typed);
  const data: Prisma.SourceUpdateManyMutationInput = {};
  for (const f of fields) {
    if (f === "authors") data.authors = authorsJson(typed.authors ?? []);
    else if (f === "publishedAt")
      data.publishedAt = typed.publishedAt ? new Date(typed.publishedAt) : null;
    else if (f === "title") data.title = typed.title ?? source.title;
    else data[f] = typed[f];
  }
  const { count } = await tx.source.updateMany({
    where: { id: source.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    throw conflict("stale.source");
  }
  const after = await tx.source.findUniqueOrThrow({ where: { id: source.id } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "source.update",
    entityType: "Source",
    entityId: source.id,
    before: source,
    after,
  });
}

/** Attaches a source to a claim with what it shows. */
export async function addEvidence(
  actor: SessionUser,
  input: AddEvidenceData,
): Promise<{ evidenceId: string; sourceId: string }> {
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { id: true, status: true, withdrawnAt: true },
    });
    if (!claim) throw notFound("claim");
    if (!canEditClaimContent(actor, claim)) throw forbidden("source.lockedWithdrawn");
    const url = canonicalUrl(input.url);
    const typed = citationOfInput(input);
    let source = await tx.source.findUnique({ where: { url } });
    let declined: Partial<Citation> | undefined;
    if (!source) {
      source = await tx.source.create({
        data: {
          url,
          title: input.title,
          publisher: input.publisher,
          authors: authorsJson(input.authors),
          lang: input.lang,
          publishedAt: input.publishedAt,
          // Read today, if the editor gave no day: a day, like every value this column holds.
          accessedAt: input.accessedAt ?? todayStored(),
          archiveUrl: input.archiveUrl,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "source.create",
        entityType: "Source",
        entityId: source.id,
        after: source,
      });
    } else {
      const differ = differences(citationOfSource(source), typed);
      if (differ.length > 0 && !input.libraryChoice) {
        const details: LibraryConflict = {
          source: { id: source.id, version: source.version, ...citationOfSource(source) },
          differences: differ,
        };
        throw new DomainError("CONFLICT", err("source.addressTaken"), undefined, details);
      }
      if (differ.length > 0 && input.libraryChoice === "update") {
        await updateLibraryRecord(tx, actor, source, input.sourceVersion ?? -1, typed);
      } else if (differ.length > 0) {
        // The editor chose the library's record: what they typed is kept in the audit event, not lost.
        declined = Object.fromEntries(differ.map((f) => [f, typed[f]]));
      }
    }
    const evidence = await tx.evidence.create({
      data: {
        claimId: claim.id,
        sourceId: source.id,
        stance: input.stance,
        quote: input.quote,
        note: input.note,
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.create",
      entityType: "Evidence",
      entityId: evidence.id,
      after: declined ? { ...evidence, declinedCitation: declined } : evidence,
    });
    return { evidenceId: evidence.id, sourceId: source.id };
  });
}

export async function removeEvidence(actor: SessionUser, evidenceId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({
      where: { id: evidenceId },
      include: { claim: { select: { status: true, withdrawnAt: true } } },
    });
    if (!evidence) throw notFound("evidence");
    if (!canEditClaimContent(actor, evidence.claim)) throw forbidden("source.lockedInReview");
    await tx.evidence.delete({ where: { id: evidenceId } });
    const { claim: _claim, ...before } = evidence;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.delete",
      entityType: "Evidence",
      entityId: evidenceId,
      before,
    });
  });
}
