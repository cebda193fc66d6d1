// The review loop through the real server actions and database: a sent-back claim has its own
// status, the thread keeps every round, and the next round shows what changed since the send-back.
import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOpenClaimsAction, updateClaimAction } from "@/lib/claim/actions";
import { listClaimsForDesk } from "@/lib/claim/data";
import { getClaimDossier } from "@/lib/claim/dossier";
import { claimListQuery } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import { addReviewCommentAction } from "@/lib/review/actions";
import { getLastSendBack, listReviewThread, listSentBackToMe } from "@/lib/review/data";
import { diffSnapshots, snapshotOf } from "@/lib/review/snapshot";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  sendVerdictBackAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { auditFor, makeClaim, makeUser, scratchArticle, signIn } from "../support/fixtures";

const QUOTE = "इस ट्रेन को 1949 में किम के दादा किम इल संग को स्टालिन ने गिफ्ट किया था";
const VERDICT = {
  ratingId: "rating_true",
  summaryHi: "ट्रेन की परंपरा किम इल संग के समय से चली आ रही है।",
  rationale: "इतिहासकारों के अनुसार सोवियत संघ ने किम इल संग को बख्तरबंद डिब्बे दिए थे; यह परीक्षण का पाठ है।",
};

let author: SessionUser;
let reviewer: SessionUser;
let outsider: SessionUser;
let claimId: string;
let verdictId: string;
let version: number;

const status = async () => (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).status;
const ok = <T>(r: { ok: true; data: T } | { ok: false }) => {
  expect(r).toMatchObject({ ok: true });
  return (r as { data: T }).data;
};

beforeAll(async () => {
  [author, reviewer, outsider] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  ({ claimId } = await makeClaim(author, QUOTE, await scratchArticle()));
  signIn(author);
  ok(
    await addEvidenceAction({
      claimId,
      url: "https://example.org/review-loop/first",
      title: "First source",
      stance: "SUPPORTS",
    }),
  );
  ({ verdictId, version } = ok(await saveVerdictDraftAction({ claimId, ...VERDICT })));
  ok(await submitVerdictAction({ verdictId, version }));
  version += 1;
});
afterAll(() => signIn(null));

describe("round one: send-back", () => {
  it("the author cannot send their own verdict back (two-person rule unchanged)", async () => {
    signIn(author);
    expect(
      await sendVerdictBackAction({ verdictId, version, comment: "मैं खुद वापस भेजूं" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("send-back makes the claim SENT_BACK and writes the comment with a snapshot", async () => {
    signIn(reviewer);
    ok(await sendVerdictBackAction({ verdictId, version, comment: "तारीख जांचें और स्रोत जोड़ें" }));
    version += 1;
    expect(await status()).toBe("SENT_BACK");
    const thread = await listReviewThread(claimId);
    expect(thread.map((c) => [c.kind, c.round, c.author.id, c.body])).toEqual([
      ["SEND_BACK", 1, reviewer.id, "तारीख जांचें और स्रोत जोड़ें"],
    ]);
    const last = await getLastSendBack(verdictId);
    expect(last?.snapshot.claim.textHi).toBe(QUOTE);
    expect(last?.snapshot.evidence.map((e) => e.line)).toEqual([
      "First source · https://example.org/review-loop/first · supports",
    ]);
    expect((await auditFor("ReviewComment", thread[0].id)).map((e) => e.action)).toEqual([
      "review.send-back",
    ]);
  });

  it("the author sees it in 'sent back to you'; the reviewer does not", async () => {
    signIn(author);
    expect((await listSentBackToMe()).map((c) => c.id)).toContain(claimId);
    signIn(reviewer);
    expect((await listSentBackToMe()).map((c) => c.id)).not.toContain(claimId);
  });

  it("the claims list filters sent-back claims", async () => {
    signIn(author);
    const page = await listClaimsForDesk(claimListQuery.parse({ status: "sent_back" }));
    expect(page.items.map((c) => c.id)).toContain(claimId);
    expect(page.items.every((c) => c.status === "SENT_BACK")).toBe(true);
    const open = await listClaimsForDesk(claimListQuery.parse({ status: "open" }));
    expect(open.items.map((c) => c.id)).not.toContain(claimId);
  });

  it("the log page's search box still finds it: sent back is still being worked on", async () => {
    signIn(author);
    const { textEn } = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    const found = ok(await findOpenClaimsAction({ q: textEn ?? "" }));
    expect(found.map((c) => c.id)).toContain(claimId);
  });
});

describe("round two: the author works on it again", () => {
  it("a sent-back claim takes edits to its wording, its sources and its verdict", async () => {
    signIn(author);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    ok(
      await updateClaimAction({
        claimId,
        version: claim.version,
        textHi: `${QUOTE} (1949 में)`,
        textEn: claim.textEn ?? undefined,
      }),
    );
    ok(
      await addEvidenceAction({
        claimId,
        url: "https://example.org/review-loop/second",
        title: "Second source",
        stance: "CONTEXT",
      }),
    );
    ({ version } = ok(
      await saveVerdictDraftAction({
        claimId,
        verdictId,
        version,
        ...VERDICT,
        ratingId: "rating_misleading",
      }),
    ));
  });

  it("only the writers and reviewers comment in the thread", async () => {
    signIn(outsider);
    expect(await addReviewCommentAction({ claimId, body: "मेरी भी राय" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    signIn(author);
    expect(await addReviewCommentAction({ claimId, body: "\u0000" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    ok(await addReviewCommentAction({ claimId, body: "तारीख 1949 ही है,\nस्रोत जोड़ा।" }));
    signIn(reviewer);
    ok(await addReviewCommentAction({ claimId, body: "ठीक है, दोबारा भेजिए।" }));
  });

  it("resubmitting moves it to IN_REVIEW, with the author's note in the thread", async () => {
    signIn(author);
    ok(await submitVerdictAction({ verdictId, version, note: "दोनों बदलाव कर दिए" }));
    version += 1;
    expect(await status()).toBe("IN_REVIEW");
    const thread = await listReviewThread(claimId);
    expect(thread.map((c) => [c.kind, c.round])).toEqual([
      ["SEND_BACK", 1],
      ["COMMENT", 2],
      ["COMMENT", 2],
      ["RESUBMIT_NOTE", 2],
    ]);
  });

  it("the diff against the send-back shows the wording, source and rating changes", async () => {
    signIn(reviewer);
    const last = await getLastSendBack(verdictId);
    const now = await getClaimDossier(claimId);
    if (!last || !now) throw new Error("missing");
    const sections = diffSnapshots(last.snapshot, snapshotOf(now));
    expect(sections.map((s) => s.key)).toEqual(["claim", "sources", "verdict"]);
    const wording = sections[0].rows[0];
    expect(wording.words.filter((w) => w.op === "add").map((w) => w.text.trim())).toEqual([
      "(1949 में)",
    ]);
    expect(sections[1].rows).toMatchObject([{ change: "added" }]);
    expect(sections[1].rows[0].words[0].text).toContain("Second source");
    expect(sections[2].rows.map((r) => r.label)).toEqual(["rating"]);
  });
});

describe("round three and publishing", () => {
  it("a second send-back starts a new round; the thread keeps both", async () => {
    signIn(reviewer);
    ok(await sendVerdictBackAction({ verdictId, version, comment: "सारांश भी बदलें" }));
    version += 1;
    expect(await status()).toBe("SENT_BACK");
    signIn(author);
    ok(await submitVerdictAction({ verdictId, version }));
    version += 1;
    const thread = await listReviewThread(claimId);
    expect(thread.filter((c) => c.kind === "SEND_BACK").map((c) => c.round)).toEqual([1, 2]);
    expect(thread).toHaveLength(5);
    // No change since the latest send-back: nothing to show.
    const last = await getLastSendBack(verdictId);
    const now = await getClaimDossier(claimId);
    expect(diffSnapshots(last!.snapshot, snapshotOf(now!))).toEqual([]);
  });

  it("commenting does not make the reviewer a writer: they may still publish, the author may not", async () => {
    signIn(author);
    expect(await publishVerdictAction({ verdictId, version })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    signIn(reviewer);
    ok(await publishVerdictAction({ verdictId, version }));
    expect(await status()).toBe("PUBLISHED");
    signIn(author);
    expect(await addReviewCommentAction({ claimId, body: "प्रकाशन के बाद" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });
});

describe("the backfill migration", () => {
  it("turns a claim sent back before SENT_BACK existed into one, its send-back into the thread", async () => {
    const sql = fs.readFileSync(
      "prisma/migrations/20261124012524_review_loop_backfill/migration.sql",
      "utf8",
    );
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      await c.query("BEGIN");
      await c.query(
        `insert into "Claim"(id, slug, "textHi", status, "createdById", "updatedAt")
         values ('bf_c', 'bf-c', 'पहले लौटाया गया दावा', 'OPEN', $1, now())`,
        [author.id],
      );
      await c.query(
        `insert into "Verdict"(id, "claimId", "ratingId", "summaryHi", rationale, status, "authorId", "reviewComment", "updatedAt")
         values ('bf_v', 'bf_c', 'rating_true', 's', 'r', 'DRAFT', $1, 'पुराना कारण', now())`,
        [author.id],
      );
      await c.query(
        `insert into "AuditEvent"(id, "actorId", action, "entityType", "entityId", after)
         values ('bf_e', $1, 'verdict.send-back', 'Verdict', 'bf_v', '{"reviewComment":"पुराना कारण"}')`,
        [reviewer.id],
      );
      await c.query(sql);
      const claim = await c.query(`select status from "Claim" where id = 'bf_c'`);
      const thread = await c.query(
        `select kind, body, round, "authorId", snapshot from "ReviewComment" where "verdictId" = 'bf_v'`,
      );
      expect(claim.rows).toEqual([{ status: "SENT_BACK" }]);
      expect(thread.rows).toEqual([
        { kind: "SEND_BACK", body: "पुराना कारण", round: 1, authorId: reviewer.id, snapshot: null },
      ]);
    } finally {
      await c.query("ROLLBACK");
      await c.end();
    }
  });
});
