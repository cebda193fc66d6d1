import "server-only";
import { db } from "../db";
import { requireEditor } from "../require-editor";

const ratingLabel = { select: { labelHi: true, labelEn: true, colour: true } } as const;

/**
 * For readers: approved corrections, clarifications and retractions, newest first, one page at a
 * time (the log grows forever, so it is never read whole).
 */
export async function listPublishedCorrections(page: number, pageSize: number) {
  // publishedAt alone decides: a correction is approved only on a published claim, and a published
  // claim never goes back (a retraction keeps it PUBLISHED). No join, so the (publishedAt, id) index
  // answers the page in order (measured in README).
  const where = { publishedAt: { not: null } };
  const [rows, total] = await Promise.all([
    db().correction.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        kind: true,
        noteHi: true,
        noteEn: true,
        publishedAt: true,
        claim: { select: { slug: true, textHi: true, textEn: true } },
        replaces: { select: { rating: ratingLabel } },
        verdict: { select: { rating: ratingLabel } },
      },
    }),
    db().correction.count({ where }),
  ]);
  const items = rows.map(({ replaces, verdict, publishedAt, ...c }) => ({
    ...c,
    // publishedAt is set on every row the where clause lets through.
    publishedAt: publishedAt ?? new Date(0),
    from: replaces?.rating ?? null,
    to: verdict?.rating ?? null,
  }));
  return { items, total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** For the review queue: retractions waiting for a second editor. */
export async function listPendingRetractions() {
  await requireEditor();
  return db().correction.findMany({
    where: { kind: "RETRACTION", publishedAt: null },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      noteHi: true,
      createdAt: true,
      requestedBy: { select: { id: true, name: true } },
      claim: { select: { id: true, textHi: true } },
    },
  });
}
