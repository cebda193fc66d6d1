// Runs once when a Next.js server starts (Next's instrumentation hook): starts the worker that does
// the matching imports leave queued (lib/match-job/worker.ts). NEXT_RUNTIME is Next's own marker,
// set at build time, not configuration: the Edge build drops this branch and never bundles Prisma.
// The worker has a client of its own (created on its first batch, never during `next build`), so its
// queries never wait behind readers' in the app's pool.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ createPrismaClient }, { env }, { startMatchWorker }] = await Promise.all([
    import("./lib/db-client"),
    import("./lib/env"),
    import("./lib/match-job/worker"),
  ]);
  let client: ReturnType<typeof createPrismaClient> | undefined;
  startMatchWorker(() => {
    client ??= createPrismaClient(env().DATABASE_URL);
    return client;
  });
}
