import "server-only";
import { db } from "./db";

export async function checkHealth() {
  const t0 = performance.now();
  try {
    const [{ migrations }] = await db().$queryRaw<
      { migrations: number }[]
    >`select count(*)::int as migrations from "_prisma_migrations" where finished_at is not null`;
    return {
      ok: true,
      database: { ok: true, latencyMs: Math.round(performance.now() - t0), migrations },
    };
  } catch (e) {
    console.error("[health] database check failed", e);
    return { ok: false, database: { ok: false, error: "database unreachable" } };
  }
}
