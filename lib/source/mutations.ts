import { recordAudit } from "../audit";
import { canEditClaimContent } from "../claim/policy";
import { db } from "../db";
import { forbidden, notFound } from "../errors";
import type { SessionUser } from "../session";
import type { AddEvidenceData } from "./schema";

/** The form of a URL two sources are compared by: no fragment-less duplicates for trailing slashes or case of host. */
export function canonicalUrl(raw: string): string {
  const u = new URL(raw);
  u.hostname = u.hostname.toLowerCase();
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.slice(0, -1);
  return u.toString();
}

/** Attaches a source to a claim with what it shows. A URL already known reuses its source record. */
export async function addEvidence(actor: SessionUser, input: AddEvidenceData): Promise<{ evidenceId: string; sourceId: string }> {
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, status: true } });
    if (!claim) throw notFound("Claim");
    if (!canEditClaimContent(actor, claim)) throw forbidden("Sources are locked while the claim is in review or published.");
    const url = canonicalUrl(input.url);
    let source = await tx.source.findUnique({ where: { url } });
    if (!source) {
      source = await tx.source.create({
        data: {
          url,
          title: input.title,
          publisher: input.publisher,
          author: input.author,
          lang: input.lang,
          publishedAt: input.publishedAt,
          accessedAt: input.accessedAt ?? new Date(),
          archiveUrl: input.archiveUrl,
        },
      });
      await recordAudit(tx, { actorId: actor.id, action: "source.create", entityType: "Source", entityId: source.id, after: source });
    }
    const evidence = await tx.evidence.create({
      data: { claimId: claim.id, sourceId: source.id, stance: input.stance, quote: input.quote, note: input.note, createdById: actor.id },
    });
    await recordAudit(tx, { actorId: actor.id, action: "evidence.create", entityType: "Evidence", entityId: evidence.id, after: evidence });
    return { evidenceId: evidence.id, sourceId: source.id };
  });
}

export async function removeEvidence(actor: SessionUser, evidenceId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId }, include: { claim: { select: { status: true } } } });
    if (!evidence) throw notFound("Evidence");
    if (!canEditClaimContent(actor, evidence.claim)) throw forbidden("Sources are locked while the claim is in review or published.");
    await tx.evidence.delete({ where: { id: evidenceId } });
    const { claim: _claim, ...before } = evidence;
    await recordAudit(tx, { actorId: actor.id, action: "evidence.delete", entityType: "Evidence", entityId: evidenceId, before });
  });
}
