// The exports' narrow batch query (lib/report/report-query.ts) builds the same report as the full
// dossier query every other view reads, for editors and for readers, whatever the batch size. Run over
// a generated corpus (scripts/bench/corpus.ts) in a database of its own: chains with anonymous and
// affiliated sources, sources, verdicts in every status with contributors; plus published and pending
// corrections and retractions added here. A field one reader carries and the other does not fails here.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDossierBatch } from "@/lib/claim/dossier-query";
import { createPrismaClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reportClaims } from "@/lib/report/build";
import type { ReportClaim } from "@/lib/report/model";
import type { ReportDossierBatch } from "@/lib/report/report-dossier";
import { readReportBatch } from "@/lib/report/report-query";
import { generateCorpus } from "../../scripts/bench/corpus";
import { ownerUrl } from "../support/owner-sql";

const baseUrl = ownerUrl();
const dbName = `report_query_${process.pid}`;
const url = (() => {
  const u = new URL(baseUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

async function sql(target: string, text: string) {
  const c = new pg.Client({ connectionString: target });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

let prisma: PrismaClient;

beforeAll(async () => {
  await sql(baseUrl, `drop database if exists ${dbName}`);
  await sql(baseUrl, `create database ${dbName}`);
  const r = spawnSync(process.execPath, ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  await generateCorpus(url, { claims: 300, seed: 5 });
  // Every 7th claim with a published verdict gets a correction, every 14th is then retracted, and
  // every 5th gets a pending clarification (which no report shows).
  await sql(
    url,
    `WITH pub AS (
       SELECT c.id, row_number() OVER (ORDER BY c.id) n FROM "Claim" c
       WHERE EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v.status = 'PUBLISHED'))
     INSERT INTO "Correction" (id, "claimId", kind, "noteHi", "noteEn", "requestedById", "createdAt", "publishedAt")
     SELECT 'k1' || id, id, 'CORRECTION'::"CorrectionKind", 'रेटिंग बदली ' || n, CASE WHEN n % 2 = 0 THEN 'rating changed' END,
            (SELECT id FROM "User" ORDER BY id LIMIT 1), now() - interval '3 days', now() - interval '2 days'
     FROM pub WHERE n % 7 = 0
     UNION ALL
     SELECT 'k2' || id, id, 'RETRACTION'::"CorrectionKind", 'वापस लिया ' || n, NULL,
            (SELECT id FROM "User" ORDER BY id LIMIT 1), now() - interval '1 day', now()
     FROM pub WHERE n % 14 = 0
     UNION ALL
     SELECT 'k3' || id, id, 'CLARIFICATION'::"CorrectionKind", 'लंबित ' || n, NULL,
            (SELECT id FROM "User" ORDER BY id LIMIT 1), now(), NULL
     FROM pub WHERE n % 5 = 0`,
  );
  await sql(
    url,
    `UPDATE "Claim" c SET "retractedAt" = k."publishedAt" FROM "Correction" k
     WHERE k."claimId" = c.id AND k.kind = 'RETRACTION'`,
  );
  prisma = createPrismaClient(url);
}, 180_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await sql(baseUrl, `drop database if exists ${dbName} with (force)`);
});

// The corpus writes many rows in one statement, so many appearances (and sources) of a claim share one
// createdAt, and neither query defines the order of such ties: they are compared in id order. (Rows
// the desk writes one at a time have distinct times, and both queries order them by time.)
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tiesInIdOrder = (claims: ReportClaim[]) =>
  claims.map((c) => ({
    ...c,
    appearances: [...c.appearances].sort((x, y) => byId(x.mentionId, y.mentionId)),
    sources: [...c.sources].sort((x, y) => byId(x.evidenceId, y.evidenceId)),
  }));

type Read = (afterId: string | null, take: number) => Promise<ReportDossierBatch>;

async function readAll(read: Read, take: number, includeDrafts: boolean): Promise<ReportClaim[]> {
  const out: ReportClaim[] = [];
  let afterId: string | null = null;
  for (;;) {
    const batch = await read(afterId, take);
    out.push(...reportClaims(batch.dossiers, { baseUrl: "https://x", includeDrafts }));
    afterId = batch.lastId;
    if (batch.done) break;
  }
  return out;
}

describe("the exports' narrow batch query", () => {
  for (const audience of ["editor", "reader"] as const)
    it(`builds the same report as the dossier query (${audience}s)`, async () => {
      const drafts = audience === "editor";
      const full = await readAll(
        (a, t) => readDossierBatch(prisma, audience, {}, a, t),
        50,
        drafts,
      );
      for (const take of [7, 200]) {
        const narrow = await readAll(
          (a, t) => readReportBatch(prisma, audience, {}, a, t),
          take,
          drafts,
        );
        expect(tiesInIdOrder(narrow)).toEqual(tiesInIdOrder(full));
      }
      // What the comparison covered.
      expect(full.length).toBeGreaterThan(100);
      expect(full.some((c) => c.appearances.some((a) => a.attribution.length > 1))).toBe(true);
      expect(full.some((c) => c.sources.length > 0 && c.verdict)).toBe(true);
      expect(full.some((c) => c.verdict && c.verdict.authors.length > 1)).toBe(true);
      expect(full.some((c) => c.retractedAt && c.corrections.length === 2)).toBe(true);
      expect(full.some((c) => c.corrections.some((k) => k.textEn))).toBe(true);
      if (drafts) expect(full.some((c) => c.verdict?.status === "DRAFT")).toBe(true);
    }, 60_000);
});
