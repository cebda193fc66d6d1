import "server-only";
import { db } from "../db";
import { requireEditor } from "../require-editor";

/** Verdicts waiting for a second editor, oldest first. */
export async function listReviewQueue() {
  await requireEditor();
  return db().verdict.findMany({
    where: { status: "IN_REVIEW" },
    orderBy: { submittedAt: "asc" },
    take: 200,
    select: {
      id: true,
      submittedAt: true,
      summaryHi: true,
      author: { select: { id: true, name: true } },
      contributors: { select: { userId: true } },
      rating: { select: { labelHi: true, labelEn: true, colour: true } },
      claim: { select: { id: true, textHi: true } },
      // A new version of a published verdict: the queue says so (kind), the claim page compares.
      correction: { select: { kind: true } },
    },
  });
}

/** How many verdicts the signed-in editor could review now (none they wrote or edited). */
export async function countReviewableForMe(): Promise<number> {
  const me = await requireEditor();
  return db().verdict.count({
    where: {
      status: "IN_REVIEW",
      authorId: { not: me.id },
      contributors: { none: { userId: me.id } },
    },
  });
}
