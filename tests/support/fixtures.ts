// Small helpers for integration tests: they make their own users and claims in the real database.
import crypto from "node:crypto";
import { logClaim } from "@/lib/claim/mutations";
import { logClaimSchema } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/user/session-user";

const state = globalThis as unknown as {
  __cacheCalls: string[];
  __sessionUser: SessionUser | null;
  __sessionLookup?: () => Promise<SessionUser | null>;
};

export const cacheCalls = () => state.__cacheCalls;
export function signIn(user: SessionUser | null) {
  state.__sessionUser = user;
  state.__sessionLookup = undefined;
}

/** Makes the session lookup itself run `lookup` (e.g. a query against a database that is down). */
export function setSessionLookup(lookup: (() => Promise<SessionUser | null>) | undefined) {
  state.__sessionLookup = lookup;
}

/** A Devanagari "word" unique to one test: consonants picked by random bytes. */
export const hindiTag = () =>
  [...crypto.randomBytes(4)].map((b) => String.fromCharCode(0x915 + (b % 30))).join("");

export async function makeUser(role: "EDITOR" | "ADMIN" = "EDITOR"): Promise<SessionUser> {
  const tag = crypto.randomBytes(4).toString("hex");
  return db().user.create({
    data: { email: `${tag}@test.local`, name: `Editor ${tag}`, role, passwordHash: "x" },
    select: { id: true, email: true, name: true, role: true },
  });
}

export async function articleText(id = "art_000") {
  return (await db().article.findUniqueOrThrow({ where: { id } })).body;
}

/**
 * Logs a claim on a quote from a seed article, as the claim form would. Words already logged in that
 * article (by the seed or another test file: they share one database) return that claim instead, so
 * each test's quotes must be its own.
 */
export async function makeClaim(actor: SessionUser, quote: string, articleId = "art_000") {
  const body = await articleText(articleId);
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${articleId}`);
  const input = logClaimSchema.parse({
    articleId,
    start,
    end: start + quote.length,
    textHi: quote,
    textEn: `test claim ${crypto.randomBytes(3).toString("hex")}`,
    speaker: { type: "entity", party: { entityId: "ent_bbc", cue: "BBC के मुताबिक" } },
    relays: [],
    // Seed sentences include bylines and other furniture lines: the tests log them on purpose.
    confirmCrossing: true,
  });
  return logClaim(actor, input);
}

const scratch = new Map<string, Promise<string>>();

/**
 * This test file's own copy of a seed article (same text, new id), created once per file: its words
 * are logged by nobody else, so a test that needs a fresh claim on fixed words gets one.
 */
export function scratchArticle(seedId = "art_000"): Promise<string> {
  let made = scratch.get(seedId);
  if (!made) {
    made = (async () => {
      const seed = await db().article.findUniqueOrThrow({ where: { id: seedId } });
      const tag = crypto.randomBytes(6).toString("hex");
      const copy = await db().article.create({
        data: {
          title: `${seed.title} (test copy ${tag})`,
          body: seed.body,
          lang: seed.lang,
          contentHash: `${seed.contentHash}-${tag}`,
          outletId: seed.outletId,
          publishedAt: seed.publishedAt,
        },
      });
      return copy.id;
    })();
    scratch.set(seedId, made);
  }
  return made;
}

export async function auditFor(entityType: string, entityId: string) {
  return db().auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { createdAt: "asc" },
  });
}

/** The n-th sentence (between dandas) of a seed article that is long enough to be a claim. */
export async function realQuote(articleId: string, n: number): Promise<string> {
  const sentences = (await articleText(articleId))
    .split(/[।\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 30 && s.length < 200);
  return sentences[n % sentences.length];
}
