// A large generated corpus for measuring the desk at newsroom scale (issue 8):
//
//   node scripts/with-db.mjs --fresh --seed -- tsx scripts/bench/corpus.ts --claims 200000 [--seed 1]
//
// Fills the database in DATABASE_URL with N claims built from the seed articles' sentences: articles
// (N/20, outlets from the seeded entities), claims (a seed sentence plus a number), 1–3 mentions each
// with valid offsets into their article's body, attribution links, sources and 0–3 pieces of evidence,
// verdicts in every status (≈60% published with a rating, 10% in review, 20% draft, 10% none) with
// contributors. Plain SQL (INSERT … SELECT over generate_series), never Prisma row by row: 200,000
// claims are about two million rows.
//
// It only adds: the database ends up with N generated claims, so 1,000 then 200,000 grows the same
// corpus (the same seed gives the same rows). Generated ids start with "gc" and never clash with the
// app's cuids or the seed's fixed ids.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { entitySearchKey } from "../../lib/entity/search-key.ts";
import { backfillSearchText } from "../../lib/search/backfill.ts";
import { DEFAULT_RATINGS, DEFAULT_SCALE_ID, ENTITIES } from "../../prisma/demo-data.ts";

export interface CorpusOptions {
  /** Total generated claims the database should hold afterwards. */
  claims: number;
  /** Varies which sentences, outlets and people each row gets; keep it the same when growing. */
  seed?: number;
}

export interface CorpusResult {
  added: { articles: number; claims: number };
  total: { articles: number; claims: number };
  ms: number;
}

const CLAIMS_PER_ARTICLE = 20;
const CLAIMS_PER_SOURCE = 10;
const SLOTS_PER_ARTICLE = 12;
const BENCH_USERS = 20;
const TOPICS = [
  "grain",
  "military",
  "space",
  "diplomacy",
  "economy",
  "sanctions",
  "railways",
  "health",
];
const UNITS = ["प्रतिशत", "करोड़ रुपये", "किलोमीटर", "लाख लोग", "टन", "हजार सैनिक"];

/**
 * Sentences of the seed articles, as the vocabulary. Only those of a readable length, and only
 * characters of the Basic Multilingual Plane: Postgres counts code points and mention offsets are
 * UTF-16 indices, which agree only there.
 */
export function seedSentences(dir = path.resolve("seeds")): string[] {
  const out = new Set<string>();
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, f), "utf8");
    for (const raw of text.split(/(?<=[।?!])\s+|\n+|(?<=\.)\s+/u)) {
      const s = raw.replace(/\s+/gu, " ").trim();
      if (s.length >= 30 && s.length <= 280 && !/[\u{10000}-\u{10FFFF}]/u.test(s)) out.add(s);
    }
  }
  return [...out];
}

async function ensureReferenceData(c: pg.Client) {
  await c.query(
    `INSERT INTO "RatingScale"(id, name, "isDefault") VALUES ($1, 'Pramaan default', true)
     ON CONFLICT DO NOTHING`,
    [DEFAULT_SCALE_ID],
  );
  for (const [i, r] of DEFAULT_RATINGS.entries()) {
    await c.query(
      `INSERT INTO "Rating"(id, "scaleId", "labelHi", "labelEn", value, colour, "sortOrder")
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [r.id, DEFAULT_SCALE_ID, r.labelHi, r.labelEn, r.value, r.colour, i],
    );
  }
  for (const e of ENTITIES) {
    await c.query(
      `INSERT INTO "Entity"(id, slug, kind, "nameHi", "nameEn", aliases, "searchKey")
       VALUES ($1, $2, $3::"EntityKind", $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [e.id, e.slug, e.kind, e.nameHi, e.nameEn, e.aliases, entitySearchKey(e)],
    );
  }
  // Editors who write and review the generated verdicts. Their password hash is not a hash, so
  // nobody can sign in as them; the demo editors (when seeded) join them in the pool below.
  await c.query(
    `INSERT INTO "User"(id, email, name, role, "passwordHash")
     SELECT 'gcu_' || n, 'bench' || n || '@pramaan.test', 'संपादक ' || n, 'EDITOR', '!'
     FROM generate_series(0, $1 - 1) n ON CONFLICT DO NOTHING`,
    [BENCH_USERS],
  );
}

async function countOf(c: pg.Client, table: string, prefix: string): Promise<number> {
  const r = await c.query(`SELECT count(*)::int AS n FROM "${table}" WHERE id LIKE $1`, [
    `${prefix}\\_%`,
  ]);
  return r.rows[0].n;
}

export async function generateCorpus(
  databaseUrl: string,
  { claims, seed = 1 }: CorpusOptions,
): Promise<CorpusResult> {
  const t0 = performance.now();
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query("BEGIN");
    await c.query("SET LOCAL synchronous_commit = off");
    // Foreign-key checks cost a lookup per row and the generated rows are valid by construction, so
    // skip them where the role may (a superuser, as with the embedded database); elsewhere keep them.
    await c.query("SAVEPOINT replica");
    await c
      .query("SET LOCAL session_replication_role = replica")
      .catch(() => c.query("ROLLBACK TO SAVEPOINT replica"));
    await ensureReferenceData(c);

    const fromClaim = await countOf(c, "Claim", "gcc");
    const fromArticle = await countOf(c, "Article", "gca");
    const fromSource = await countOf(c, "Source", "gcs");
    const articles = Math.max(fromArticle, Math.ceil(claims / CLAIMS_PER_ARTICLE));
    const sources = Math.max(fromSource, Math.ceil(claims / CLAIMS_PER_SOURCE));
    const toClaim = Math.max(fromClaim, claims);

    const sentences = seedSentences();
    const users: string[] = (
      await c.query(
        `SELECT id FROM "User" WHERE role IN ('EDITOR', 'ADMIN') AND "disabledAt" IS NULL
           AND (id LIKE 'gcu\\_%' OR id IN ('user_asha', 'user_ravi')) ORDER BY id`,
      )
    ).rows.map((r) => r.id);
    const entities = async (kinds: string[]) =>
      (
        await c.query(`SELECT id FROM "Entity" WHERE kind::text = ANY($1) ORDER BY id`, [kinds])
      ).rows.map((r) => r.id as string);
    const outlets = await entities(["OUTLET", "NEWS_AGENCY"]);
    const bodies = await entities(["GOVERNMENT"]);
    const speakers = await entities(["PERSON", "GOVERNMENT", "ORGANISATION"]);
    const ratings: string[] = DEFAULT_RATINGS.map((r) => r.id);

    await c.query(
      `CREATE TEMP TABLE gc_sentence ON COMMIT DROP AS
       SELECT (ord - 1)::int AS idx, txt FROM unnest($1::text[]) WITH ORDINALITY AS t(txt, ord)`,
      [sentences],
    );
    // Every article's sentence slots and their offsets, for all articles (old ones too: new claims
    // may appear in them). Deterministic in (article, seed), so a grown corpus agrees with the bodies
    // already stored.
    await c.query(
      `CREATE TEMP TABLE gc_slot ON COMMIT DROP AS
       SELECT a, j, s.txt,
              (sum(length(s.txt) + 1) OVER w - length(s.txt) - 1)::int AS start
       FROM generate_series(0, $1::int - 1) a
       CROSS JOIN generate_series(0, $2::int - 1) j
       JOIN gc_sentence s ON s.idx = (a * 7 + j * 13 + (a / $3::int) * (j + 1) + $4::int) % $3::int
       WINDOW w AS (PARTITION BY a ORDER BY j)`,
      [articles, SLOTS_PER_ARTICLE, sentences.length, seed],
    );
    // A mention's prefix and suffix are the 32 characters around it in the body (as
    // lib/anchoring's describeRange makes them). Sentences are at least 30 characters long, so two
    // neighbours on each side always cover them; the signature line follows the last slot.
    await c.query(
      `CREATE TEMP TABLE gc_anchor ON COMMIT DROP AS
       SELECT a, j, txt, start,
              right(coalesce(lag(txt, 2) OVER w || ' ', '') || coalesce(lag(txt) OVER w || ' ', ''), 32) AS prefix,
              left(coalesce(' ' || lead(txt) OVER w, '') || coalesce(' ' || lead(txt, 2) OVER w, '')
                   || E'\\n\\n— संवाददाता ' || a, 32) AS suffix
       FROM gc_slot WINDOW w AS (PARTITION BY a ORDER BY j)`,
    );
    await c.query(`CREATE INDEX ON gc_anchor (a, j)`);
    await c.query(`CREATE INDEX ON gc_slot (a, j)`);

    // Articles: the slots joined by spaces, then a signature line (after every offset) that keeps
    // each body, and so its content hash, unique. Two articles share each publication time.
    await c.query(
      `INSERT INTO "Article"(id, title, body, lang, "outletId", url, "publishedAt", "eventDate",
                             "contentHash", "createdAt", "updatedAt")
       SELECT 'gca_' || a, left(first_txt, 90), body, CASE WHEN a % 20 = 7 THEN 'en' ELSE 'hi' END,
              CASE WHEN a % 9 = 4 THEN NULL ELSE ($4::text[])[1 + (a + $3::int) % cardinality($4::text[])] END,
              'https://example.org/bench/article/' || a, at,
              CASE WHEN a % 5 = 0 THEN at::date END,
              encode(sha256(convert_to(body, 'UTF8')), 'hex'), at, at
       FROM (
         SELECT a, string_agg(txt, ' ' ORDER BY j) || E'\\n\\n— संवाददाता ' || a AS body,
                min(txt) FILTER (WHERE j = 0) AS first_txt,
                timestamp '2022-01-01' + (a / 2) * interval '90 minutes' AS at
         FROM gc_slot WHERE a >= $1::int AND a < $2::int GROUP BY a
       ) x`,
      [fromArticle, articles, seed, outlets],
    );

    await c.query(
      `INSERT INTO "Source"(id, url, title, publisher, lang, "publishedAt", "accessedAt", "createdAt")
       SELECT 'gcs_' || n, 'https://example.org/bench/source/' || n, left(s.txt, 80),
              (SELECT "nameEn" FROM "Entity" WHERE id = ($3::text[])[1 + n % cardinality($3::text[])]),
              'hi', timestamp '2022-01-01' + n * interval '41 minutes',
              timestamp '2022-01-02' + n * interval '41 minutes', now()
       FROM generate_series($1::int, $2::int - 1) n
       JOIN gc_sentence s ON s.idx = (n * 11 + $4::int) % (SELECT count(*) FROM gc_sentence)`,
      [fromSource, sources, outlets, seed],
    );

    // Claims. Bucket b = which verdict: 0–5 published, 6 in review, 7–8 draft, 9 none.
    // Four claims share each creation time, so keyset pages must break ties by id.
    await c.query(
      `CREATE TEMP TABLE gc_claim ON COMMIT DROP AS
       SELECT i, i / $3::int AS a, (i * 5) % $4::int AS j, (i * 7 + $5::int) % 10 AS b,
              timestamp '2022-01-01' + (i / 4) * interval '3 minutes' AS at
       FROM generate_series($1::int, $2::int - 1) i`,
      [fromClaim, toClaim, CLAIMS_PER_ARTICLE, SLOTS_PER_ARTICLE, seed],
    );
    await c.query(
      `INSERT INTO "Claim"(id, slug, "textHi", "textEn", topic, status, "createdById", "createdAt",
                           "updatedAt", "publishedAt")
       SELECT 'gcc_' || i, 'gc-claim-' || i,
              s.txt || ' — ' || (17 + (i * 37) % 983) || ' ' || ($2::text[])[1 + i % cardinality($2::text[])],
              CASE WHEN i % 3 = 0 THEN 'Generated claim ' || i END,
              ($1::text[])[1 + i % cardinality($1::text[])],
              (CASE WHEN b < 6 THEN 'PUBLISHED' WHEN b = 6 THEN 'IN_REVIEW' ELSE 'OPEN' END)::"ClaimStatus",
              ($3::text[])[1 + (i * 3) % cardinality($3::text[])],
              at, at + (b + 1) * interval '1 hour',
              CASE WHEN b < 6 THEN at + interval '2 days' END
       FROM gc_claim JOIN gc_slot s USING (a, j)`,
      [TOPICS, UNITS, users],
    );

    // Mentions: 1–3 per claim, in different articles and slots, exact = the slot's sentence.
    await c.query(
      `CREATE TEMP TABLE gc_mention ON COMMIT DROP AS
       SELECT 'gcm_' || c.i || '_' || m AS id, c.i, p.ma, s.txt, s.prefix, s.suffix, s.start, c.at,
              abs(hashtext('gcm_' || c.i || '_' || m || $3::text)) AS h
       FROM gc_claim c
       CROSS JOIN LATERAL generate_series(0, c.i % 3) m
       CROSS JOIN LATERAL (SELECT (c.a + m * 37) % $1::int AS ma, (c.j + m * 5) % $2::int AS mj) p
       JOIN gc_anchor s ON s.a = p.ma AND s.j = p.mj`,
      [articles, SLOTS_PER_ARTICLE, String(seed)],
    );
    await c.query(
      `INSERT INTO "Mention"(id, "claimId", "articleId", exact, prefix, suffix, start, "end", "createdAt")
       SELECT id, 'gcc_' || i, 'gca_' || ma, txt, prefix, suffix, start, start + length(txt), at
       FROM gc_mention`,
    );
    // Attribution: a speaker (every fourth in the article's own voice, every eighth of the rest an
    // anonymous official of a government body) and, for a third, a relay that reported it.
    await c.query(
      `INSERT INTO "AttributionLink"(id, "mentionId", position, role, verb, "entityId", "anonymousAs", "affiliationId")
       SELECT id || '_0', id, 0, 'SPEAKER'::"AttributionRole", 'SAID'::"AttributionVerb",
              CASE WHEN h % 4 = 0 OR h % 8 = 1 THEN NULL ELSE ($1::text[])[1 + h % cardinality($1::text[])] END,
              CASE WHEN h % 8 = 1 THEN 'एक अधिकारी' END,
              CASE WHEN h % 8 = 1 THEN ($3::text[])[1 + h % cardinality($3::text[])] END
       FROM gc_mention
       UNION ALL
       SELECT id || '_1', id, 1, 'RELAY'::"AttributionRole", 'REPORTED'::"AttributionVerb",
              ($2::text[])[1 + h % cardinality($2::text[])], NULL, NULL
       FROM gc_mention WHERE h % 3 = 0`,
      [speakers, outlets, bodies],
    );
    await c.query(
      `INSERT INTO "Evidence"(id, "claimId", "sourceId", stance, note, "createdById", "createdAt")
       SELECT 'gce_' || i || '_' || e, 'gcc_' || i, 'gcs_' || ((i / $1::int + e * 13) % $2::int),
              (ARRAY['SUPPORTS', 'CONTRADICTS', 'CONTEXT'])[1 + (i + e) % 3]::"Stance",
              CASE WHEN e = 0 THEN 'स्रोत ' || e END,
              ($3::text[])[1 + (i * 3) % cardinality($3::text[])], at + interval '30 minutes'
       FROM gc_claim CROSS JOIN LATERAL generate_series(0, (i * 7) % 4 - 1) e`,
      [CLAIMS_PER_SOURCE, sources, users],
    );

    // Verdicts: author, maybe a second writer, and a reviewer who is neither (the two-person rule).
    await c.query(
      `INSERT INTO "Verdict"(id, "claimId", "ratingId", "summaryHi", "summaryEn", rationale, status,
                             "authorId", "reviewerId", "submittedAt", "publishedAt", "createdAt", "updatedAt")
       SELECT 'gcv_' || i, 'gcc_' || i, ($1::text[])[1 + i % cardinality($1::text[])],
              'जांच में पाया गया: ' || left(s.txt, 120), 'Checked against the sources.',
              s.txt,
              (CASE WHEN b < 6 THEN 'PUBLISHED' WHEN b = 6 THEN 'IN_REVIEW' ELSE 'DRAFT' END)::"VerdictStatus",
              ($2::text[])[1 + (i * 3 + 1) % cardinality($2::text[])],
              CASE WHEN b < 6 THEN ($2::text[])[1 + (i * 3 + 5) % cardinality($2::text[])] END,
              CASE WHEN b <= 6 THEN at + interval '1 day' + (i % 7) * interval '1 second' END,
              CASE WHEN b < 6 THEN at + interval '2 days' END,
              at + interval '1 hour', at + (b + 1) * interval '1 hour'
       FROM gc_claim JOIN gc_slot s USING (a, j) WHERE b < 9`,
      [ratings, users],
    );
    await c.query(
      `INSERT INTO "VerdictContributor"("verdictId", "userId", since)
       SELECT 'gcv_' || i, ($1::text[])[1 + (i * 3 + 1) % cardinality($1::text[])], at + interval '1 hour'
       FROM gc_claim WHERE b < 9
       UNION ALL
       SELECT 'gcv_' || i, ($1::text[])[1 + (i * 3 + 3) % cardinality($1::text[])], at + interval '2 hours'
       FROM gc_claim WHERE b < 9 AND i % 4 = 0`,
      [users],
    );
    // searchText in TypeScript, as the app writes it (lib/search-text/fold.ts), not an SQL imitation.
    await backfillSearchText((sql, params) => c.query(sql, params).then((r) => r.rows));
    await c.query("COMMIT");
    // Fresh statistics, so the planner sees the corpus as it is now rather than as it was; and the
    // state autovacuum brings a live database to: the searchText update above left a dead copy of
    // every row, and without this the first reads of each page set hint bits and prune, writing
    // while they are timed (bench:search measured its first runs 2-3x slower), or autovacuum runs
    // in the middle of a bench.
    await c.query("VACUUM ANALYZE");
    return {
      added: { articles: articles - fromArticle, claims: toClaim - fromClaim },
      total: { articles, claims: toClaim },
      ms: Math.round(performance.now() - t0),
    };
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const claims = Number(argValue("--claims") ?? 1000);
  const seed = Number(argValue("--seed") ?? 1);
  // The schema's owner (scripts/with-db.mjs) where there is one: the app's role may not skip
  // triggers or VACUUM.
  const url = process.env.PRAMAAN_MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url || !Number.isInteger(claims) || claims < 1 || !Number.isInteger(seed)) {
    console.error("usage: DATABASE_URL=… tsx scripts/bench/corpus.ts --claims N [--seed S]");
    process.exit(2);
  }
  const r = await generateCorpus(url, { claims, seed });
  console.error(
    `[corpus] +${r.added.claims} claims, +${r.added.articles} articles ` +
      `(now ${r.total.claims} claims, ${r.total.articles} articles) in ${(r.ms / 1000).toFixed(1)} s`,
  );
}
