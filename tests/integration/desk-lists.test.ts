// The desk's lists page with keysets: walking forwards and back over rows that share a timestamp
// neither repeats nor skips one, filters narrow, a page never holds more than PAGE_SIZE rows, and a
// forged cursor or malformed query falls back to the first page instead of failing. Each test makes
// its own rows and isolates them with a filter (its own topic, outlet, or submission time long ago).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listArticles } from "@/lib/article/data";
import { articleListQuery } from "@/lib/article/schema";
import { listClaimsForDesk } from "@/lib/claim/data";
import { claimListQuery } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import {
  encodeCursor,
  PAGE_SIZE,
  type Page,
  parseListParams,
  type SearchParams,
} from "@/lib/paging";
import { searchText } from "@/lib/search-text/fold";
import type { SessionUser } from "@/lib/user/session-user";
import { countReviewableForMe, listReviewQueue, REVIEW_BADGE_CAP } from "@/lib/verdict/data";
import { reviewQueueQuery } from "@/lib/verdict/schema";
import { makeUser, signIn } from "../support/fixtures";

const tag = () => crypto.randomBytes(4).toString("hex");
const SAME_TIME = new Date("2020-05-05T05:05:05.000Z");

/** Every row of a list, page by page forwards; then every page backwards from the last. */
async function walk<T extends { id: string }>(
  load: (params: SearchParams) => Promise<Page<T>>,
  params: SearchParams,
) {
  const forward: T[][] = [];
  let page = await load(params);
  forward.push(page.items);
  while (page.next) {
    page = await load({ ...params, after: page.next });
    forward.push(page.items);
    if (forward.length > 50) throw new Error("paging does not end");
  }
  const backward: T[][] = [page.items];
  while (page.prev) {
    page = await load({ ...params, before: page.prev });
    backward.unshift(page.items);
    if (backward.length > 50) throw new Error("paging back does not end");
  }
  return { forward, backward };
}

let alice: SessionUser;
let bob: SessionUser;
beforeAll(async () => {
  alice = await makeUser();
  bob = await makeUser();
});
afterAll(() => signIn(null));

describe("claims list", () => {
  const topic = `t-${tag()}`;
  const ids: string[] = [];
  const claims = (p: SearchParams) => listClaimsForDesk(parseListParams(claimListQuery, p));

  beforeAll(async () => {
    // 130 claims: the middle 70 logged at the same millisecond, so page boundaries fall inside a tie.
    const rows = Array.from({ length: 130 }, (_, i) => ({
      id: `cl${tag()}${String(i).padStart(3, "0")}`,
      slug: `paging-${topic}-${i}`,
      textHi: `पेजिंग दावा ${i}`,
      topic,
      status: i % 2 ? ("PUBLISHED" as const) : ("OPEN" as const),
      createdById: i % 3 ? alice.id : bob.id,
      createdAt:
        i < 30
          ? new Date(SAME_TIME.getTime() - (30 - i) * 60_000)
          : i < 100
            ? SAME_TIME
            : new Date(SAME_TIME.getTime() + (i - 99) * 60_000),
    }));
    await db().claim.createMany({ data: rows });
    ids.push(...rows.map((r) => r.id));
  });

  it("pages through tied timestamps without repeating or skipping, both ways", async () => {
    signIn(alice);
    const { forward, backward } = await walk(claims, { topic });
    expect(forward.map((p) => p.length)).toEqual([50, 50, 30]);
    const seen = forward.flat().map((c) => c.id);
    expect(new Set(seen).size).toBe(130);
    expect([...seen].sort()).toEqual([...ids].sort());
    // Newest first, ties broken by id.
    const keys = forward.flat().map((c) => [c.createdAt.getTime(), c.id] as const);
    for (let i = 1; i < keys.length; i++) {
      const [t0, id0] = keys[i - 1];
      const [t1, id1] = keys[i];
      expect(t0 > t1 || (t0 === t1 && id0 > id1)).toBe(true);
    }
    expect(backward.map((p) => p.map((c) => c.id))).toEqual(forward.map((p) => p.map((c) => c.id)));
  });

  it("sorts oldest first and pages the same rows", async () => {
    signIn(alice);
    const { forward } = await walk(claims, { topic, sort: "oldest" });
    const seen = forward.flat().map((c) => c.id);
    expect(new Set(seen).size).toBe(130);
    expect(forward.flat()[0].createdAt.getTime()).toBeLessThan(SAME_TIME.getTime());
  });

  it("filters by status, author ('mine') and day range", async () => {
    signIn(alice);
    const published = (await walk(claims, { topic, status: "published" })).forward.flat();
    expect(published).toHaveLength(65);
    expect(published.every((c) => c.status === "PUBLISHED")).toBe(true);
    const mine = (await walk(claims, { topic, mine: "1" })).forward.flat();
    expect(mine).toHaveLength(130 - 44); // i % 3 === 0 are Bob's: 44 of 130
    const day = (await walk(claims, { topic, from: "2020-05-05", to: "2020-05-05" })).forward;
    expect(day.flat()).toHaveLength(130);
    const none = await claims({ topic, from: "2020-05-06" });
    expect(none.items).toHaveLength(0);
  });

  it("narrows to search words the way the search box matches them, spelling variants included", async () => {
    signIn(alice);
    // The seed's demo claim says "…अनाज उगाने का रिकॉर्ड…": रिकार्ड is the same word spelled otherwise.
    const found = await claims({ q: "अनाज रिकार्ड" });
    expect(found.items.map((c) => c.id)).toContain("claim_demo_grain");
    const other = await claims({ q: "अनाज चावल" });
    expect(other.items.map((c) => c.id)).not.toContain("claim_demo_grain");
  });

  it("a forged, foreign or garbled cursor and bad filters read as the first page", async () => {
    signIn(alice);
    const first = await claims({ topic });
    for (const after of [
      "not-a-cursor",
      "%%%",
      encodeCursor("yesterday", ids[5]), // a key that is no date
      Buffer.from(JSON.stringify(["2020-01-01T00:00:00.000Z", "x'; drop table"])).toString(
        "base64url",
      ),
      Buffer.from("[1,2,3]").toString("base64url"),
      "A".repeat(5000),
    ]) {
      const page = await claims({ topic, after });
      expect(page.items.map((c) => c.id)).toEqual(first.items.map((c) => c.id));
    }
    const bad = await claims({ topic, status: "nonsense", sort: "sideways", from: "2020-02-31" });
    expect(bad.items.map((c) => c.id)).toEqual(first.items.map((c) => c.id));
    const arrays = await claims({ topic: [topic, "other"], rating: ["\u0000"] });
    expect(arrays.items).toHaveLength(PAGE_SIZE);
  });

  it("filters by outlet, speaker and rating through the claim's appearances and verdicts", async () => {
    signIn(alice);
    const outlet = await db().entity.create({
      data: { kind: "OUTLET", nameEn: `Outlet ${tag()}` },
    });
    const speaker = await db().entity.create({
      data: { kind: "PERSON", nameEn: `Speaker ${tag()}` },
    });
    const body = `लेख ${tag()} जिसमें दावा है`;
    const article = await db().article.create({
      data: {
        title: "फ़िल्टर लेख",
        body,
        contentHash: crypto.createHash("sha256").update(body).digest("hex"),
        outletId: outlet.id,
      },
    });
    const [a, b] = ids;
    await db().mention.create({
      data: {
        claimId: a,
        articleId: article.id,
        exact: "लेख",
        prefix: "",
        suffix: "",
        start: 0,
        end: 3,
        attribution: { create: { position: 0, role: "SPEAKER", entityId: speaker.id } },
      },
    });
    await db().verdict.create({
      data: {
        claimId: b,
        ratingId: "rating_half_true",
        summaryHi: "सारांश",
        rationale: "कारण",
        authorId: bob.id,
      },
    });
    expect((await claims({ topic, outlet: outlet.id })).items.map((c) => c.id)).toEqual([a]);
    expect((await claims({ topic, speaker: speaker.id })).items.map((c) => c.id)).toEqual([a]);
    const rated = await claims({ topic, rating: "rating_half_true" });
    expect(rated.items.map((c) => c.id)).toEqual([b]);
    expect(rated.items[0].verdicts[0].rating.labelEn).toBe("Half true");
  });
});

describe("articles list", () => {
  const articles = (p: SearchParams) => listArticles(parseListParams(articleListQuery, p));
  let outletId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    outletId = (await db().entity.create({ data: { kind: "OUTLET", nameEn: `O ${tag()}` } })).id;
    const rows = Array.from({ length: 75 }, (_, i) => {
      const body = `लेख ${tag()} ${i}`;
      return {
        id: `ar${tag()}${i}`,
        title: `शीर्षक ${String(i % 20).padStart(2, "0")}`, // titles repeat: ties on the title sort
        body,
        lang: i % 5 === 0 ? "en" : "hi",
        contentHash: crypto.createHash("sha256").update(body).digest("hex"),
        outletId,
        createdAt: SAME_TIME,
        publishedAt: new Date(Date.UTC(2021, 0, 1 + (i % 10))),
      };
    });
    await db().article.createMany({ data: rows });
    ids.push(...rows.map((r) => r.id));
    // Two claims logged in the first article: its count is 2, read without loading them.
    const claim = await db().claim.create({
      data: { slug: `art-count-${tag()}`, textHi: "गिनती", createdById: alice.id },
    });
    for (const start of [0, 4])
      await db().mention.create({
        data: {
          claimId: claim.id,
          articleId: rows[0].id,
          exact: "x",
          prefix: "",
          suffix: "",
          start,
          end: start + 1,
        },
      });
  });

  it("pages by time added and by title without overlap, with the mention count per row", async () => {
    signIn(alice);
    for (const sort of ["newest", "oldest", "title"]) {
      const { forward, backward } = await walk(articles, { outlet: outletId, sort });
      expect(forward.map((p) => p.length)).toEqual([50, 25]);
      expect(new Set(forward.flat().map((a) => a.id)).size).toBe(75);
      expect(backward.map((p) => p.map((a) => a.id))).toEqual(
        forward.map((p) => p.map((a) => a.id)),
      );
      if (sort === "title") {
        const titles = forward.flat().map((a) => a.title);
        expect(titles).toEqual([...titles].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
      }
    }
    const all = (await walk(articles, { outlet: outletId })).forward.flat();
    expect(all.find((a) => a.id === ids[0])?.mentionCount).toBe(2);
  });

  it("filters by language and publication day", async () => {
    signIn(alice);
    const en = (await walk(articles, { outlet: outletId, lang: "en" })).forward.flat();
    expect(en).toHaveLength(15);
    expect(en.every((a) => a.lang === "en")).toBe(true);
    const day = await articles({ outlet: outletId, from: "2021-01-03", to: "2021-01-04" });
    expect(day.items).toHaveLength(16); // i % 10 is 2 or 3: 8 + 8 of 75
    const junk = await articles({ outlet: outletId, lang: "'; --", sort: 7 as unknown as string });
    expect(junk.items).toHaveLength(50);
  });

  it("narrows to title words the way the search box matches them, and pages with q by keyset", async () => {
    signIn(alice);
    // 55 titles spelled आर्टिलरी and 5 without it, in an outlet of their own; searched as ऑर्टिलेरी.
    const outlet = (await db().entity.create({ data: { kind: "OUTLET", nameEn: `Q ${tag()}` } }))
      .id;
    const rows = Array.from({ length: 60 }, (_, i) => {
      const title = i < 55 ? `आर्टिलरी शेल ${i}` : `दूसरा शीर्षक ${i}`;
      const body = `खोज लेख ${tag()} ${i}`;
      return {
        id: `aq${tag()}${i}`,
        title,
        searchText: searchText([title]),
        body,
        contentHash: crypto.createHash("sha256").update(body).digest("hex"),
        outletId: outlet,
        createdAt: SAME_TIME, // one instant: page boundaries fall inside the tie
      };
    });
    await db().article.createMany({ data: rows });
    for (const sort of ["newest", "title"]) {
      const { forward, backward } = await walk(articles, { outlet, q: "ऑर्टिलेरी", sort });
      expect(forward.map((p) => p.length)).toEqual([50, 5]);
      const found = forward.flat().map((a) => a.id);
      expect(new Set(found)).toEqual(new Set(rows.slice(0, 55).map((r) => r.id)));
      expect(backward.map((p) => p.map((a) => a.id))).toEqual(
        forward.map((p) => p.map((a) => a.id)),
      );
    }
    expect((await articles({ outlet, q: "शीर्षक" })).items).toHaveLength(5);
    expect((await articles({ outlet, q: "चावल" })).items).toHaveLength(0);
  });
});

describe("review queue", () => {
  const queue = (p: SearchParams) => listReviewQueue(parseListParams(reviewQueueQuery, p));
  const ids: string[] = [];

  beforeAll(async () => {
    // 110 verdicts submitted at one instant long ago (so they lead the oldest-first queue): all by
    // Alice, Bob an extra writer of every third.
    for (let i = 0; i < 110; i++) {
      const claim = await db().claim.create({
        data: {
          slug: `queue-${tag()}-${i}`,
          textHi: `समीक्षा दावा ${i}`,
          status: "IN_REVIEW",
          createdById: alice.id,
        },
      });
      const v = await db().verdict.create({
        data: {
          claimId: claim.id,
          ratingId: "rating_false",
          summaryHi: "सारांश",
          rationale: "कारण",
          status: "IN_REVIEW",
          authorId: alice.id,
          submittedAt: new Date("2001-01-01T00:00:00Z"),
          contributors: {
            create: [{ userId: alice.id }, ...(i % 3 === 0 ? [{ userId: bob.id }] : [])],
          },
        },
      });
      ids.push(v.id);
    }
  });

  it("pages oldest first across the tie, and 'waiting for me' leaves out what I wrote", async () => {
    signIn(bob);
    const p1 = await queue({});
    expect(p1.items).toHaveLength(PAGE_SIZE);
    expect(p1.prev).toBeNull();
    const p2 = await queue({ after: p1.next ?? "" });
    const ours = [...p1.items, ...p2.items].filter((v) => ids.includes(v.id)).map((v) => v.id);
    expect(ours).toEqual([...ids].sort().slice(0, 2 * PAGE_SIZE));
    expect(p2.items.some((v) => p1.items.some((w) => w.id === v.id))).toBe(false);
    // Bob sees whether he wrote each one without the whole contributor list.
    expect(p1.items.filter((v) => v.contributors.length > 0).length).toBe(
      ids.filter((_, i) => i % 3 === 0).filter((id) => p1.items.some((v) => v.id === id)).length,
    );

    const forBob = (await walk(queue, { forMe: "1" })).forward.flat();
    expect(forBob.filter((v) => ids.includes(v.id))).toHaveLength(110 - 37); // i % 3 === 0: 37
    // The header's badge counts no further than its cap: 110 are waiting for a new editor.
    signIn(await makeUser());
    expect(await countReviewableForMe()).toBe(REVIEW_BADGE_CAP);
    signIn(alice);
    const forAlice = (await walk(queue, { forMe: "1" })).forward.flat();
    expect(forAlice.some((v) => ids.includes(v.id))).toBe(false);
  });

  it("narrows to the claim's words as the search box matches them, and pages with q by keyset", async () => {
    signIn(bob);
    // 53 claims in review spelled नॉर्थ कोरिया (a word unique to this run makes them this test's),
    // searched as उत्तर कोरिया: the loanword and the Hindi word share a spelling key.
    const word = `q${tag()}`;
    const mine: string[] = [];
    for (let i = 0; i < 53; i++) {
      const textHi = `नॉर्थ कोरिया ${word} दावा ${i}`;
      const claim = await db().claim.create({
        data: {
          slug: `queue-q-${word}-${i}`,
          textHi,
          searchText: searchText([textHi]),
          status: "IN_REVIEW",
          createdById: alice.id,
        },
      });
      const v = await db().verdict.create({
        data: {
          claimId: claim.id,
          ratingId: "rating_false",
          summaryHi: "सारांश",
          rationale: "कारण",
          status: "IN_REVIEW",
          authorId: alice.id,
          submittedAt: new Date("2002-02-02T00:00:00Z"),
        },
      });
      mine.push(v.id);
    }
    const { forward, backward } = await walk(queue, { q: `उत्तर कोरिया ${word}` });
    expect(forward.map((p) => p.length)).toEqual([50, 3]);
    expect(forward.flat().map((v) => v.id)).toEqual([...mine].sort());
    expect(backward.map((p) => p.map((v) => v.id))).toEqual(forward.map((p) => p.map((v) => v.id)));
    expect((await queue({ q: `दक्षिण ${word}` })).items).toHaveLength(0);
  });
});
