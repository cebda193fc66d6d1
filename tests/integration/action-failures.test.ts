// What an action answers when Postgres itself refuses a write: another transaction got there first
// (a unique row, a deadlock, a serialization conflict) is CONFLICT; a server that is stopping is
// UNAVAILABLE. Each error is produced by a real Postgres, through the real Prisma adapter: the
// other editor is a second transaction held open by the test, so the interleaving is certain.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { authAction } from "@/lib/action";
import { logClaimAction } from "@/lib/claim/actions";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { mergeEntityAction } from "@/lib/entity/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  articleText,
  makeClaim,
  makeUser,
  realQuote,
  scratchArticle,
  signIn,
} from "../support/fixtures";
import { makeScratchDir, postmasterPid, startWithDb } from "../support/with-db-session";

let editor: SessionUser;
beforeAll(async () => {
  editor = await makeUser();
  signIn(editor);
});
afterAll(() => signIn(null));

const sql = () => new pg.Client({ connectionString: process.env.DATABASE_URL });

/**
 * Resolves once some backend of this database waits for a lock while running a statement that matches
 * `pattern` (other test workers' databases share the server).
 */
async function blockedOn(pattern: string): Promise<number> {
  for (let i = 0; i < 400; i++) {
    const rows = await db().$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE ${pattern}`;
    if (rows[0]) return rows[0].pid;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no backend blocked on ${pattern}`);
}

const RELOAD = /Another editor just changed this.*your text is still here.*reload/s;

async function twoPeople() {
  const made = await Promise.all(
    ["एक", "दो"].map((n) =>
      db().entity.create({
        data: {
          kind: "PERSON",
          nameHi: `${n} ${crypto.randomBytes(3).toString("hex")}`,
          nameEn: `Person ${crypto.randomBytes(3).toString("hex")}`,
        },
        select: { id: true, version: true },
      }),
    ),
  );
  return made.sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe("another transaction got there first: CONFLICT, never INTERNAL", () => {
  it("two editors add the same appearance to a claim at once: the second gets a conflict (unique violation)", async () => {
    const articleId = await scratchArticle();
    const { claimId } = await makeClaim(editor, await realQuote("art_000", 3), articleId);
    const quote = await realQuote("art_000", 4);
    const start = (await articleText(articleId)).indexOf(quote);
    const end = start + quote.length;

    // The other editor's insert of these words, not yet committed: this editor's check for words
    // already logged cannot see it, and its own insert waits on the unique index.
    const other = sql();
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(
        `INSERT INTO "Mention" (id, "claimId", "articleId", exact, prefix, suffix, start, "end")
         VALUES ($1, $2, $3, $4, '', '', $5, $6)`,
        [`m_${crypto.randomBytes(6).toString("hex")}`, claimId, articleId, quote, start, end],
      );
      const result = logClaimAction({
        articleId,
        start,
        end,
        existingClaimId: claimId,
        textEn: "same words, same claim",
        speaker: { type: "entity", party: { entityId: "ent_bbc", cue: "BBC के मुताबिक" } },
        relays: [],
        confirmCrossing: true,
      });
      await blockedOn('%INSERT INTO%"Mention"%');
      await other.query("COMMIT");
      const r = await result;
      expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
      if (!r.ok) expect(r.message).toMatch(RELOAD);
    } finally {
      await other.end();
    }
    expect(await db().mention.count({ where: { claimId, articleId, start, end } })).toBe(1);
  });

  it("a merge caught in a deadlock with another editor's opposite merge gets a conflict (40P01)", async () => {
    const [first, second] = await twoPeople();
    // The other merge locks the pair the other way round: second, then first.
    const other = sql();
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`SELECT id FROM "Entity" WHERE id = $1 FOR UPDATE`, [second.id]);
      const result = mergeEntityAction({
        loserId: first.id,
        loserVersion: first.version,
        survivorId: second.id,
        survivorVersion: second.version,
        reason: "the same person, two spellings",
        confirmSameIdentity: true,
      });
      // This merge holds `first` and waits for `second`; now the other asks for `first`. Postgres
      // finds the cycle in the backend that has waited longest (deadlock_timeout) and aborts it.
      await blockedOn("%FOR UPDATE%");
      const otherWaits = other.query(`SELECT id FROM "Entity" WHERE id = $1 FOR UPDATE`, [
        first.id,
      ]);
      const r = await result;
      expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
      if (!r.ok) expect(r.message).toMatch(RELOAD);
      await otherWaits;
      await other.query("ROLLBACK");
    } finally {
      await other.end();
    }
    expect(await db().entity.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      mergedIntoId: null,
    });
  });

  it("a serializable write that lost to a concurrent update gets a conflict (40001)", async () => {
    const [person] = await twoPeople();
    let readDone!: () => void;
    const read = new Promise<void>((r) => (readDone = r));
    let otherDone!: () => void;
    const otherCommitted = new Promise<void>((r) => (otherDone = r));
    // An action whose transaction is serializable: it reads, another editor commits a change to
    // the same row, then it writes.
    const renameAction = authAction({ schema: z.object({ id: z.string() }) }, ({ id }) =>
      db().$transaction(
        async (tx) => {
          await tx.entity.findUniqueOrThrow({ where: { id } });
          readDone();
          await otherCommitted;
          await tx.entity.update({ where: { id }, data: { description: "mine" } });
        },
        { isolationLevel: "Serializable" },
      ),
    );
    const result = renameAction({ id: person.id });
    await read;
    await db().entity.update({ where: { id: person.id }, data: { description: "theirs" } });
    otherDone();
    const r = await result;
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db().entity.findUniqueOrThrow({ where: { id: person.id } })).description).toBe(
      "theirs",
    );
  });
});

describe("a database that is stopping: UNAVAILABLE, never INTERNAL", () => {
  const holder = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

  it("a write whose session is ended by a shutdown (57P01, terminating connection)", async () => {
    const [first, second] = await twoPeople();
    const other = sql();
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`SELECT id FROM "Entity" WHERE id = $1 FOR UPDATE`, [first.id]);
      const result = mergeEntityAction({
        loserId: first.id,
        loserVersion: first.version,
        survivorId: second.id,
        survivorVersion: second.version,
        reason: "the same person, two spellings",
        confirmSameIdentity: true,
      });
      // What a fast shutdown does to every session: the same signal, to this one backend.
      const pid = await blockedOn("%FOR UPDATE%");
      await other.query("SELECT pg_terminate_backend($1)", [pid]);
      const r = await result;
      expect(r).toMatchObject({ ok: false, code: "UNAVAILABLE" });
      if (!r.ok) expect(r.message).toMatch(/Nothing was saved/);
      await other.query("ROLLBACK");
    } finally {
      await other.end();
    }
  });

  it("a write while the server is shutting down (57P03, new connections refused)", async () => {
    const scratch = makeScratchDir("stopping");
    const dataDir = path.join(scratch, "pg");
    const session = await startWithDb(dataDir);
    // A smart shutdown waits for open sessions to end and refuses new ones meanwhile: hold one.
    const held = new pg.Client({ connectionString: session.url });
    held.on("error", () => {}); // ended by the shutdown at the end
    await held.connect();
    const live = holder.prisma;
    let stopping: ReturnType<typeof createPrismaClient> | undefined;
    try {
      process.kill(postmasterPid(dataDir) as number, "SIGTERM");
      // The postmaster takes the signal asynchronously: wait until it refuses a new connection.
      for (let refused = false; !refused; ) {
        const probe = new pg.Client({ connectionString: session.url });
        refused = await probe.connect().then(
          () => false,
          (e: { code?: string }) => e.code === "57P03",
        );
        await probe.end().catch(() => {});
      }
      stopping = createPrismaClient(session.url);
      holder.prisma = stopping;
      const r = await logClaimAction({
        articleId: "art_000",
        start: 0,
        end: 10,
        textHi: "एक जाँचने लायक दावा",
        textEn: "a checkable claim",
        speaker: { type: "entity", party: { entityId: "ent_bbc", cue: "BBC" } },
        relays: [],
      });
      expect(r).toMatchObject({ ok: false, code: "UNAVAILABLE" });
      if (!r.ok) expect(r.message).toMatch(/Nothing was saved/);
    } finally {
      holder.prisma = live;
      await stopping?.$disconnect().catch(() => {});
      await session.stop();
      await held.end().catch(() => {});
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
