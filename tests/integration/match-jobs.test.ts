// The queue an import leaves its matching in (lib/match-job): several workers never take the same
// job (FOR UPDATE SKIP LOCKED), a job whose worker died is taken again once its lease runs out, and
// a batch does the waiting jobs and stores what it found.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { importFile } from "@/lib/article/import-mutations";
import { db } from "@/lib/db";
import { runMatchBatch } from "@/lib/match-job/worker";
import { claimMatchJob } from "@/lib/match-queue/mutations";

const tag = () => crypto.randomBytes(4).toString("hex");

async function importSome(n: number): Promise<string[]> {
  const t = tag();
  const items = Array.from({ length: n }, (_, i) => ({
    title: `कतार लेख ${i} ${t}`,
    body: `BBC के मुताबिक, उत्तर कोरिया के पास लाखों की संख्या में आर्टिलेरी शेल हैं। ${i} ${t}`,
  }));
  const r = await importFile(db(), null, { name: `q-${t}.json`, content: JSON.stringify(items) });
  expect(r.imported).toHaveLength(n);
  return r.imported.map((a) => a.id);
}

describe("match jobs", () => {
  it("the import queues one job per new article, in the article's transaction", async () => {
    const ids = await importSome(2);
    const jobs = await db().matchJob.findMany({ where: { articleId: { in: ids } } });
    expect(jobs.map((j) => [j.doneAt, j.result])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it("two workers claiming at once never take the same job", async () => {
    const ids = await importSome(2);
    const [a, b] = await Promise.all([claimMatchJob(db(), ids), claimMatchJob(db(), ids)]);
    expect(a && b).toBeTruthy();
    expect(new Set([a?.id, b?.id]).size).toBe(2);
    expect(await claimMatchJob(db(), ids)).toBeNull(); // both leased
  });

  it("a job whose worker died is claimed again after its lease", async () => {
    const [id] = await importSome(1);
    const first = await claimMatchJob(db(), [id]);
    expect(first).not.toBeNull();
    expect(await claimMatchJob(db(), [id])).toBeNull();
    await db().matchJob.update({
      where: { articleId: id },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect((await claimMatchJob(db(), [id]))?.id).toBe(first?.id);
  });

  it("a batch does the waiting jobs and stores the result; done jobs are not taken again", async () => {
    const ids = await importSome(3);
    const r = await runMatchBatch(db(), { articleIds: ids, budgetMs: 60_000 });
    expect(r.more).toBe(false);
    expect(r.done.map((d) => d.articleId).sort()).toEqual([...ids].sort());
    const jobs = await db().matchJob.findMany({ where: { articleId: { in: ids } } });
    expect(jobs.every((j) => j.doneAt && Array.isArray(j.result) && j.lockedUntil === null)).toBe(
      true,
    );
    expect((await runMatchBatch(db(), { articleIds: ids })).done).toEqual([]);
  });

  it("a batch stops taking jobs when its time budget is spent", async () => {
    const ids = await importSome(3);
    const r = await runMatchBatch(db(), { articleIds: ids, budgetMs: 0 });
    expect(r).toEqual({ done: [], more: true });
    const waiting = await db().matchJob.count({ where: { articleId: { in: ids }, doneAt: null } });
    expect(waiting).toBe(3);
  });
});
