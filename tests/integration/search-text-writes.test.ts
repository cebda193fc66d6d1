// Issue 17, item 1: whatever an editor writes is found by search at once, not after the next
// restart's backfill. One test per write path, each through the route or action the page uses,
// each reading back through the function the search page or list uses (lib/search/data.ts,
// lib/article/data.ts). The searched word is new to the database, so only the row just written
// can hold it.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/desk/articles/[op]/route";
import { updateArticleAction } from "@/lib/article/actions";
import { listArticles } from "@/lib/article/data";
import { articleListQuery } from "@/lib/article/schema";
import { logClaimAction, updateClaimAction } from "@/lib/claim/actions";
import { db } from "@/lib/db";
import { createEntityAction, mergeEntityAction, updateEntityAction } from "@/lib/entity/actions";
import { backfillSearchText } from "@/lib/search/backfill";
import { searchDesk, searchPublished } from "@/lib/search/data";
import { searchParamsSchema } from "@/lib/search/schema";
import type { SessionUser } from "@/lib/user/session-user";
import { articleText, makeUser, signIn } from "../support/fixtures";

let editor: SessionUser;
beforeAll(async () => {
  editor = await makeUser();
  signIn(editor);
});
afterAll(() => signIn(null));

/** A word no other row holds: Latin letters only, so folding leaves it as typed. */
const word = () =>
  `zq${Array.from(crypto.randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join("")}`;

type SearchType = "claims" | "mentions" | "articles" | "entities";
/** The ids /desk/search lists for these words. */
const deskFinds = async (q: string, type: SearchType) =>
  (await searchDesk(searchParamsSchema.parse({ q, type }))).items.map((i) => i.id);
/** The ids readers' /search lists. */
const publicFinds = async (q: string, type: SearchType) =>
  (await searchPublished(searchParamsSchema.parse({ q, type }))).items.map((i) => i.id);
/** The ids /desk/articles?q= lists. */
const listFinds = async (q: string) =>
  (await listArticles(articleListQuery.parse({ q }))).items.map((i) => i.id);

/** POST /api/desk/articles/<op>, as components/desk/article-writes.ts sends it. */
async function route(op: string, input: unknown) {
  const request = new Request(`http://localhost/api/desk/articles/${op}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  const res = await POST(request, { params: Promise.resolve({ op }) });
  const result = await res.json();
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.data;
}

/** Every place an editor or reader looks an article up by its title's words finds it. */
async function expectArticleFound(q: string, id: string) {
  expect(await deskFinds(q, "articles")).toContain(id);
  expect(await listFinds(q)).toContain(id);
  expect(await publicFinds(q, "articles")).toContain(id);
}

async function pasted(title: string) {
  const body = `${title} पर आज एक नई रिपोर्ट आई।\n\nसरकार ने कहा कि काम ${word()} समय पर पूरा होगा।`;
  const data = await route("add", { title, body, lang: "hi" });
  return data.id as string;
}

describe("articles are searchable as soon as they are written", () => {
  it("pasted on the desk (POST /api/desk/articles/add)", async () => {
    const w = word();
    const id = await pasted(`पेस्ट किया गया लेख ${w}`);
    await expectArticleFound(w, id);
  });

  it("uploaded as a file batch (POST /api/desk/articles/import)", async () => {
    const w = word();
    const data = await route("import", {
      items: [
        {
          file: "upload.json",
          line: 1,
          fields: { title: `अपलोड लेख ${w}`, body: `अपलोड का पाठ ${word()}।`, lang: "hi" },
        },
      ],
    });
    expect(data.imported).toHaveLength(1);
    await expectArticleFound(w, data.imported[0].id);
  });

  it("imported with `npm run import` while the app's database is up", async () => {
    const w = word();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-import-"));
    try {
      const file = path.join(dir, `${w}.txt`);
      // A .txt file: its first line is the title.
      fs.writeFileSync(file, `आयात लेख ${w}\n\nआयात का पाठ ${word()}।\n`);
      const run = spawnSync("npm", ["run", "--silent", "import", "--", file], {
        env: process.env,
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
      const row = await db().article.findFirstOrThrow({
        where: { title: `आयात लेख ${w}` },
        select: { id: true },
      });
      await expectArticleFound(w, row.id);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("given a new version (POST /api/desk/articles/revise)", async () => {
    const w = word();
    const id = await pasted(`संशोधित लेख ${w}`);
    const before = await db().article.findUniqueOrThrow({ where: { id } });
    const r = await route("revise", {
      articleId: id,
      revision: before.revision,
      body: `${before.body}\n\nसुधार: एक वाक्य जोड़ा गया।`,
    });
    expect(r.revision).toBe(before.revision + 1);
    await expectArticleFound(w, id);
  });

  it("retitled on the desk (updateArticleAction)", async () => {
    const id = await pasted(`पुराना शीर्षक ${word()}`);
    const before = await db().article.findUniqueOrThrow({ where: { id } });
    const w = word();
    const r = await updateArticleAction({
      articleId: id,
      version: before.version,
      title: `नया शीर्षक ${w}`,
      lang: "hi",
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    await expectArticleFound(w, id);
  });
});

describe("claims, appearances and entities are searchable as soon as they are written", () => {
  // A fresh article per test, so its quotes are logged nowhere else.
  async function logged(textHi: string, existingClaimId?: string) {
    const id = await pasted(`दावों का लेख ${word()}`);
    const body = await articleText(id);
    const quote = body.split("\n\n")[1];
    const start = body.indexOf(quote);
    const r = await logClaimAction({
      articleId: id,
      start,
      end: start + quote.length,
      ...(existingClaimId ? { existingClaimId } : { textHi }),
      speaker: { type: "article" },
      relays: [],
    } as never);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) throw new Error("not logged");
    return { ...r.data, quote };
  }

  it("a claim logged, then its wording edited", async () => {
    const w = word();
    const { claimId } = await logged(`दावा ${w} सच है`);
    expect(await deskFinds(w, "claims")).toContain(claimId);

    const w2 = word();
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    const r = await updateClaimAction({
      claimId,
      version: claim.version,
      textHi: `दावा ${w2} सच है`,
    } as never);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(await deskFinds(w2, "claims")).toContain(claimId);
    expect(await deskFinds(w, "claims")).not.toContain(claimId);
  });

  it("an appearance added to an existing claim", async () => {
    const first = await logged(`दावा ${word()}`);
    const again = await logged("", first.claimId);
    expect(again.claimId).toBe(first.claimId);
    // The appearance's own words: the quote's word made just for this article.
    const w = again.quote.match(/zq[a-z]+/)?.[0] ?? "";
    expect(w).not.toBe("");
    expect(await deskFinds(w, "mentions")).toContain(again.mentionId);
  });

  async function entity(nameEn: string) {
    const r = await createEntityAction({ kind: "PERSON", nameEn, aliases: [] } as never);
    expect(r.ok && r.data.created, JSON.stringify(r)).toBe(true);
    if (!r.ok || !r.data.created) throw new Error("not created");
    return db().entity.findUniqueOrThrow({ where: { id: r.data.entity.id } });
  }

  it("an entity created, renamed, and merged", async () => {
    const w = word();
    const e = await entity(`Person ${w}`);
    expect(await deskFinds(w, "entities")).toContain(e.id);

    const w2 = word();
    const edit = await updateEntityAction({
      entityId: e.id,
      version: e.version,
      kind: "PERSON",
      nameEn: `Person ${w}`,
      aliases: [`Alias ${w2}`],
    } as never);
    expect(edit.ok && edit.data.saved, JSON.stringify(edit)).toBe(true);
    expect(await deskFinds(w2, "entities")).toContain(e.id);

    // The loser's name becomes the survivor's alias: searching it finds the survivor.
    const w3 = word();
    const loser = await entity(`Someone ${w3}`);
    const survivor = await db().entity.findUniqueOrThrow({ where: { id: e.id } });
    const merged = await mergeEntityAction({
      loserId: loser.id,
      loserVersion: loser.version,
      survivorId: survivor.id,
      survivorVersion: survivor.version,
      reason: "The same person, entered twice by two editors",
      confirmSameIdentity: true,
    });
    expect(merged.ok, JSON.stringify(merged)).toBe(true);
    expect(await deskFinds(w3, "entities")).toEqual([survivor.id]);
  });
});

describe("the client derives searchText itself (lib/search-text/write-extension.ts)", () => {
  it("an update of one source column reads the others in the same transaction", async () => {
    const w = word();
    const e = await db().entity.create({
      data: { slug: `st-${w}`, kind: "PERSON", nameHi: `नाम ${w}`, searchKey: w },
    });
    const w2 = word();
    // Only the aliases change (pushed, so the new list is known only to the database).
    await db().$transaction((tx) =>
      tx.entity.update({ where: { id: e.id }, data: { aliases: { push: `Alias ${w2}` } } }),
    );
    const after = await db().entity.findUniqueOrThrow({ where: { id: e.id } });
    expect(after.searchText).toContain(` ${w} `);
    expect(after.searchText).toContain(` ${w2} `);
    expect(await deskFinds(w2, "entities")).toContain(e.id);
  });

  it("refuses an updateMany that changes some source columns but not all", async () => {
    await expect(
      db().claim.updateMany({ where: { id: "no-such-claim" }, data: { topic: "x" } }),
    ).rejects.toThrow(/textHi, textEn, topic/);
  });

  it("writes what the start-up backfill writes for the same row", async () => {
    const w = word();
    const e = await db().entity.create({
      data: {
        slug: `bf-${w}`,
        kind: "PERSON",
        nameHi: `किम ${w}`,
        nameEn: `Kim ${w}`,
        aliases: ["उत्तर कोरिया", `K. ${w}`],
        searchKey: w,
      },
    });
    const written = (await db().entity.findUniqueOrThrow({ where: { id: e.id } })).searchText;
    await db().$executeRaw`UPDATE "Entity" SET "searchText" = NULL WHERE id = ${e.id}`;
    await backfillSearchText((sql, params) => db().$queryRawUnsafe(sql, ...params));
    const filled = (await db().entity.findUniqueOrThrow({ where: { id: e.id } })).searchText;
    expect(written).toContain(` ${w} `);
    expect(filled).toBe(written);
  });
});
