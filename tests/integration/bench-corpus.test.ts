// The generated benchmark corpus (scripts/bench/corpus.ts), in a database of its own: the shape the
// issue asks for, mention anchors that really point into their article bodies as JavaScript indexes
// them, and growth that adds to the same corpus.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../scripts/bench/corpus";
import { ownerUrl } from "../support/owner-sql";

// Creating databases is the owner's work, not the app role's (tests/support/owner-sql.ts).
const baseUrl = ownerUrl();
const dbName = `corpus_${process.pid}`;
const url = (() => {
  const u = new URL(baseUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

async function sql<T = Record<string, unknown>>(target: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: target });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  await sql(baseUrl, `drop database if exists ${dbName}`);
  await sql(baseUrl, `create database ${dbName}`);
  const r = spawnSync(process.execPath, ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
}, 60_000);
afterAll(async () => {
  await sql(baseUrl, `drop database if exists ${dbName} with (force)`);
});

async function anchorsHold() {
  const rows = await sql<
    { body: string; exact: string; prefix: string; suffix: string } & {
      start: number;
      end: number;
    }
  >(
    url,
    `select a.body, m.exact, m.prefix, m.suffix, m.start, m."end"
     from "Mention" m join "Article" a on a.id = m."articleId"`,
  );
  const bad = rows.filter(
    (m) =>
      m.body.slice(m.start, m.end) !== m.exact ||
      m.body.slice(Math.max(0, m.start - 32), m.start) !== m.prefix ||
      m.body.slice(m.end, m.end + 32) !== m.suffix,
  );
  return { count: rows.length, bad: bad.length };
}

describe("generateCorpus", () => {
  it("fills claims, articles, mentions, sources and verdicts in the proportions asked for", async () => {
    const r = await generateCorpus(url, { claims: 400, seed: 3 });
    expect(r.added).toEqual({ claims: 400, articles: 20 });
    const [counts] = await sql<Record<string, number>>(
      url,
      `select (select count(*)::int from "Claim") claims,
              (select count(*)::int from "Article") articles,
              (select count(*)::int from "Verdict" where status = 'PUBLISHED') published,
              (select count(*)::int from "Verdict" where status = 'IN_REVIEW') in_review,
              (select count(*)::int from "Verdict" where status = 'DRAFT') drafts,
              (select count(*)::int from "Claim" c where not exists
                 (select 1 from "Verdict" v where v."claimId" = c.id)) no_verdict,
              (select count(*)::int from "Verdict" where status = 'PUBLISHED'
                 and "ratingId" is not null and "publishedAt" is not null) rated,
              (select max(n)::int from (select count(*) n from "Mention" group by "claimId") x) max_mentions,
              (select min(n)::int from (select count(*) n from "Mention" group by "claimId") x) min_mentions,
              (select max(n)::int from (select count(*) n from "Evidence" group by "claimId") x) max_evidence,
              (select count(*)::int from "Verdict" v where v."reviewerId" in
                 (select "userId" from "VerdictContributor" c where c."verdictId" = v.id)) self_reviewed,
              (select count(*)::int from "Claim" c where c.status = 'PUBLISHED' and not exists
                 (select 1 from "Verdict" v where v."claimId" = c.id and v.status = 'PUBLISHED')) inconsistent`,
    );
    expect(counts.claims).toBe(400);
    expect(counts.articles).toBe(20);
    expect(counts.published).toBe(240);
    expect(counts.in_review).toBe(40);
    expect(counts.drafts).toBe(80);
    expect(counts.no_verdict).toBe(40);
    expect(counts.rated).toBe(240);
    expect([counts.min_mentions, counts.max_mentions]).toEqual([1, 3]);
    expect(counts.max_evidence).toBe(3);
    expect(counts.self_reviewed).toBe(0);
    expect(counts.inconsistent).toBe(0);
    const anchors = await anchorsHold();
    expect(anchors.count).toBeGreaterThan(400);
    expect(anchors.bad).toBe(0);
  });

  it("grows the same corpus: old rows kept, new ones anchored in old and new articles", async () => {
    const before = await sql<{ id: string; body: string }>(
      url,
      `select id, md5(body) body from "Article" order by id`,
    );
    const r = await generateCorpus(url, { claims: 1000, seed: 3 });
    expect(r.added).toEqual({ claims: 600, articles: 30 });
    expect(r.total).toEqual({ claims: 1000, articles: 50 });
    const after = await sql<{ id: string; body: string }>(
      url,
      `select id, md5(body) body from "Article" where id = any('{${before.map((b) => b.id).join(",")}}') order by id`,
    );
    expect(after).toEqual(before);
    expect((await anchorsHold()).bad).toBe(0);
    // Asking for fewer than are there adds nothing.
    expect((await generateCorpus(url, { claims: 10, seed: 3 })).added).toEqual({
      claims: 0,
      articles: 0,
    });
  });
});
