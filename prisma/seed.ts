// Idempotent seed: fixed ids and upserts, so every start may run it. Run by scripts/with-db.mjs --seed.
import fs from "node:fs";
import path from "node:path";
import { describeRange } from "../lib/anchoring/index.ts";
import { backfillFurniture } from "../lib/article/furniture-backfill.ts";
import { guessTitle, importArticle } from "../lib/article/import-mutations.ts";
import { createPrismaClient } from "../lib/db-client.ts";
import { entitySearchKey } from "../lib/entity/search-key.ts";
import { backfillSearchText } from "../lib/search/backfill.ts";
import { hashPassword } from "../lib/user/password.ts";
import {
  DEFAULT_RATINGS,
  DEFAULT_SCALE_ID,
  DEMO_CLAIM,
  DEMO_PASSWORD,
  DEMO_USERS,
  ENTITIES,
  OUTLET_IDS,
} from "./demo-data.ts";

const SEED_DIR = path.resolve("seeds");
if (!process.env.DATABASE_URL)
  throw new Error("DATABASE_URL is not set (run through scripts/with-db.mjs)");
const prisma = createPrismaClient(process.env.DATABASE_URL);

interface SeedArticle {
  file: string;
  language: string;
  outlet: string | null;
  event_date?: string;
  published?: string;
}

const articleId = (file: string) => `art_${file.slice(0, 3)}`;

async function seedReferenceData() {
  await prisma.ratingScale.upsert({
    where: { id: DEFAULT_SCALE_ID },
    update: {},
    create: {
      id: DEFAULT_SCALE_ID,
      name: "Pramaan default (5 points + unverifiable)",
      isDefault: true,
    },
  });
  for (const [i, r] of DEFAULT_RATINGS.entries()) {
    const data = { ...r, sortOrder: i, scaleId: DEFAULT_SCALE_ID };
    await prisma.rating.upsert({ where: { id: r.id }, update: {}, create: data });
  }
  // Created without a description, so the pass below (which fills in only undescribed entities)
  // also sets the affiliation, description and link of a new one.
  for (const { affiliationId: _, description: _d, url: _u, ...e } of ENTITIES) {
    await prisma.entity.upsert({
      where: { id: e.id },
      update: {},
      create: { ...e, searchKey: entitySearchKey(e) },
    });
  }
  // Affiliations once every entity exists (a person may be listed before their organisation). A
  // registry from before affiliations gets the demo kinds, descriptions and links too, but only
  // where nobody has described the entity yet: the seed runs on every start and must not undo edits.
  // Slugs are left as the migration made them: a public address, once made, stays.
  for (const e of ENTITIES) {
    await prisma.entity.updateMany({
      where: { id: e.id, description: null },
      data: {
        kind: e.kind,
        description: e.description ?? null,
        url: e.url ?? null,
        affiliationId: e.affiliationId ?? null,
      },
    });
  }
}

async function seedArticles() {
  const manifest = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "articles.json"), "utf8")) as {
    articles: SeedArticle[];
  };
  for (const a of manifest.articles) {
    // Seed articles keep their whole file as the body (title line included), so their content hashes
    // and the offsets of claims logged in them stay what they were.
    const body = fs.readFileSync(path.join(SEED_DIR, a.file), "utf8");
    await importArticle(prisma, null, {
      id: articleId(a.file),
      title: guessTitle(body),
      body,
      lang: a.language,
      outletId: a.outlet ? (OUTLET_IDS[a.outlet] ?? null) : null,
      publishedAt: a.published ? new Date(a.published) : undefined,
      eventDate: a.event_date ? new Date(`${a.event_date}T00:00:00Z`) : null,
    });
  }
}

async function seedDemoAccountsAndVerdict() {
  const existing = new Set(
    (
      await prisma.user.findMany({
        where: { id: { in: DEMO_USERS.map((u) => u.id) } },
        select: { id: true },
      })
    ).map((u) => u.id),
  );
  const missing = DEMO_USERS.filter((u) => !existing.has(u.id));
  if (missing.length) {
    const passwordHash = await hashPassword(DEMO_PASSWORD); // argon2 is slow on purpose: only when needed
    for (const u of missing) await prisma.user.create({ data: { ...u, passwordHash } });
  }
  if (await prisma.claim.findUnique({ where: { id: DEMO_CLAIM.id } })) return;

  const [author, reviewer] = DEMO_USERS;
  const article = await prisma.article.findUniqueOrThrow({
    where: { id: articleId(DEMO_CLAIM.articleFile) },
  });
  const start = article.body.indexOf(DEMO_CLAIM.quote);
  if (start < 0) throw new Error("demo quote not found in its article");
  const anchor = describeRange(article.body, start, start + DEMO_CLAIM.quote.length);
  const publishedAt = new Date("2023-09-15T10:00:00+05:30");
  const { source, verdict } = DEMO_CLAIM;

  await prisma.$transaction(async (tx) => {
    await tx.claim.create({
      data: {
        id: DEMO_CLAIM.id,
        slug: DEMO_CLAIM.slug,
        textHi: DEMO_CLAIM.textHi,
        textEn: DEMO_CLAIM.textEn,
        topic: DEMO_CLAIM.topic,
        status: "PUBLISHED",
        publishedAt,
        createdById: author.id,
        mentions: {
          create: {
            articleId: article.id,
            ...anchor,
            // the article states it in its own voice: a SPEAKER link with no entity
            attribution: { create: { position: 0, role: "SPEAKER", entityId: null } },
          },
        },
        evidence: {
          create: {
            stance: "CONTRADICTS",
            note: source.note,
            createdById: author.id,
            source: {
              connectOrCreate: {
                where: { url: source.url },
                create: {
                  id: source.id,
                  url: source.url,
                  title: source.title,
                  publisher: source.publisher,
                  accessedAt: publishedAt,
                },
              },
            },
          },
        },
        verdicts: {
          create: {
            ...verdict,
            status: "PUBLISHED",
            authorId: author.id,
            reviewerId: reviewer.id,
            submittedAt: new Date("2023-09-15T09:00:00+05:30"),
            publishedAt,
          },
        },
      },
    });
    await tx.auditEvent.create({
      data: {
        actorId: null,
        action: "seed.demo-claim",
        entityType: "Claim",
        entityId: DEMO_CLAIM.id,
        after: { slug: DEMO_CLAIM.slug },
      },
    });
  });
}

const t0 = performance.now();
await seedReferenceData();
await seedArticles();
// Demo accounts only ever go into the embedded database, never into a server named by DATABASE_URL.
if (process.env.PRAMAAN_EMBEDDED_DB === "1") await seedDemoAccountsAndVerdict();
// Rows written before search existed, or by plain SQL, get their searchText (the client writes it for
// every row it writes, the seed's included: lib/search-text/write-extension.ts).
await backfillSearchText((sql, params) => prisma.$queryRawUnsafe(sql, ...params));
// Articles stored before page furniture was kept get the detector's ranges (unconfirmed).
await backfillFurniture((sql, params) => prisma.$queryRawUnsafe(sql, ...params));
console.error(`[seed] done in ${Math.round(performance.now() - t0)} ms`);
await prisma.$disconnect();
