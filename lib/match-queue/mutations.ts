// The queue of matching work an import leaves behind (model MatchJob): one row per newly imported
// article, written in the article's own transaction, so an article that is stored always has its job.
// Claimed with FOR UPDATE SKIP LOCKED under a lease: several app instances (and `npm run import`)
// share the queue without taking the same row, and a worker that dies mid-job leaves the row to be
// claimed again once its lease runs out. Takes the client as a parameter: the CLI runs it too.
// Kept apart from the worker (lib/match-job), which reads claims and spots text: the import writes
// here, and so depends on nothing that depends on articles.
import type { Tx } from "../db.ts";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";

/** Longer than any one job takes (a 2M-character article is seconds of work), short enough to retry soon. */
const LEASE_SECONDS = 120;
/** A job that failed this often stays in the table with its error and is not tried again. */
export const MAX_ATTEMPTS = 3;

/** Queues (or re-queues) the matching of one article's text; call inside the import's transaction. */
export async function enqueueMatch(tx: Tx, articleId: string): Promise<void> {
  await tx.matchJob.upsert({
    where: { articleId },
    create: { articleId },
    update: { result: Prisma.DbNull, doneAt: null, attempts: 0, error: null, lockedUntil: null },
  });
}

export interface ClaimedJob {
  id: string;
  articleId: string;
}

/**
 * Takes the oldest waiting job (of `articleIds` only, when given) for LEASE_SECONDS, or null. One at
 * a time, so a worker never holds leases on jobs it will not reach within its time budget.
 */
export async function claimMatchJob(
  prisma: PrismaClient,
  articleIds?: readonly string[],
): Promise<ClaimedJob | null> {
  const rows = await prisma.$queryRawUnsafe<ClaimedJob[]>(
    `UPDATE "MatchJob" j
       SET "lockedUntil" = now() + make_interval(secs => $1), attempts = j.attempts + 1
     WHERE j.id = (
       SELECT id FROM "MatchJob"
       WHERE "doneAt" IS NULL AND attempts < $2
         AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
         AND ($3::text[] IS NULL OR "articleId" = ANY($3::text[]))
       ORDER BY "createdAt", id
       LIMIT 1
       FOR UPDATE SKIP LOCKED
     )
     RETURNING j.id, j."articleId"`,
    LEASE_SECONDS,
    MAX_ATTEMPTS,
    articleIds ? [...articleIds] : null,
  );
  return rows[0] ?? null;
}

/** Stores a finished job's result and releases it. */
export async function completeMatchJob(prisma: PrismaClient, id: string, result: unknown) {
  await prisma.matchJob.update({
    where: { id },
    data: { result: result as object, doneAt: new Date(), lockedUntil: null, error: null },
  });
}

/** Releases a failed job with its error: it is claimed again until it has failed MAX_ATTEMPTS times. */
export async function failMatchJob(prisma: PrismaClient, id: string, error: unknown) {
  await prisma.matchJob.update({
    where: { id },
    data: { lockedUntil: null, error: String(error).slice(0, 2000) },
  });
}

/** The server process's worker, when this process runs one (lib/match-job/worker.ts fills it). */
export const matchWorkerSlot = globalThis as unknown as { pramaanMatchWorker?: { wake(): void } };

/** After an import: the next batch now rather than at the next poll (when this process runs a worker). */
export const wakeMatchWorker = () => matchWorkerSlot.pramaanMatchWorker?.wake();
