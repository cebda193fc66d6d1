// Readers' and the desk's search, and claim matching, through the functions their pages call, on
// real Postgres: one form of a Hindi word finds a claim written with another (गोले / गोलों,
// अधिकारी / अधिकारियों), and a name typed into readers' search shows the person's page above
// the fact checks, or, on a tab with nothing, which tabs found it.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withdrawClaimAction } from "@/lib/claim/actions";
import { listClaimMatches } from "@/lib/claim/data";
import { logClaim } from "@/lib/claim/mutations";
import { logClaimSchema } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import { searchDesk, searchForReaders } from "@/lib/search/data";
import { searchParamsSchema } from "@/lib/search/schema";
import { addEvidence } from "@/lib/source/mutations";
import { addEvidenceSchema } from "@/lib/source/schema";
import type { SessionUser } from "@/lib/user/session-user";
import { publishVerdict, saveVerdictDraft, submitVerdictForReview } from "@/lib/verdict/mutations";
import { saveVerdictSchema } from "@/lib/verdict/schema";
import { makeUser, scratchArticle, signIn } from "../support/fixtures";

// A word nobody else writes, so this file's claims are the only ones a search with it can find.
const tag = `तरंगिका${crypto.randomBytes(2).toString("hex")}`;
// Inflected forms only: under the old keys, the words the passage below shares with this claim
// without inflection (सुरक्षा, बात, tag) are two too few for matching's three.
const CLAIM = `${tag} पार्टियों के नेताओं और अधिकारियों ने महिलाओं की सुरक्षा पर बात की, गोलों की नहीं`;
const PASSAGE = `${tag} पार्टी के नेता और अधिकारी ने महिला की सुरक्षा पर बात की`;

let author: SessionUser;
let reviewer: SessionUser;
let claimId: string;

beforeAll(async () => {
  [author, reviewer] = await Promise.all([makeUser(), makeUser()]);
  const articleId = await scratchArticle("art_000");
  // Kirby says it: a name with a published fact check has a public page readers' search can offer.
  const input = logClaimSchema.parse({
    articleId,
    start: 0,
    end: 40,
    confirmCrossing: true,
    textHi: CLAIM,
    speaker: { type: "entity", party: { entityId: "ent_kirby" } },
    relays: [],
  });
  claimId = (await logClaim(author, input)).claimId;
  await addEvidence(
    author,
    addEvidenceSchema.parse({
      claimId,
      url: `https://example.org/${tag}`,
      title: "Party meeting minutes",
      stance: "CONTEXT",
    }),
  );
  const { verdictId, version } = await saveVerdictDraft(
    author,
    saveVerdictSchema.parse({
      claimId,
      ratingId: "rating_mostly_true",
      summaryHi: "बैठक के कार्यवृत्त में यह बात दर्ज है।",
      rationale: "परीक्षण के लिए लिखा गया तर्क: कार्यवृत्त से मिलान किया गया।",
    }),
  );
  await submitVerdictForReview(author, verdictId, version);
  await publishVerdict(reviewer, verdictId, version + 1);
});
afterAll(() => signIn(null));

const readers = (q: string, type?: string) => {
  signIn(null);
  return searchForReaders(searchParamsSchema.parse({ q, type }));
};

describe("a Hindi word in one form finds it in another", () => {
  it("readers' search: गोले finds गोलों, अधिकारी अधिकारियों, नेता नेताओं", async () => {
    for (const q of [`${tag} गोले`, `${tag} अधिकारी`, `${tag} नेता`]) {
      const { page } = await readers(q);
      expect(
        page.items.map((i) => i.id),
        q,
      ).toEqual([claimId]);
    }
    // The form the reader typed is marked in the claim's own spelling.
    const { page } = await readers(`${tag} गोले`);
    expect(page.items[0].title.filter((s) => s.hit).map((s) => s.text)).toContain("गोलों");
  });

  it("desk search: the same", async () => {
    signIn(author);
    for (const q of [`${tag} गोला`, `${tag} पार्टी`, `${tag} महिला`]) {
      const page = await searchDesk(searchParamsSchema.parse({ q }));
      expect(
        page.items.map((i) => i.id),
        q,
      ).toEqual([claimId]);
    }
  });

  it("claim matching: a passage with the singulars finds the claim logged with the plurals", async () => {
    signIn(author);
    const { matches, lookalikes } = await listClaimMatches(PASSAGE);
    expect([...matches, ...lookalikes].map((m) => m.id)).toContain(claimId);
  });
});

describe("appearances in the desk's search", () => {
  // The engine leaves withdrawn claims' appearances out by reading each candidate's claim by its
  // key (a NOT EXISTS there read all of Claim per search): still left out.
  it("an appearance of a withdrawn claim is no longer offered", async () => {
    signIn(author);
    const topic = `withdrawn-${tag}`;
    const input = logClaimSchema.parse({
      articleId: await scratchArticle("art_000"),
      start: 200,
      end: 260,
      confirmCrossing: true,
      textHi: `${tag} वापस लिया जाने वाला दावा`,
      topic,
      speaker: { type: "article" },
      relays: [],
    });
    const { claimId: id, mentionId } = await logClaim(author, input);
    const { exact } = await db().mention.findUniqueOrThrow({ where: { id: mentionId } });
    const q = exact.match(/[\p{L}\p{M}]{3,}/u)?.[0] ?? "(no word)";
    const found = async () =>
      (await searchDesk(searchParamsSchema.parse({ q, type: "mentions", topic }))).items.map(
        (i) => i.id,
      );
    expect(await found()).toEqual([mentionId]);
    const { version } = await db().claim.findUniqueOrThrow({ where: { id } });
    expect(
      await withdrawClaimAction({ claimId: id, version, reason: "not checkable" }),
    ).toMatchObject({ ok: true });
    expect(await found()).toEqual([]);
  });
});

describe("names in readers' search", () => {
  it("a name shows the person's page above the fact checks", async () => {
    const { names } = await readers("Kirby");
    expect(names?.items.map((i) => i.href)).toContain("/entities/john-kirby");
  });

  it("a tab that finds nothing says which tabs found the words, with how many", async () => {
    const { page, elsewhere } = await readers("Kirby", "articles");
    expect(page.items).toEqual([]);
    const names = elsewhere.find((e) => e.type === "entities");
    expect(names?.count).toBeGreaterThan(0);
    // Words found nowhere: nothing to point to.
    expect((await readers(`${tag}ज़ज़ज़`, "articles")).elsewhere).toEqual([]);
  });
});
