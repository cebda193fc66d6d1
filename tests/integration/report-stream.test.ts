// Reports stream from the database a batch at a time: every matching claim once, in order, whatever
// the batch size; a download the reader abandons stops reading; readers' reports hold published work.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openReportStream } from "@/lib/report/data";
import { REPORT_FORMATS } from "@/lib/report/formats";
import type { CitationReport } from "@/lib/report/model";
import { openPublicReport } from "@/lib/report/public";
import { streamText } from "@/lib/report/stream";
import { makeClaim, makeUser, realQuote, signIn } from "../support/fixtures";

async function logSome(n: number, from: number) {
  const editor = await makeUser();
  signIn(editor);
  const ids: string[] = [];
  for (let i = 0; i < n; i++)
    ids.push((await makeClaim(editor, await realQuote("art_001", from + i), "art_001")).claimId);
  return { editor, ids };
}

describe("streamed reports from the database", () => {
  it("every claim once, in id order, with batches smaller than the report", async () => {
    const { ids } = await logSome(5, 0);
    const total = await db().claim.count({
      // Withdrawn (and merged) claims are left out of reports unless asked for by id.
      where: { mentions: { some: { articleId: "art_001" } }, withdrawnAt: null },
    });
    const progress: [number, string][] = [];
    const report = await openReportStream({ article: "art_001" }, REPORT_FORMATS.json.writer, {
      includeDrafts: true,
      batchSize: 2,
      onProgress: (written, state) => progress.push([written, state]),
    });
    expect(report.total).toBe(total);
    const parsed = JSON.parse(await streamText(report.stream)) as CitationReport;
    const got = parsed.claims.map((c) => c.id);
    expect(got).toHaveLength(total);
    expect(new Set(got).size).toBe(total);
    expect([...got].sort()).toEqual(got);
    expect(got).toEqual(expect.arrayContaining(ids));
    expect(parsed.claims.filter((c) => ids.includes(c.id)).every((c) => c.isDraft)).toBe(true);
    expect(progress.at(-1)).toEqual([total, "done"]);
    expect(progress.length).toBeGreaterThanOrEqual(Math.ceil(total / 2));
  });

  it("a cancelled download stops at the batch it was on", async () => {
    await logSome(4, 10);
    const states: [number, string][] = [];
    const { stream, total } = await openReportStream(
      { article: "art_001" },
      REPORT_FORMATS.csv.writer,
      {
        includeDrafts: true,
        batchSize: 1,
        onProgress: (written, state) => states.push([written, state]),
      },
    );
    expect(total).toBeGreaterThanOrEqual(4);
    const reader = stream.getReader();
    await reader.read(); // the header
    await reader.read(); // the first claim
    await reader.cancel();
    expect(states.at(-1)).toEqual([1, "cancelled"]);
    expect(states.filter(([, s]) => s === "running")).toHaveLength(1);
  });

  it("readers' reports hold published claims only, whatever the filters name", async () => {
    const { ids } = await logSome(1, 20);
    signIn(null);
    const byId = await openPublicReport({ claim: ids[0] }, REPORT_FORMATS.json.writer);
    const none = JSON.parse(await streamText(byId.stream)) as CitationReport;
    expect(byId.total).toBe(0);
    expect(none.claims).toEqual([]);
    // The heading must not give the draft's wording away either.
    expect(none.scope.title).not.toContain(
      (await db().claim.findUniqueOrThrow({ where: { id: ids[0] } })).textHi,
    );

    const all = await openPublicReport({}, REPORT_FORMATS.json.writer);
    const published = JSON.parse(await streamText(all.stream)) as CitationReport;
    expect(published.claims.map((c) => c.id)).toContain("claim_demo_grain");
    expect(published.claims.every((c) => c.status === "PUBLISHED" && !c.isDraft)).toBe(true);
    expect(published.claims.map((c) => c.id)).not.toContain(ids[0]);
  });
});
