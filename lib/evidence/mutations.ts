// Corrections to the evidence a claim cites: its stance, pinpoint quote and note, the cited source's
// library record, or the evidence itself removed. Each takes the claim's version (a stale one is a
// CONFLICT) and is audited in the same transaction.
import { recordAudit } from "../audit";
import { takeClaimVersion } from "../claim/lifecycle-mutations";
import { db } from "../db";
import { notFound } from "../errors";
import { citationOfSource, differences, updateLibraryRecord } from "../source/mutations";
import type { SessionUser } from "../user/session-user";
import type { DeleteEvidenceData, EditEvidenceData } from "./schema";

const LOCKED = "source.lockedWithdrawn";

/** Edits what an evidence item says, and (when asked) corrects its source's library record. */
export async function editEvidence(
  actor: SessionUser,
  input: EditEvidenceData,
): Promise<{ claimVersion: number }> {
  return db().$transaction(async (tx) => {
    const before = await tx.evidence.findUnique({
      where: { id: input.evidenceId },
      include: { source: true },
    });
    if (!before) throw notFound("evidence");
    const claim = await takeClaimVersion(tx, actor, before.claimId, input.claimVersion, LOCKED);
    if (input.citation) {
      const { sourceVersion, ...typed } = input.citation;
      const changed = differences(citationOfSource(before.source), typed).length > 0;
      // The library's own rule: version-checked, audited as source.update, and refused while a
      // claim in review or published cites the record.
      if (changed) await updateLibraryRecord(tx, actor, before.source, sourceVersion, typed);
    }
    const after = await tx.evidence.update({
      where: { id: before.id },
      data: { stance: input.stance, quote: input.quote ?? null, note: input.note ?? null },
    });
    const { source: _source, ...beforeRow } = before;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.update",
      entityType: "Evidence",
      entityId: before.id,
      before: beforeRow,
      after,
    });
    return { claimVersion: claim.version + 1 };
  });
}

/** Removes an evidence item from its claim. The library's source record stays for other claims. */
export async function deleteEvidence(
  actor: SessionUser,
  input: DeleteEvidenceData,
): Promise<{ claimVersion: number }> {
  return db().$transaction(async (tx) => {
    const before = await tx.evidence.findUnique({ where: { id: input.evidenceId } });
    if (!before) throw notFound("evidence");
    const claim = await takeClaimVersion(tx, actor, before.claimId, input.claimVersion, LOCKED);
    await tx.evidence.delete({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.delete",
      entityType: "Evidence",
      entityId: before.id,
      before,
    });
    return { claimVersion: claim.version + 1 };
  });
}
