import "server-only";
import { db } from "../db";
import { requireEditor } from "../require-editor";

export async function listClaimsForDesk() {
  await requireEditor();
  return db().claim.findMany({
    orderBy: { updatedAt: "desc" },
    take: 500,
    select: {
      id: true,
      slug: true,
      textHi: true,
      textEn: true,
      status: true,
      updatedAt: true,
      _count: { select: { mentions: true, evidence: true } },
      verdicts: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          status: true,
          rating: { select: { labelHi: true, labelEn: true, colour: true } },
        },
      },
    },
  });
}

/**
 * Claims an editor might be logging again from another article. Only open ones: a claim in review or
 * published cannot take a new appearance without review.
 */
export async function listClaimChoices() {
  await requireEditor();
  return db().claim.findMany({
    where: { status: "OPEN" },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, textHi: true, textEn: true },
  });
}

/** Who did what to a claim, its appearances, sources and verdicts: newest first. */
export async function listClaimHistory(claim: {
  id: string;
  mentions: { id: string }[];
  evidence: { id: string; source: { id: string } }[];
}) {
  await requireEditor();
  const verdictIds = (
    await db().verdict.findMany({ where: { claimId: claim.id }, select: { id: true } })
  ).map((v) => v.id);
  return db().auditEvent.findMany({
    where: {
      OR: [
        { entityType: "Claim", entityId: claim.id },
        { entityType: "Verdict", entityId: { in: verdictIds } },
        { entityType: "Mention", entityId: { in: claim.mentions.map((m) => m.id) } },
        { entityType: "Evidence", entityId: { in: claim.evidence.map((e) => e.id) } },
        // Shared library records this claim cites: who changed their citation fields, and how.
        { entityType: "Source", entityId: { in: claim.evidence.map((e) => e.source.id) } },
        // Corrections and retraction requests, withdrawn ones included (their rows are gone; the
        // events name the claim).
        { entityType: "Correction", after: { path: ["claimId"], equals: claim.id } },
        { entityType: "Correction", before: { path: ["claimId"], equals: claim.id } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      action: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
}
