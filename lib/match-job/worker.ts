// Does the matching an import queued (lib/match-queue/mutations.ts) off the request path: in the server
// process a timer runs one bounded batch at a time, and the CLI import runs batches for its own
// articles. A batch claims jobs one by one until its time budget is spent; each job spots the body
// window by window and matches its passages a bounded statement at a time (lib/claim/match.ts),
// yielding to the event loop (setImmediate) between steps, so readers' requests are served while it
// runs. No framework imports: the client is a parameter.
import { type AlreadyLogged, matchArticle } from "../claim/match.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import {
  claimMatchJob,
  completeMatchJob,
  failMatchJob,
  matchWorkerSlot,
} from "../match-queue/mutations.ts";
import type { RegistryMatcher } from "../spot/attribution.ts";
import { registryMatcher } from "../spot/suggestions.ts";

// The registry's names, as the reader's suggestions read them: bounded by the registry, not by
// claims or articles.
const REGISTRY_NAMES_CAP = 20_000;
/** A batch takes no new job once this much time has passed (a job already started finishes). */
const BATCH_BUDGET_MS = 1_000;

const yieldToReaders = () => new Promise<void>((resolve) => setImmediate(resolve));

// The matcher over the registry's names, kept for a minute between batches (a batch runs every
// second while jobs wait): an entity added meanwhile is matched from the next minute on.
const MATCHER_TTL_MS = 60_000;
let cachedMatcher: { matcher: RegistryMatcher; at: number; prisma: PrismaClient } | null = null;

async function matcherFor(prisma: PrismaClient): Promise<RegistryMatcher> {
  const now = performance.now();
  if (cachedMatcher?.prisma === prisma && now - cachedMatcher.at < MATCHER_TTL_MS)
    return cachedMatcher.matcher;
  const matcher = registryMatcher(
    await prisma.entity.findMany({
      where: { mergedIntoId: null },
      take: REGISTRY_NAMES_CAP,
      select: { id: true, nameHi: true, nameEn: true, aliases: true, kind: true },
    }),
  );
  cachedMatcher = { matcher, at: now, prisma };
  return matcher;
}

export interface MatchedArticle {
  articleId: string;
  alreadyLogged: AlreadyLogged[];
}

/**
 * One batch: claims waiting jobs (of `articleIds` only, when given) until the budget is spent or
 * none is left, and returns what each finished job found. `more`: a job was still waiting.
 */
export async function runMatchBatch(
  prisma: PrismaClient,
  options: { budgetMs?: number; articleIds?: readonly string[] } = {},
): Promise<{ done: MatchedArticle[]; more: boolean }> {
  const started = performance.now();
  const budget = options.budgetMs ?? BATCH_BUDGET_MS;
  const done: MatchedArticle[] = [];
  const query = (sql: string, params: unknown[]) =>
    prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  while (performance.now() - started < budget) {
    const job = await claimMatchJob(prisma, options.articleIds);
    if (!job) return { done, more: false };
    try {
      const matcher = await matcherFor(prisma);
      const article = await prisma.article.findUnique({
        where: { id: job.articleId },
        select: { id: true, body: true },
      });
      const alreadyLogged = article
        ? await matchArticle(query, matcher, article, yieldToReaders)
        : [];
      await completeMatchJob(prisma, job.id, alreadyLogged);
      done.push({ articleId: job.articleId, alreadyLogged });
    } catch (e) {
      console.error(`[match-job] article ${job.articleId}`, e);
      await failMatchJob(prisma, job.id, e);
    }
    await yieldToReaders();
  }
  return { done, more: true };
}

const IDLE_MS = 2_000;
const BETWEEN_BATCHES_MS = 50;

/**
 * Starts the server process's worker (once per process): a batch, then a short pause while jobs
 * remain, else a poll every IDLE_MS (other instances' imports land in the same table). Started by
 * instrumentation.ts when the server starts; tests run batches themselves.
 */
export function startMatchWorker(prisma: () => PrismaClient): void {
  if (matchWorkerSlot.pramaanMatchWorker) return;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  const tick = async () => {
    timer = null;
    if (running) return;
    running = true;
    let next = IDLE_MS;
    try {
      const { more } = await runMatchBatch(prisma());
      if (more) next = BETWEEN_BATCHES_MS;
    } catch (e) {
      console.error("[match-job] batch failed", e);
      next = IDLE_MS * 5;
    } finally {
      running = false;
      schedule(next);
    }
  };
  matchWorkerSlot.pramaanMatchWorker = { wake: () => schedule(0) };
  schedule(IDLE_MS);
}
