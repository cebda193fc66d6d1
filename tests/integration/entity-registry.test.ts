// The registry's desk side on the real database: duplicates refused on create and on edit (folded
// Hindi variants, English case), stale edits refused, and merges that keep every attribution, outlet,
// member, originator and name while refusing what must not be merged.
import crypto from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createEntityAction, mergeEntityAction, updateEntityAction } from "@/lib/entity/actions";
import { entityUsage, getEntityForDesk, listEntities } from "@/lib/entity/data";
import { entityListQuery } from "@/lib/entity/schema";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { describeHistory, listEntityHistory } from "@/lib/history/data";
import { PAGE_SIZE } from "@/lib/paging";
import { approveChangeAction } from "@/lib/review/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  cacheCalls,
  hindiTag,
  makeClaim,
  makeUser,
  realQuote,
  scratchArticle,
  signIn,
} from "../support/fixtures";

const tag = () => crypto.randomBytes(3).toString("hex");

let editor: SessionUser;
beforeAll(async () => {
  editor = await makeUser();
  signIn(editor);
});
afterAll(() => signIn(null));

/** Runs `fn` with the process's Prisma client swapped for one that counts its SQL statements. */
async function queriesOf<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const holder = globalThis as unknown as { prisma?: PrismaClient };
  const counted = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
    log: [{ emit: "event", level: "query" }],
  });
  let queries = 0;
  counted.$on("query", () => {
    queries++;
  });
  const saved = holder.prisma;
  holder.prisma = counted;
  try {
    return { result: await fn(), queries };
  } finally {
    holder.prisma = saved;
    await counted.$disconnect();
  }
}

type Created = { id: string; version: number };
async function create(input: Record<string, unknown>): Promise<Created> {
  const r = await createEntityAction({ kind: "PERSON", aliases: [], ...input } as never);
  if (!r.ok || !r.data.created) throw new Error(`not created: ${JSON.stringify(r)}`);
  const e = await db().entity.findUniqueOrThrow({ where: { id: r.data.entity.id } });
  return { id: e.id, version: e.version };
}

describe("duplicate prevention", () => {
  it("offers the existing entity for a nukta variant of its Hindi name, and for its English name in another case", async () => {
    const t = tag();
    const base = await create({ nameHi: `ज़ाफ़र ${hindiTag()}`, nameEn: `Zafar Test ${t}` });
    const stored = await db().entity.findUniqueOrThrow({ where: { id: base.id } });
    const plain = (stored.nameHi ?? "").replace(/\u093C/g, "");
    expect(plain).not.toBe(stored.nameHi);

    const byHindi = await createEntityAction({ kind: "PERSON", nameHi: plain, aliases: [] });
    expect(byHindi.ok && !byHindi.data.created && byHindi.data.duplicates.map((d) => d.id)).toEqual(
      [base.id],
    );
    const byCase = await createEntityAction({
      kind: "ORGANISATION",
      nameEn: `ZAFAR TEST ${t.toUpperCase()}`,
      aliases: [],
    });
    expect(byCase.ok && !byCase.data.created && byCase.data.duplicates[0].id).toBe(base.id);
    expect(await db().entity.count({ where: { nameEn: `ZAFAR TEST ${t.toUpperCase()}` } })).toBe(0);
  });

  it("offers the existing entity for a name typed with spaces or dots between its letters", async () => {
    for (const typed of [{ nameEn: "B.B.C." }, { nameHi: "बी बी सी" }, { nameEn: "b b c" }]) {
      const r = await createEntityAction({ kind: "OUTLET", aliases: [], ...typed });
      expect(r.ok && !r.data.created && r.data.duplicates.map((d) => d.id)).toEqual(["ent_bbc"]);
    }
    // Not every name containing those letters: "BBC Hindi Service" is another entry's name.
    const other = await createEntityAction({
      kind: "OUTLET",
      nameEn: `BBC Hindi Service ${tag()}`,
      aliases: [],
    });
    expect(other.ok && other.data.created).toBe(true);
  });

  it("refuses an edit that gives an entity another's name, unless named someone else and described apart", async () => {
    const t = tag();
    const kim = await create({ nameEn: `Kim Test ${t}`, description: "first one" });
    const other = await create({ nameEn: `Other Test ${t}` });
    const input = {
      entityId: other.id,
      version: other.version,
      kind: "PERSON" as const,
      nameEn: `Other Test ${t}`,
      aliases: [`kim   test ${t}`],
    };
    const r = await updateEntityAction(input);
    expect(r.ok && !r.data.saved && r.data.duplicates.map((d) => d.id)).toEqual([kim.id]);
    expect((await db().entity.findUniqueOrThrow({ where: { id: other.id } })).aliases).toEqual([]);

    const vague = await updateEntityAction({ ...input, notADuplicateOf: [kim.id] });
    expect(vague.ok).toBe(false);
    if (!vague.ok) expect(vague.fieldErrors?.description).toBeTruthy();

    const ok = await updateEntityAction({
      ...input,
      notADuplicateOf: [kim.id],
      description: "the other Kim, a chef",
    });
    expect(ok.ok && ok.data.saved && ok.data.version).toBe(other.version + 1);
    const after = await db().entity.findUniqueOrThrow({ where: { id: other.id } });
    expect(after.searchKey).toContain(`kim test ${t}`);
    // A later edit of the description alone is not asked about the name again.
    const again = await updateEntityAction({
      ...input,
      version: after.version,
      aliases: after.aliases,
      description: "the other Kim, a chef in Seoul",
    });
    expect(again.ok && again.data.saved).toBe(true);
  });

  it("refuses a stale version with CONFLICT and records the edit in words", async () => {
    const e = await create({ nameEn: `Versioned ${tag()}` });
    const input = {
      entityId: e.id,
      kind: "PERSON" as const,
      nameEn: `Renamed ${tag()}`,
      aliases: [],
    };
    const first = await updateEntityAction({ ...input, version: e.version });
    expect(first.ok).toBe(true);
    const stale = await updateEntityAction({ ...input, version: e.version, description: "late" });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.code).toBe("CONFLICT");
    const history = await describeHistory(await listEntityHistory(e.id));
    expect(history[0].action).toBe("entity.update");
    expect(history[0].sentence).toMatch(/renamed the registry entry/);
    expect(history[0].changes.map((c) => c.field)).toContain("nameEn");
  });

  it("refuses an affiliation that would make an organisation belong to its own member", async () => {
    const org = await create({ kind: "GOVERNMENT", nameEn: `Ministry ${tag()}` });
    const person = await create({ nameEn: `Official ${tag()}`, affiliationId: org.id });
    const r = await updateEntityAction({
      entityId: org.id,
      version: org.version,
      kind: "GOVERNMENT",
      nameEn: (await db().entity.findUniqueOrThrow({ where: { id: org.id } })).nameEn ?? "",
      aliases: [],
      affiliationId: person.id,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors?.affiliationId).toBeTruthy();
  });
});

describe("registry list", () => {
  it("walks every page of a search once, and back, with long alias lists", async () => {
    const t = tag();
    const made = new Set<string>();
    for (let i = 0; i < PAGE_SIZE + 5; i++) {
      const e = await create({
        kind: "ORGANISATION",
        // "row07": letters no hex tag holds, so only row 7 contains it (a bare "07" can sit inside the tag).
        nameEn: `Pager ${t} row${String(i).padStart(2, "0")}`,
        // Many long other spellings: more than a cursor could carry if the list sorted by them.
        aliases: Array.from(
          { length: 6 },
          (_, k) => `Pager ${t} ${i} other spelling ${k} ${"x".repeat(60)}`,
        ),
      });
      made.add(e.id);
    }
    const q = entityListQuery.parse({ q: `pager ${t}`, kind: "ORGANISATION" });
    const first = await listEntities(q);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.next).toBeTruthy();
    const second = await listEntities({ ...q, after: first.next ?? undefined });
    expect(second.items).toHaveLength(5);
    expect(second.next).toBeNull();
    const seen = [...first.items, ...second.items].map((e) => e.id);
    expect(new Set(seen)).toEqual(made);
    const back = await listEntities({ ...q, before: second.prev ?? undefined });
    expect(back.items.map((e) => e.id)).toEqual(first.items.map((e) => e.id));
    // Another kind, or words of no name, find none of them.
    expect((await listEntities({ ...q, kind: "PERSON" })).items).toHaveLength(0);

    // A page of 50 rows costs the queries a page of one row does (the counts are one grouped query).
    const full = await queriesOf(() => listEntities(q));
    const one = await queriesOf(() =>
      listEntities(entityListQuery.parse({ q: `pager ${t} row07`, kind: "ORGANISATION" })),
    );
    expect(full.result.items).toHaveLength(PAGE_SIZE);
    expect(one.result.items).toHaveLength(1);
    expect(full.queries).toBe(one.queries);
    expect(full.queries).toBeGreaterThanOrEqual(2); // the page (and its affiliations), its counts
    expect(full.queries).toBeLessThanOrEqual(3);
  });
});

describe("merge", () => {
  it("moves every attribution, anonymous affiliation, outlet, member, originator and name to the survivor", async () => {
    const h = hindiTag();
    const t = tag();
    const survivor = await create({
      kind: "OUTLET",
      nameHi: `समाचार ${h}`,
      nameEn: `News ${t}`,
    });
    const loser = await create({
      kind: "OUTLET",
      nameHi: `समाचार ${h}`,
      nameEn: `The News ${t}`,
      aliases: [`News-${t}`],
      description: "loser's description",
      notADuplicateOf: [survivor.id],
    });
    // What points at the loser: a speaker link, an anonymous source's affiliation, an article's
    // outlet, a member, a verdict's originator.
    const articleId = await scratchArticle("art_001");
    const { claimId } = await makeClaim(editor, await realQuote(articleId, 3), articleId);
    const mention = await db().mention.findFirstOrThrow({ where: { claimId } });
    await db().attributionLink.updateMany({
      where: { mentionId: mention.id, position: 0 },
      data: { entityId: loser.id },
    });
    await db().attributionLink.create({
      data: {
        mentionId: mention.id,
        position: 1,
        role: "RELAY",
        verb: "RELAYED",
        anonymousAs: "एक अधिकारी",
        affiliationId: loser.id,
      },
    });
    const outletArticle = await db().article.create({
      data: { title: `t ${t}`, body: "x", contentHash: `merge-${t}`, outletId: loser.id },
    });
    const member = await create({ nameEn: `Reporter ${t}`, affiliationId: loser.id });
    const verdict = await db().verdict.create({
      data: {
        claimId,
        ratingId: "rating_half_true",
        summaryHi: "सार",
        rationale: "तर्क",
        authorId: editor.id,
        originatorId: loser.id,
      },
    });
    const usage = await entityUsage([loser.id]);
    expect(usage[loser.id]).toMatchObject({
      said: 1,
      anonymousSources: 1,
      outletArticles: 1,
      members: 1,
      originatorVerdicts: 1,
    });

    const input = {
      loserId: loser.id,
      loserVersion: loser.version,
      survivorId: survivor.id,
      survivorVersion: survivor.version,
      reason: "Same outlet: one site, one masthead",
    };
    // A published claim whose chain names the loser: its cached public pages must be purged.
    const { slug } = await db().claim.update({
      where: { id: claimId },
      data: { status: "PUBLISHED" },
      select: { slug: true },
    });
    cacheCalls().length = 0;
    // Readers of that claim would see the survivor's name: the merge waits for a second editor
    // (issue 16), and is applied (and purges) when one approves it.
    const held = await mergeEntityAction(input);
    expect(held).toMatchObject({ ok: true, data: { review: { published: 1 } } });
    expect(cacheCalls()).toEqual([]);
    const requestId = held.ok && "review" in held.data ? held.data.review.requestId : "";
    signIn(await makeUser());
    const r = await approveChangeAction({ requestId });
    signIn(editor);
    expect(r.ok).toBe(true);
    expect(cacheCalls()).toContain(`path:/claims/${slug}`);
    expect(cacheCalls()).toContain(`path:/articles/${articleId}`);

    const links = await db().attributionLink.findMany({ where: { mentionId: mention.id } });
    expect(links.find((l) => l.position === 0)?.entityId).toBe(survivor.id);
    expect(links.find((l) => l.position === 1)?.affiliationId).toBe(survivor.id);
    expect(
      (await db().article.findUniqueOrThrow({ where: { id: outletArticle.id } })).outletId,
    ).toBe(survivor.id);
    expect((await db().entity.findUniqueOrThrow({ where: { id: member.id } })).affiliationId).toBe(
      survivor.id,
    );
    expect((await db().verdict.findUniqueOrThrow({ where: { id: verdict.id } })).originatorId).toBe(
      survivor.id,
    );
    const kept = await db().entity.findUniqueOrThrow({ where: { id: survivor.id } });
    // The loser's Hindi name folds to the survivor's: kept once; its other names become aliases.
    expect(kept.aliases).toEqual([`The News ${t}`, `News-${t}`]);
    expect(kept.description).toBe("loser's description");
    expect(kept.searchKey).toContain(`the news ${t}`);
    const gone = await db().entity.findUniqueOrThrow({ where: { id: loser.id } });
    expect(gone.mergedIntoId).toBe(survivor.id);
    expect(gone.mergedAt).toBeInstanceOf(Date);
    expect(await db().attributionLink.count({ where: { entityId: loser.id } })).toBe(0);
    expect(await db().attributionLink.count({ where: { affiliationId: loser.id } })).toBe(0);

    // The desk page says where it went; the list no longer offers it; the history explains it.
    expect((await getEntityForDesk(loser.id))?.mergedInto?.id).toBe(survivor.id);
    const listed = await listEntities(entityListQuery.parse({ q: `news ${t}` }));
    expect(listed.items.map((e) => e.id)).toEqual([survivor.id]);
    expect(listed.items[0].appearances).toBe(1);
    const [mergedOut] = await describeHistory(await listEntityHistory(loser.id));
    expect(mergedOut.action).toBe("entity.merge");
    expect(mergedOut.sentence).toContain(`merged this entity into News ${t}`);
    expect(mergedOut.sentence).toContain("Same outlet");
    const [mergedIn] = await describeHistory(await listEntityHistory(survivor.id));
    expect(mergedIn.action).toBe("entity.merge-in");
    expect(mergedIn.sentence).toContain("1 appearance link,");
    expect(mergedIn.sentence).toContain("1 article as outlet");

    // Merging it again: it is already merged.
    const twice = await mergeEntityAction({
      ...input,
      loserVersion: gone.version,
      survivorVersion: kept.version,
    });
    expect(twice.ok).toBe(false);
  });

  it("refuses entities of different kinds, stale versions and a too-short reason", async () => {
    const h = hindiTag();
    const person = await create({ nameHi: `व्यक्ति ${h}` });
    const org = await create({
      kind: "ORGANISATION",
      nameHi: `संगठन ${h}`,
    });
    const base = {
      loserId: person.id,
      loserVersion: person.version,
      survivorId: org.id,
      survivorVersion: org.version,
      reason: "They are the same thing",
    };
    const kinds = await mergeEntityAction(base);
    expect(kinds.ok).toBe(false);
    if (!kinds.ok) expect(kinds.message).toMatch(/different kinds/);
    const short = await mergeEntityAction({ ...base, reason: "same" });
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.fieldErrors?.reason).toBeTruthy();
    const twin = await create({
      nameHi: `व्यक्ति ${h}`,
      description: "a twin",
      notADuplicateOf: [person.id],
    });
    const stale = await mergeEntityAction({
      ...base,
      survivorId: twin.id,
      survivorVersion: twin.version + 1,
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.code).toBe("CONFLICT");
    expect((await db().entity.findUniqueOrThrow({ where: { id: person.id } })).mergedIntoId).toBe(
      null,
    );
  });

  it("never merges on a romanised spelling alone without confirmSameIdentity", async () => {
    const t = tag();
    const a = await create({ nameHi: `किम ${hindiTag()}`, nameEn: `Kim ${t}` });
    const b = await create({
      nameHi: `कीम ${hindiTag()}`,
      nameEn: `Kim ${t}`,
      description: "another Kim",
      notADuplicateOf: [a.id],
    });
    const input = {
      loserId: b.id,
      loserVersion: b.version,
      survivorId: a.id,
      survivorVersion: a.version,
      reason: "Both are called Kim in English",
    };
    const refused = await mergeEntityAction(input);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.fieldErrors?.confirmSameIdentity?.[0]).toEqual({
        key: "entity.tickRomanised",
      });
      expect(refused.message).toMatch(/romanised spelling/);
    }
    expect((await db().entity.findUniqueOrThrow({ where: { id: b.id } })).mergedIntoId).toBe(null);
    const confirmed = await mergeEntityAction({ ...input, confirmSameIdentity: true });
    expect(confirmed.ok).toBe(true);
    expect((await db().entity.findUniqueOrThrow({ where: { id: b.id } })).mergedIntoId).toBe(a.id);
  });

  it("an entry merged earlier into the loser then leads straight to the survivor", async () => {
    const h = hindiTag();
    const a = await create({ nameHi: `शृंखला ${h}` });
    const b = await create({ nameHi: `शृंखला ${h}`, description: "second", notADuplicateOf: [a.id] });
    const c = await create({
      nameHi: `शृंखला ${h}`,
      description: "third",
      notADuplicateOf: [a.id, b.id],
    });
    const merge = async (loser: Created, survivor: Created) => {
      const [l, s] = await Promise.all([
        db().entity.findUniqueOrThrow({ where: { id: loser.id } }),
        db().entity.findUniqueOrThrow({ where: { id: survivor.id } }),
      ]);
      const r = await mergeEntityAction({
        loserId: l.id,
        loserVersion: l.version,
        survivorId: s.id,
        survivorVersion: s.version,
        reason: "One entity entered three times",
      });
      expect(r.ok).toBe(true);
    };
    await merge(c, b);
    await merge(b, a);
    const rows = await db().entity.findMany({ where: { id: { in: [b.id, c.id] } } });
    expect(rows.map((r) => r.mergedIntoId)).toEqual([a.id, a.id]);
  });

  it("refuses merging an organisation into its own member", async () => {
    const h = hindiTag();
    const org = await create({ kind: "PERSON", nameHi: `दल ${h}` });
    const member = await create({
      kind: "PERSON",
      nameHi: `दल ${h}`,
      description: "member of the other",
      notADuplicateOf: [org.id],
      affiliationId: org.id,
    });
    const r = await mergeEntityAction({
      loserId: org.id,
      loserVersion: org.version,
      survivorId: member.id,
      survivorVersion: member.version,
      reason: "Testing the affiliation cycle",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/belongs to the other/);
  });

  it("two merges of one pair at once, either way round: one wins, the other is refused (versions)", async () => {
    const h = hindiTag();
    const a = await create({ nameHi: `जोड़ा ${h}` });
    const b = await create({
      nameHi: `जोड़ा ${h}`,
      description: "entered twice",
      notADuplicateOf: [a.id],
    });
    const reason = "Concurrent merge of one pair";
    const [ab, ba] = await Promise.all([
      mergeEntityAction({
        loserId: a.id,
        loserVersion: a.version,
        survivorId: b.id,
        survivorVersion: b.version,
        reason,
      }),
      mergeEntityAction({
        loserId: b.id,
        loserVersion: b.version,
        survivorId: a.id,
        survivorVersion: a.version,
        reason,
      }),
    ]);
    const results = [ab, ba];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && ["CONFLICT", "FORBIDDEN"]).toContain(
      refused && !refused.ok ? refused.code : "",
    );
    const rows = await db().entity.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.filter((r) => r.mergedIntoId !== null)).toHaveLength(1);
  });

  it("waits for a chain link still being written to the loser, then moves it too", async () => {
    const h = hindiTag();
    const survivor = await create({ nameHi: `प्रतीक्षा ${h}` });
    const loser = await create({
      nameHi: `प्रतीक्षा ${h}`,
      description: "entered twice",
      notADuplicateOf: [survivor.id],
    });
    const articleId = await scratchArticle("art_001");
    const { claimId } = await makeClaim(editor, await realQuote(articleId, 5), articleId);
    const mention = await db().mention.findFirstOrThrow({ where: { claimId } });
    // Another editor's transaction inserts a link to the loser and has not committed yet.
    let commit = () => {};
    const held = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let inserted = () => {};
    const insertedP = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const writer = db().$transaction(
      async (tx) => {
        await tx.attributionLink.create({
          data: { mentionId: mention.id, position: 7, role: "RELAY", entityId: loser.id },
        });
        inserted();
        await held;
      },
      { timeout: 30_000 },
    );
    await insertedP;
    const merging = mergeEntityAction({
      loserId: loser.id,
      loserVersion: loser.version,
      survivorId: survivor.id,
      survivorVersion: survivor.version,
      reason: "Same entry, entered twice",
    });
    // The merge must be waiting on the row lock before the writer commits (a backend of this database:
    // other test workers' databases share the server).
    for (let i = 0; ; i++) {
      const [{ n }] = await db().$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'`;
      if (n > 0) break;
      if (i > 200) throw new Error("the merge never waited for the writer's lock");
      await new Promise((r) => setTimeout(r, 25));
    }
    commit();
    await writer;
    expect((await merging).ok).toBe(true);
    const link = await db().attributionLink.findFirstOrThrow({
      where: { mentionId: mention.id, position: 7 },
    });
    expect(link.entityId).toBe(survivor.id);
  });
});
