// Public entity pages on real Postgres: claims grouped by role (said, said by its anonymous sources,
// relayed, carried, verified origin), the tally per rating, misattribution marked and left out of the
// tally, drafts never shown, merged slugs redirecting, the v1 JSON, the index, and a fixed number of
// queries however many claims an entity has.
import crypto from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { logClaim } from "@/lib/claim/mutations";
import { logClaimSchema } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import { searchFields } from "@/lib/entity/create-mutations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { apiEntityDetail } from "@/lib/public/api";
import { listPublicEntities, type PublicEntity, publicEntity } from "@/lib/public/entity-data";
import { runSearch } from "@/lib/search/engine";
import { addEvidence } from "@/lib/source/mutations";
import { addEvidenceSchema } from "@/lib/source/schema";
import type { SessionUser } from "@/lib/user/session-user";
import { publishVerdict, saveVerdictDraft, submitVerdictForReview } from "@/lib/verdict/mutations";
import { saveVerdictSchema } from "@/lib/verdict/schema";
import { articleText, makeUser, realQuote, scratchArticle } from "../support/fixtures";

const tag = crypto.randomBytes(3).toString("hex");
let author: SessionUser;
let reviewer: SessionUser;
let articleId: string;

async function makeEntity(
  kind: "PERSON" | "ORGANISATION" | "OUTLET" | "GOVERNMENT",
  nameEn: string,
  extra: { nameHi?: string; aliases?: string[]; affiliationId?: string } = {},
) {
  const slug = `${nameEn.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${tag}`;
  const names = { nameEn: `${nameEn} ${tag}`, nameHi: extra.nameHi, aliases: extra.aliases ?? [] };
  return db().entity.create({
    data: {
      kind,
      slug,
      ...names,
      ...searchFields(names),
      affiliationId: extra.affiliationId,
      description: `${nameEn} for the entity page test`,
      url: "https://example.org/entity",
    },
  });
}

/** Logs sentence n of the scratch article with a speaker (an entity, or anonymous) and relays. */
async function logOn(
  n: number,
  speaker: { entityId: string } | { affiliationId: string } | null,
  relays: string[] = [],
) {
  const quote = await realQuote(articleId, n);
  const start = (await articleText(articleId)).indexOf(quote);
  const input = logClaimSchema.parse({
    articleId,
    start,
    end: start + quote.length,
    textHi: quote,
    textEn: `entity page claim ${n} ${tag}`,
    speaker:
      speaker && "entityId" in speaker
        ? { type: "entity", party: { entityId: speaker.entityId } }
        : { type: "article" },
    relays: relays.map((entityId) => ({ entityId, cue: "के हवाले से" })),
    confirmCrossing: true,
  });
  const logged = await logClaim(author, input);
  if (speaker && "affiliationId" in speaker)
    // An anonymous source with an affiliation ("एक अधिकारी" of the ministry), as the chain editor saves it.
    await db().attributionLink.updateMany({
      where: { mentionId: logged.mentionId, role: "SPEAKER" },
      data: { anonymousAs: "एक अधिकारी", affiliationId: speaker.affiliationId },
    });
  return logged;
}

async function publish(
  claimId: string,
  ratingId: string,
  origin?: { originatorId: string; misattributed: string[] },
) {
  await addEvidence(
    author,
    addEvidenceSchema.parse({
      claimId,
      url: `https://example.org/entity-pages/${tag}/${claimId}`,
      title: "What the record shows",
      stance: "CONTRADICTS",
    }),
  );
  const { verdictId, version } = await saveVerdictDraft(
    author,
    saveVerdictSchema.parse({
      claimId,
      ratingId,
      summaryHi: "परीक्षण के लिए लिखा गया सार।",
      rationale: "यह परीक्षण के लिए लिखा गया तर्क है, जो इकाई पन्नों की जांच करता है।",
    }),
  );
  if (origin)
    await db().verdict.update({
      where: { id: verdictId },
      data: {
        originatorId: origin.originatorId,
        misattributedMentionIds: origin.misattributed,
        originatorNote: "The evidence shows it came from elsewhere.",
      },
    });
  await submitVerdictForReview(author, verdictId, version);
  return publishVerdict(reviewer, verdictId, version + 1);
}

const ids = (e: PublicEntity, role: string) =>
  e.roles.find((r) => r.role === role)?.items.map((i) => i.id) ?? [];
const tallyOf = (e: PublicEntity, role: string) => e.tally.rows.find((r) => r.role === role);

describe("public entity pages", () => {
  const E = {} as Record<
    "ministry" | "person" | "relay" | "outlet" | "origin" | "idle",
    { id: string; slug: string }
  >;
  const C = {} as Record<
    "said" | "anon" | "draft" | "misattributed",
    { claimId: string; mentionId: string }
  >;

  beforeAll(async () => {
    [author, reviewer] = await Promise.all([makeUser(), makeUser()]);
    articleId = await scratchArticle("art_000");
    E.ministry = await makeEntity("GOVERNMENT", "Test Foreign Ministry", {
      nameHi: `परीक्षा विदेश मंत्रालय ${tag}`,
    });
    E.person = await makeEntity("PERSON", "Test Spokesman", {
      nameHi: `परीक्षक प्रवक्ता ${tag}`,
      aliases: [`प्रवक्ता जी ${tag}`],
      affiliationId: E.ministry.id,
    });
    E.relay = await makeEntity("OUTLET", "Test Wire");
    E.outlet = await makeEntity("OUTLET", "Test Daily");
    E.origin = await makeEntity("PERSON", "Test Originator");
    E.idle = await makeEntity("PERSON", "Test Draft Only");
    await db().article.update({ where: { id: articleId }, data: { outletId: E.outlet.id } });

    C.said = await logOn(1, { entityId: E.person.id }, [E.relay.id]);
    C.anon = await logOn(2, { affiliationId: E.ministry.id });
    C.draft = await logOn(3, { entityId: E.idle.id });
    C.misattributed = await logOn(4, { entityId: E.person.id });
    await publish(C.said.claimId, "rating_false");
    await publish(C.anon.claimId, "rating_misleading");
    await publish(C.misattributed.claimId, "rating_false", {
      originatorId: E.origin.id,
      misattributed: [C.misattributed.mentionId],
    });
  });

  it("groups a person's claims by role, marks the misattributed one and leaves it out of the tally", async () => {
    const page = (await publicEntity(E.person.slug)) as PublicEntity;
    expect(page.nameEn).toBe(`Test Spokesman ${tag}`);
    expect(page.affiliation).toMatchObject({ slug: E.ministry.slug, hasPage: true });
    expect(ids(page, "said").sort()).toEqual([C.said.claimId, C.misattributed.claimId].sort());
    const marked = page.roles[0].items.find((i) => i.id === C.misattributed.claimId)!;
    expect(marked.misattributedTo?.originator?.slug).toBe(E.origin.slug);
    expect(page.roles[0].items.find((i) => i.id === C.said.claimId)!.misattributedTo).toBeNull();
    // Two claims listed under "said", one counted: the other came from someone else.
    expect(tallyOf(page, "said")).toMatchObject({ total: 1, counts: { rating_false: 1 } });
    expect(page.tally.ratings.map((r) => r.labelEn)).toEqual(["False"]);
  });

  it("lists an anonymous affiliated source's claim under the organisation, with its members", async () => {
    const page = (await publicEntity(E.ministry.slug)) as PublicEntity;
    expect(ids(page, "anonymous")).toEqual([C.anon.claimId]);
    expect(ids(page, "said")).toEqual([]);
    expect(tallyOf(page, "anonymous")).toMatchObject({
      total: 1,
      counts: { rating_misleading: 1 },
    });
    expect(page.members.map((m) => m.slug)).toEqual([E.person.slug]);
  });

  it("shows relays, outlets (never drafts) and the verified originator", async () => {
    const relay = (await publicEntity(E.relay.slug)) as PublicEntity;
    expect(relay.roles.map((r) => r.role)).toEqual(["relayed"]);
    expect(ids(relay, "relayed")).toEqual([C.said.claimId]);

    const outlet = (await publicEntity(E.outlet.slug)) as PublicEntity;
    expect(ids(outlet, "carried").sort()).toEqual(
      [C.said.claimId, C.anon.claimId, C.misattributed.claimId].sort(),
    );
    expect(ids(outlet, "carried")).not.toContain(C.draft.claimId);
    // Outlets carried the words whoever said them: every one counts.
    expect(tallyOf(outlet, "carried")).toMatchObject({
      total: 3,
      counts: { rating_false: 2, rating_misleading: 1 },
    });

    const origin = (await publicEntity(E.origin.slug)) as PublicEntity;
    expect(ids(origin, "origin")).toEqual([C.misattributed.claimId]);
    expect(tallyOf(origin, "origin")).toMatchObject({ total: 1 });
  });

  it("has no page for an entity whose only claim is a draft, nor for an unknown slug", async () => {
    expect(await publicEntity(E.idle.slug)).toBeNull();
    expect(await publicEntity(`no-such-entity-${tag}`)).toBeNull();
  });

  it("answers a merged entity's slug with its survivor's, following a chain of merges", async () => {
    const first = await makeEntity("PERSON", "Test Spokesman Old");
    const second = await makeEntity("PERSON", "Test Spokesman Older");
    await db().entity.update({
      where: { id: first.id },
      data: { mergedIntoId: E.person.id, mergedAt: new Date() },
    });
    await db().entity.update({
      where: { id: second.id },
      data: { mergedIntoId: first.id, mergedAt: new Date() },
    });
    expect(await publicEntity(first.slug)).toEqual({ redirect: E.person.slug });
    expect(await publicEntity(second.slug)).toEqual({ redirect: E.person.slug });
  });

  it("serves the same data as v1 JSON", async () => {
    const page = (await publicEntity(E.person.slug)) as PublicEntity;
    const json = apiEntityDetail(page, "https://pramaan.example");
    expect(json).toMatchObject({
      slug: E.person.slug,
      url: `https://pramaan.example/entities/${E.person.slug}`,
      kind: "person",
      name_hi: `परीक्षक प्रवक्ता ${tag}`,
      name_en: `Test Spokesman ${tag}`,
      link: "https://example.org/entity",
      affiliation: {
        slug: E.ministry.slug,
        url: `https://pramaan.example/entities/${E.ministry.slug}`,
      },
      tally: [{ role: "said", total: 1, ratings: [{ label_en: "False", count: 1 }] }],
    });
    const said = json.roles.said.claims;
    expect(said).toHaveLength(2);
    expect(said.find((c) => c.misattributed)?.misattributed?.originator?.slug).toBe(E.origin.slug);
    expect(said[0].url).toMatch(/^https:\/\/pramaan\.example\/claims\//);
  });

  it("finds entities with published claims by a Hindi alias; drafts-only ones are not listed", async () => {
    const byAlias = await listPublicEntities({ q: `प्रवक्ता जी ${tag}` });
    expect(byAlias.items.map((e) => e.slug)).toEqual([E.person.slug]);
    expect(byAlias.items[0].counts).toMatchObject({ said: 2, total: 2 });
    const all = await listPublicEntities({ q: tag });
    expect(all.items.map((e) => e.slug)).not.toContain(E.idle.slug);
    expect(all.items.map((e) => e.slug)).toContain(E.outlet.slug);
    const outlets = await listPublicEntities({ q: tag, kind: "OUTLET" });
    expect(outlets.items.map((e) => e.slug).sort()).toEqual([E.outlet.slug, E.relay.slug].sort());
  });

  it("readers' search finds entities with published claims and links their pages", async () => {
    const query = (sql: string, params: unknown[]) =>
      db().$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
    const found = await runSearch(query, `Test Spokesman ${tag}`, {
      type: "entities",
      page: 1,
      publishedOnly: true,
    });
    expect(found.items.map((i) => i.href)).toContain(`/entities/${E.person.slug}`);
    const idle = await runSearch(query, `Test Draft Only ${tag}`, {
      type: "entities",
      page: 1,
      publishedOnly: true,
    });
    expect(idle.items.map((i) => i.href)).not.toContain(`/entities/${E.idle.slug}`);
  });

  it("pages a role 20 at a time with a cursor, in a fixed number of queries", async () => {
    // 25 more published claims said by one speaker, written straight to the tables (the workflow is
    // tested above; this is about volume).
    const many = await makeEntity("PERSON", "Test Prolific");
    const body = await articleText(articleId);
    for (let i = 0; i < 25; i++) {
      const claim = await db().claim.create({
        data: {
          slug: `entity-page-volume-${tag}-${i}`,
          textHi: `मात्रा दावा ${i}`,
          status: "PUBLISHED",
          publishedAt: new Date(Date.UTC(2024, 0, 1 + i)),
          createdById: author.id,
          verdicts: {
            create: {
              ratingId: i % 2 ? "rating_false" : "rating_true",
              summaryHi: "सार",
              rationale: "तर्क",
              status: "PUBLISHED",
              authorId: author.id,
              publishedAt: new Date(),
            },
          },
          mentions: {
            create: {
              articleId,
              exact: body.slice(i, i + 10),
              prefix: "",
              suffix: "",
              start: i,
              end: i + 10,
              attribution: { create: { position: 0, role: "SPEAKER", entityId: many.id } },
            },
          },
        },
      });
      expect(claim.id).toBeTruthy();
    }
    const counted = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
      log: [{ emit: "event", level: "query" }],
    });
    const queries: string[] = [];
    counted.$on("query", (e) => queries.push(e.query));
    try {
      const first = (await publicEntity(many.slug, {}, counted)) as PublicEntity;
      expect(queries).toHaveLength(3);
      const said = first.roles[0];
      expect(said).toMatchObject({ role: "said", total: 25, paged: false });
      expect(said.items).toHaveLength(20);
      expect(said.items[0].textHi).toBe("मात्रा दावा 24"); // newest first
      expect(first.tally.rows[0]).toMatchObject({
        total: 25,
        counts: { rating_false: 12, rating_true: 13 },
      });
      const second = (await publicEntity(
        many.slug,
        { role: "said", after: said.next! },
        counted,
      )) as PublicEntity;
      expect(second.roles[0].items.map((i) => i.textHi)).toEqual(
        [4, 3, 2, 1, 0].map((i) => `मात्रा दावा ${i}`),
      );
      expect(second.roles[0]).toMatchObject({ next: null, paged: true });
      expect(queries).toHaveLength(6); // the same three statements again, whatever the page
      await listPublicEntities({ q: "Test Prolific" }, counted);
      expect(queries).toHaveLength(7);
    } finally {
      await counted.$disconnect();
    }
  });
  it("counts a claim by its newest published verdict once a correction has published another", async () => {
    // A correction publishes a new verdict version; the old one stays PUBLISHED as history.
    await db().verdict.create({
      data: {
        claimId: C.said.claimId,
        ratingId: "rating_true",
        summaryHi: "सुधारा गया सार",
        rationale: "सुधार के बाद का तर्क",
        status: "PUBLISHED",
        authorId: author.id,
        publishedAt: new Date(),
        createdAt: new Date(Date.now() + 1000),
      },
    });
    const relay = (await publicEntity(E.relay.slug)) as PublicEntity;
    expect(tallyOf(relay, "relayed")).toMatchObject({ total: 1, counts: { rating_true: 1 } });
    expect(relay.roles[0].items).toHaveLength(1);
    expect(relay.roles[0].items[0].rating.labelEn).toBe("True");
  });
});
