// Inbox notices and claim assignment through the real server actions and the real database: who is
// told of each event, that the notice lives and dies with the event's transaction, that nobody is
// told of what they did, and the "assigned to me" and "waiting for my review" lists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignClaimAction } from "@/lib/claim/actions";
import { listClaimsForDesk } from "@/lib/claim/data";
import { claimListQuery } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
} from "@/lib/notification/actions";
import { countUnread, listInbox } from "@/lib/notification/data";
import { addReviewCommentAction } from "@/lib/review/actions";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  sendVerdictBackAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { listReviewQueue } from "@/lib/verdict/data";
import { reviewQueueQuery } from "@/lib/verdict/schema";
import {
  auditFor,
  makeClaim,
  makeUser,
  realQuote,
  scratchArticle,
  signIn,
} from "../support/fixtures";
import { asOwner } from "../support/owner-sql";

const VERDICT = {
  ratingId: "rating_true",
  summaryHi: "सूचना परीक्षण का सारांश, जो पर्याप्त लंबा है।",
  rationale: "सूचना परीक्षण का तर्क: यह पाठ केवल परीक्षण के लिए लिखा गया है और पर्याप्त लंबा है।",
};

let author: SessionUser;
let reviewer: SessionUser;
let bystander: SessionUser;
let assignee: SessionUser;
let article: string;

const noticesFor = (userId: string, claimId: string) =>
  db().notification.findMany({
    where: { userId, claimId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, actorId: true, readAt: true, id: true },
  });
const kindsFor = async (userId: string, claimId: string) =>
  (await noticesFor(userId, claimId)).map((n) => n.kind);

async function claimWithDraft(n: number) {
  const { claimId } = await makeClaim(author, await realQuote("art_000", n), article);
  signIn(author);
  const ev = await addEvidenceAction({
    claimId,
    url: `https://example.org/notify/${n}`,
    title: "A source",
    stance: "SUPPORTS",
  });
  expect(ev.ok).toBe(true);
  const saved = await saveVerdictDraftAction({ claimId, ...VERDICT });
  if (!saved.ok) throw new Error(saved.message);
  return { claimId, ...saved.data };
}

async function claimVersion(claimId: string) {
  return (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).version;
}

beforeAll(async () => {
  [author, reviewer, bystander, assignee] = await Promise.all([
    makeUser(),
    makeUser(),
    makeUser(),
    makeUser(),
  ]);
  article = await scratchArticle();
});
afterAll(() => signIn(null));

describe("notices written with the event", () => {
  it("submit → every editor who may review; send back → the writers; publish → writers", async () => {
    const { claimId, verdictId, version } = await claimWithDraft(1);
    const submitted = await submitVerdictAction({ verdictId, version });
    expect(submitted).toMatchObject({ ok: true });
    expect(await kindsFor(reviewer.id, claimId)).toEqual(["READY_FOR_REVIEW"]);
    expect(await kindsFor(bystander.id, claimId)).toEqual(["READY_FOR_REVIEW"]);
    // The author did it, and wrote it: never told.
    expect(await kindsFor(author.id, claimId)).toEqual([]);

    // "Waiting for my review" holds it for the reviewer, not for its author.
    // Narrowed by the claim's own tag: the shared database holds more than a page in review.
    const { textEn } = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    const mine = { forMe: "1", q: textEn ?? "" };
    signIn(reviewer);
    const forReviewer = await listReviewQueue(reviewQueueQuery.parse(mine));
    expect(forReviewer.items.map((v) => v.claim.id)).toContain(claimId);
    signIn(author);
    const forAuthor = await listReviewQueue(reviewQueueQuery.parse(mine));
    expect(forAuthor.items.map((v) => v.claim.id)).not.toContain(claimId);

    signIn(reviewer);
    const back = await sendVerdictBackAction({
      verdictId,
      version: version + 1,
      comment: "Please add the primary source.",
    });
    expect(back).toMatchObject({ ok: true });
    const sentBack = await noticesFor(author.id, claimId);
    expect(sentBack.map((n) => [n.kind, n.actorId])).toEqual([["SENT_BACK", reviewer.id]]);
    expect(await kindsFor(reviewer.id, claimId)).toEqual(["READY_FOR_REVIEW"]);

    signIn(author);
    expect(await submitVerdictAction({ verdictId, version: version + 2 })).toMatchObject({
      ok: true,
    });
    signIn(reviewer);
    expect(await publishVerdictAction({ verdictId, version: version + 3 })).toMatchObject({
      ok: true,
    });
    expect(await kindsFor(author.id, claimId)).toEqual(["SENT_BACK", "PUBLISHED"]);
    // The reviewer published it: told of the two submissions, not of their own publishing.
    expect(await kindsFor(reviewer.id, claimId)).toEqual(["READY_FOR_REVIEW", "READY_FOR_REVIEW"]);
  });

  it("a comment in the review thread tells the others in it, not its writer", async () => {
    const { claimId, verdictId, version } = await claimWithDraft(2);
    await submitVerdictAction({ verdictId, version });
    signIn(reviewer);
    await sendVerdictBackAction({ verdictId, version: version + 1, comment: "Which year?" });
    signIn(author);
    expect(await addReviewCommentAction({ claimId, body: "1949, see the source." })).toMatchObject({
      ok: true,
    });
    expect(await kindsFor(reviewer.id, claimId)).toEqual(["READY_FOR_REVIEW", "COMMENT"]);
    expect(await kindsFor(author.id, claimId)).toEqual(["SENT_BACK"]);
    expect(await kindsFor(bystander.id, claimId)).toEqual(["READY_FOR_REVIEW"]);
  });

  it("an event that rolls back leaves no notice behind", async () => {
    const { claimId, verdictId, version } = await claimWithDraft(3);
    // The audit record is written after the notices: make it fail for this verdict only.
    await asOwner(`
      CREATE OR REPLACE FUNCTION notify_test_fail_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW."entityId" = '${verdictId}' AND NEW.action = 'verdict.submit' THEN
          RAISE EXCEPTION 'audit refused for the test';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await asOwner(
      `CREATE TRIGGER notify_test_fail BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION notify_test_fail_audit()`,
    );
    try {
      const r = await submitVerdictAction({ verdictId, version });
      expect(r.ok).toBe(false);
    } finally {
      await asOwner(`DROP TRIGGER notify_test_fail ON "AuditEvent"`);
      await asOwner(`DROP FUNCTION notify_test_fail_audit()`);
    }
    expect(await db().notification.count({ where: { claimId } })).toBe(0);
    expect((await db().verdict.findUniqueOrThrow({ where: { id: verdictId } })).status).toBe(
      "DRAFT",
    );
  });

  it("an assigned claim's review notice goes to the assignee alone; its publication too", async () => {
    const { claimId, verdictId, version } = await claimWithDraft(4);
    signIn(bystander);
    const assigned = await assignClaimAction({
      claimId,
      version: await claimVersion(claimId),
      assigneeId: assignee.id,
    });
    expect(assigned).toMatchObject({ ok: true });
    expect(await kindsFor(assignee.id, claimId)).toEqual(["ASSIGNED"]);
    signIn(author);
    await submitVerdictAction({ verdictId, version });
    expect(await kindsFor(assignee.id, claimId)).toEqual(["ASSIGNED", "READY_FOR_REVIEW"]);
    expect(await kindsFor(reviewer.id, claimId)).toEqual([]);
    signIn(reviewer);
    expect(await publishVerdictAction({ verdictId, version: version + 1 })).toMatchObject({
      ok: true,
    });
    expect(await kindsFor(assignee.id, claimId)).toEqual([
      "ASSIGNED",
      "READY_FOR_REVIEW",
      "PUBLISHED",
    ]);
    expect(await kindsFor(author.id, claimId)).toEqual(["PUBLISHED"]);
  });
});

describe("assignment", () => {
  it("is audited, version-checked, and tells nobody when you assign yourself", async () => {
    const { claimId } = await makeClaim(author, await realQuote("art_000", 5), article);
    signIn(assignee);
    const v = await claimVersion(claimId);
    const mine = await assignClaimAction({ claimId, version: v, assigneeId: assignee.id });
    expect(mine).toMatchObject({ ok: true, data: { version: v + 1 } });
    expect(await kindsFor(assignee.id, claimId)).toEqual([]);
    const audit = await auditFor("Claim", claimId);
    expect(audit.at(-1)).toMatchObject({
      action: "claim.assign",
      actorId: assignee.id,
      before: { assigneeId: null },
      after: { assigneeId: assignee.id },
    });

    // Someone still holding the old version is refused, and nothing changes.
    signIn(bystander);
    const stale = await assignClaimAction({ claimId, version: v, assigneeId: bystander.id });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const row = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(row.assigneeId).toBe(assignee.id);
    expect(await kindsFor(bystander.id, claimId)).toEqual([]);

    // An id that is not an active editor is refused.
    await db().user.update({ where: { id: reviewer.id }, data: { disabledAt: new Date() } });
    try {
      const r = await assignClaimAction({ claimId, version: v + 1, assigneeId: reviewer.id });
      expect(r).toMatchObject({ ok: false, code: "INVALID" });
    } finally {
      await db().user.update({ where: { id: reviewer.id }, data: { disabledAt: null } });
    }
  });

  it('"Assigned to me" lists exactly the claims assigned to the signed-in editor', async () => {
    const { claimId } = await makeClaim(author, await realQuote("art_000", 6), article);
    signIn(author);
    await assignClaimAction({
      claimId,
      version: await claimVersion(claimId),
      assigneeId: bystander.id,
    });
    signIn(bystander);
    const page = await listClaimsForDesk(claimListQuery.parse({ assigned: "1" }));
    const ids = page.items.map((c) => c.id);
    expect(ids).toContain(claimId);
    const rows = await db().claim.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.assigneeId === bystander.id)).toBe(true);
    signIn(author);
    const other = await listClaimsForDesk(claimListQuery.parse({ assigned: "1" }));
    expect(other.items.map((c) => c.id)).not.toContain(claimId);
  });
});

describe("the inbox", () => {
  it("counts unread, lists newest first, marks one and then all read — only one's own", async () => {
    const me = await makeUser();
    const { claimId } = await makeClaim(author, await realQuote("art_000", 7), article);
    signIn(author);
    let version = await claimVersion(claimId);
    for (const who of [me.id, bystander.id, me.id]) {
      const r = await assignClaimAction({ claimId, version, assigneeId: who });
      if (!r.ok) throw new Error(r.message);
      version = r.data.version;
    }
    signIn(me);
    expect(await countUnread()).toBe(2);
    const inbox = await listInbox();
    expect(inbox.items).toHaveLength(2);
    expect(inbox.items[0].createdAt >= inbox.items[1].createdAt).toBe(true);
    expect(inbox.items[0]).toMatchObject({ kind: "ASSIGNED", actor: { name: author.name } });

    // Another editor cannot mark my notice read.
    signIn(bystander);
    const theirs = await markNotificationReadAction({ id: inbox.items[0].id });
    expect(theirs).toMatchObject({ ok: false, code: "NOT_FOUND" });

    signIn(me);
    const opened = await markNotificationReadAction({ id: inbox.items[0].id });
    expect(opened).toMatchObject({ ok: true, data: { claimId } });
    expect(await countUnread()).toBe(1);
    const all = await markAllNotificationsReadAction({ seenAt: new Date().toISOString() });
    expect(all).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await countUnread()).toBe(0);
    signIn(bystander);
    expect(await countUnread()).toBeGreaterThan(0);
  });
});
