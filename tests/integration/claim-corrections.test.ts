// Correcting what was logged (issue 6), through the real server actions and the real database:
// evidence edited and removed, a claim withdrawn and restored, a duplicate merged into another claim.
// Each is audited in the same transaction, checks the claim versions it was given, and refuses a
// claim that is locked.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  mergeClaimAction,
  restoreClaimAction,
  updateClaimAction,
  withdrawClaimAction,
} from "@/lib/claim/actions";
import { findMergeTargets, listClaimMatches, listClaimsForDesk } from "@/lib/claim/data";
import { getClaimDossier, getPublishedDossier } from "@/lib/claim/dossier";
import { logClaim } from "@/lib/claim/mutations";
import { claimListQuery, logClaimSchema } from "@/lib/claim/schema";
import { db } from "@/lib/db";
import { deleteEvidenceAction, editEvidenceAction } from "@/lib/evidence/actions";
import { claimWhere, parseReportFilters } from "@/lib/report/scope";
import { searchDesk } from "@/lib/search/data";
import { searchParamsSchema } from "@/lib/search/schema";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import { saveVerdictDraftAction, submitVerdictAction } from "@/lib/verdict/actions";
import {
  auditFor,
  makeClaim,
  makeUser,
  realQuote,
  scratchArticle,
  signIn,
} from "../support/fixtures";

// An audit write that fails for one marked reason: the withdrawal written just before it in the
// same transaction must go with it.
const FAIL_AUDIT = "ऑडिट विफल परीक्षण";
vi.mock("@/lib/audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit")>();
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      const after = args[1].after as { withdrawReason?: string } | undefined;
      if (after?.withdrawReason === FAIL_AUDIT) throw new Error("audit table refused the row");
      return real.recordAudit(...args);
    },
  };
});

let a: SessionUser;
let b: SessionUser;
beforeAll(async () => {
  a = await makeUser();
  b = await makeUser();
  signIn(a);
});
afterAll(() => signIn(null));

const tag = () => crypto.randomBytes(4).toString("hex");
/** Every claim the log page would offer for the claim's own words, as matches or lookalikes. */
const offeredOnLogPage = async (id: string) => {
  const { textHi } = await db().claim.findUniqueOrThrow({ where: { id } });
  const found = await listClaimMatches(textHi);
  return [...found.matches, ...found.lookalikes].map((m) => m.id);
};
const version = async (id: string) =>
  (await db().claim.findUniqueOrThrow({ where: { id } })).version;
/** Another editor saves the claim: the version a form read before this is stale. */
const otherEditorSaves = (id: string) =>
  db().claim.update({ where: { id }, data: { version: { increment: 1 } } });

async function cite(claimId: string, url: string, stance: "SUPPORTS" | "CONTRADICTS") {
  const r = await addEvidenceAction({ claimId, url, title: `Source ${url}`, stance });
  if (!r.ok) throw new Error(r.message);
  return r.data;
}

async function freshClaim(n: number, articleId = "art_001") {
  return (await makeClaim(a, await realQuote(articleId, n), articleId)).claimId;
}

describe("editing and removing evidence", () => {
  it("edits stance, quote and note, audited with before and after, and bumps the claim's version", async () => {
    const claimId = await freshClaim(1);
    const { evidenceId } = await cite(claimId, `https://example.org/e/${tag()}`, "SUPPORTS");
    const v = await version(claimId);
    const r = await editEvidenceAction({
      evidenceId,
      claimVersion: v,
      stance: "CONTRADICTS",
      quote: "स्रोत का सटीक अंश",
      note: "corrected stance",
    });
    expect(r).toEqual({ ok: true, data: { claimVersion: v + 1 } });
    expect(await version(claimId)).toBe(v + 1);
    const row = await db().evidence.findUniqueOrThrow({ where: { id: evidenceId } });
    expect(row).toMatchObject({
      stance: "CONTRADICTS",
      quote: "स्रोत का सटीक अंश",
      note: "corrected stance",
    });
    const audit = await auditFor("Evidence", evidenceId);
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([
      ["evidence.create", a.id],
      ["evidence.update", a.id],
    ]);
    expect(audit[1].before).toMatchObject({ stance: "SUPPORTS", quote: null });
    expect(audit[1].after).toMatchObject({ stance: "CONTRADICTS", note: "corrected stance" });

    // The same edit against the version read before it: a conflict, nothing changed.
    const stale = await editEvidenceAction({
      evidenceId,
      claimVersion: v,
      stance: "CONTEXT",
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(stale.ok || stale.message).toMatch(/Another editor changed this claim/);
    expect((await db().evidence.findUniqueOrThrow({ where: { id: evidenceId } })).stance).toBe(
      "CONTRADICTS",
    );
  });

  it("corrects the source's citation fields through the library's own rule", async () => {
    const claimId = await freshClaim(2);
    const { evidenceId, sourceId } = await cite(
      claimId,
      `https://example.org/c/${tag()}`,
      "SUPPORTS",
    );
    const source = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
    const r = await editEvidenceAction({
      evidenceId,
      claimVersion: await version(claimId),
      stance: "SUPPORTS",
      citation: {
        sourceVersion: source.version,
        title: "Corrected title",
        publisher: "Corrected publisher",
        publishedAt: "2023-09-13",
      },
    });
    expect(r.ok).toBe(true);
    const after = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(after).toMatchObject({
      title: "Corrected title",
      publisher: "Corrected publisher",
      version: source.version + 1,
    });
    const audit = await auditFor("Source", sourceId);
    expect(audit.at(-1)).toMatchObject({ action: "source.update", actorId: a.id });

    // A stale library version: CONFLICT, and neither the source nor the evidence changed.
    const stale = await editEvidenceAction({
      evidenceId,
      claimVersion: await version(claimId),
      stance: "CONTEXT",
      citation: { sourceVersion: source.version, title: "Another title" },
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db().source.findUniqueOrThrow({ where: { id: sourceId } })).title).toBe(
      "Corrected title",
    );
    expect((await db().evidence.findUniqueOrThrow({ where: { id: evidenceId } })).stance).toBe(
      "SUPPORTS",
    );
  });

  it("removes evidence (stale version refused), audited, and the claim's history still shows it", async () => {
    const claimId = await freshClaim(3);
    const { evidenceId, sourceId } = await cite(
      claimId,
      `https://example.org/r/${tag()}`,
      "SUPPORTS",
    );
    const stale = await version(claimId);
    await otherEditorSaves(claimId);
    expect(await deleteEvidenceAction({ evidenceId, claimVersion: stale })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const v = await version(claimId);
    expect(await deleteEvidenceAction({ evidenceId, claimVersion: v })).toEqual({
      ok: true,
      data: { claimVersion: v + 1 },
    });
    expect(await db().evidence.findUnique({ where: { id: evidenceId } })).toBeNull();
    // The shared library record stays for other claims.
    expect(await db().source.findUnique({ where: { id: sourceId } })).not.toBeNull();
    const audit = await auditFor("Evidence", evidenceId);
    expect(audit.at(-1)).toMatchObject({ action: "evidence.delete", actorId: a.id });
    expect(audit.at(-1)?.before).toMatchObject({ claimId, sourceId, stance: "SUPPORTS" });
    const dossier = await getClaimDossier(claimId);
    if (!dossier) throw new Error("no dossier");
    const { listClaimHistory } = await import("@/lib/history/data");
    const history = await listClaimHistory(dossier);
    expect(history.map((e) => e.action)).toEqual(
      expect.arrayContaining(["evidence.create", "evidence.delete"]),
    );
  });

  it("refuses evidence changes on a claim in review or withdrawn", async () => {
    const claimId = await freshClaim(4);
    const { evidenceId } = await cite(claimId, `https://example.org/l/${tag()}`, "SUPPORTS");
    await withdraw(claimId, "duplicate of another check");
    const v = await version(claimId);
    expect(
      await editEvidenceAction({ evidenceId, claimVersion: v, stance: "CONTEXT" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteEvidenceAction({ evidenceId, claimVersion: v })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await db().claim.update({
      where: { id: claimId },
      data: { withdrawnAt: null, status: "IN_REVIEW" },
    });
    expect(
      await deleteEvidenceAction({ evidenceId, claimVersion: await version(claimId) }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().evidence.findUnique({ where: { id: evidenceId } })).not.toBeNull();
  });
});

async function withdraw(claimId: string, reason: string) {
  const r = await withdrawClaimAction({ claimId, version: await version(claimId), reason });
  if (!r.ok) throw new Error(r.message);
  return r.data;
}

describe("withdrawing a claim", () => {
  it("keeps it, hides it from the list, choices, search and reports, and restores it", async () => {
    const words = `वापसी${tag()}`;
    const body = (await db().article.findUniqueOrThrow({ where: { id: "art_002" } })).body;
    const quote = await realQuote("art_002", 5);
    const start = body.indexOf(quote);
    const { claimId } = await logClaim(
      a,
      logClaimSchema.parse({
        articleId: "art_002",
        start,
        end: start + quote.length,
        textHi: `${quote} ${words}`,
        speaker: { type: "article" },
        relays: [],
      }),
    );
    const listed = async (extra: Record<string, string> = {}) =>
      (await listClaimsForDesk(claimListQuery.parse({ q: words, ...extra }))).items.map(
        (c) => c.id,
      );
    const searched = async () =>
      (await searchDesk(searchParamsSchema.parse({ q: words }))).items.map((i) => i.id);
    const filters = parseReportFilters(new URLSearchParams({ q: words }));
    if (!filters.success) throw new Error("bad report filters");
    const reported = () =>
      db()
        .claim.findMany({ where: claimWhere(filters.data) })
        .then((rows) => rows.map((r) => r.id));
    expect(await listed()).toEqual([claimId]);
    expect(await searched()).toContain(claimId);
    expect(await reported()).toEqual([claimId]);

    // Reason required.
    const stale = await version(claimId);
    await otherEditorSaves(claimId);
    const v = await version(claimId);
    const noReason = await withdrawClaimAction({ claimId, version: v, reason: " " });
    expect(noReason).toMatchObject({ ok: false, code: "INVALID" });
    expect(noReason.ok || noReason.fieldErrors?.reason).toBeTruthy();
    // Stale version.
    expect(
      await withdrawClaimAction({ claimId, version: stale, reason: "not checkable" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    // An audit that fails takes the withdrawal with it.
    expect(await withdrawClaimAction({ claimId, version: v, reason: FAIL_AUDIT })).toMatchObject({
      ok: false,
      code: "INTERNAL",
    });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).withdrawnAt).toBeNull();

    signIn(b);
    // Before: the log page offers it for its own words (so the check after withdrawing means something).
    expect(await offeredOnLogPage(claimId)).toContain(claimId);
    expect(await withdrawClaimAction({ claimId, version: v, reason: "not checkable" })).toEqual({
      ok: true,
      data: { version: v + 1 },
    });
    const row = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(row).toMatchObject({ withdrawnById: b.id, withdrawReason: "not checkable" });
    expect(row.withdrawnAt).toBeInstanceOf(Date);
    const audit = await auditFor("Claim", claimId);
    expect(audit.at(-1)).toMatchObject({ action: "claim.withdraw", actorId: b.id });
    expect(audit.at(-1)?.before).toMatchObject({ withdrawnAt: null });
    expect(audit.at(-1)?.after).toMatchObject({ withdrawReason: "not checkable" });

    expect(await listed()).toEqual([]);
    expect(await listed({ withdrawn: "1" })).toEqual([claimId]);
    expect(await searched()).not.toContain(claimId);
    expect(await reported()).toEqual([]);
    expect(await offeredOnLogPage(claimId)).not.toContain(claimId);
    // Kept: the desk page still reads it, with who withdrew it and why; readers never see it.
    expect(await getClaimDossier(claimId)).toMatchObject({
      withdrawReason: "not checkable",
      withdrawnBy: { id: b.id },
    });
    expect(await getPublishedDossier(row.slug)).toBeNull();
    // Its wording is frozen while withdrawn; withdrawing twice is refused.
    expect(
      await updateClaimAction({ claimId, version: v + 1, textHi: `${quote} बदला हुआ` }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await withdrawClaimAction({ claimId, version: v + 1, reason: "again" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });

    expect(await restoreClaimAction({ claimId, version: v })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await restoreClaimAction({ claimId, version: v + 1 })).toEqual({
      ok: true,
      data: { version: v + 2 },
    });
    expect((await auditFor("Claim", claimId)).at(-1)).toMatchObject({
      action: "claim.restore",
      actorId: b.id,
    });
    expect(await listed()).toEqual([claimId]);
    expect(await searched()).toContain(claimId);
    signIn(a);
  });

  it("keeps a withdrawn claim's verdict draft from going to review", async () => {
    const claimId = await freshClaim(10);
    await cite(claimId, `https://example.org/w/${tag()}`, "SUPPORTS");
    const draft = await saveVerdictDraftAction({
      claimId,
      ratingId: "rating_false",
      summaryHi: "परीक्षण के लिए मसौदा सार यहाँ लिखा गया है।",
      rationale: "परीक्षण का तर्क: वापस लिया गया दावा समीक्षा में नहीं जाना चाहिए, कभी नहीं।",
    });
    if (!draft.ok) throw new Error(draft.message);
    await withdraw(claimId, "not checkable after all");
    const submitted = await submitVerdictAction({
      verdictId: draft.data.verdictId,
      version: draft.data.version,
    });
    expect(submitted).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const row = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(row.status).toBe("OPEN");
    expect(
      (await db().verdict.findUniqueOrThrow({ where: { id: draft.data.verdictId } })).status,
    ).toBe("DRAFT");
  });

  it("refuses a claim in review", async () => {
    const claimId = await freshClaim(6);
    await db().claim.update({ where: { id: claimId }, data: { status: "IN_REVIEW" } });
    expect(
      await withdrawClaimAction({ claimId, version: await version(claimId), reason: "dup" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("merging a duplicate claim", () => {
  it("moves appearances and sources, skips exact duplicates, and points the old claim at the survivor", async () => {
    // This file's copy of art_003: other files log the seed's own sentences.
    const article = await scratchArticle("art_003");
    const shared = await realQuote(article, 1);
    const only = await realQuote(article, 2);
    const survivor = (await makeClaim(a, shared, article)).claimId;
    const { claimId: loser, mentionId: movedMention } = await makeClaim(a, only, article);
    // The same words on both claims: logging refuses that now (it opens the claim that has them),
    // but claims logged before the guard can hold it, and merging must skip the copy.
    const sm = await db().mention.findFirstOrThrow({ where: { claimId: survivor } });
    await db().mention.create({
      data: {
        claimId: loser,
        articleId: sm.articleId,
        exact: sm.exact,
        prefix: sm.prefix,
        suffix: sm.suffix,
        start: sm.start,
        end: sm.end,
      },
    });
    const dupUrl = `https://example.org/m/${tag()}`;
    await cite(survivor, dupUrl, "SUPPORTS");
    const dupEvidence = await cite(loser, dupUrl, "SUPPORTS");
    const movedEvidence = await cite(loser, `https://example.org/m/${tag()}`, "CONTRADICTS");
    const sameSourceOtherStance = await cite(loser, dupUrl, "CONTRADICTS");
    const loserMentions = await db().mention.findMany({ where: { claimId: loser } });
    const dupMention = loserMentions.find((m) => m.id !== movedMention);
    if (!dupMention) throw new Error("no duplicate mention");

    // Picker: finds the survivor by words, never the claim itself.
    const targets = await findMergeTargets(shared.split(" ").slice(0, 4).join(" "), loser);
    expect(targets.map((t) => t.id)).toContain(survivor);
    expect(targets.map((t) => t.id)).not.toContain(loser);

    await otherEditorSaves(loser);
    await otherEditorSaves(survivor);
    const lv = await version(loser);
    const sv = await version(survivor);
    expect(
      await mergeClaimAction({ claimId: loser, version: lv, intoId: loser, intoVersion: lv }),
    ).toMatchObject({ ok: false, code: "INVALID" });
    expect(
      await mergeClaimAction({
        claimId: loser,
        version: lv,
        intoId: survivor,
        intoVersion: sv - 1,
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await mergeClaimAction({
        claimId: loser,
        version: lv - 1,
        intoId: survivor,
        intoVersion: sv,
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    // A conflict on one claim leaves the other's version alone (one transaction).
    expect(await version(loser)).toBe(lv);

    const r = await mergeClaimAction({
      claimId: loser,
      version: lv,
      intoId: survivor,
      intoVersion: sv,
    });
    expect(r).toEqual({
      ok: true,
      data: { survivorId: survivor, movedMentions: 1, movedEvidence: 2 },
    });
    const mentionOwner = async (id: string) =>
      (await db().mention.findUniqueOrThrow({ where: { id } })).claimId;
    const evidenceOwner = async (id: string) =>
      (await db().evidence.findUniqueOrThrow({ where: { id } })).claimId;
    expect(await mentionOwner(movedMention)).toBe(survivor);
    expect(await mentionOwner(dupMention.id)).toBe(loser);
    expect(await evidenceOwner(movedEvidence.evidenceId)).toBe(survivor);
    expect(await evidenceOwner(sameSourceOtherStance.evidenceId)).toBe(survivor);
    expect(await evidenceOwner(dupEvidence.evidenceId)).toBe(loser);

    const lost = await db().claim.findUniqueOrThrow({ where: { id: loser } });
    expect(lost).toMatchObject({ mergedIntoId: survivor, withdrawnById: a.id, version: lv + 1 });
    expect(lost.mergedAt).toBeInstanceOf(Date);
    expect(lost.withdrawnAt).toBeInstanceOf(Date);
    expect(await version(survivor)).toBe(sv + 1);
    expect((await getClaimDossier(loser))?.mergedIntoId).toBe(survivor);

    const [lossEvent] = (await auditFor("Claim", loser)).filter((e) => e.action === "claim.merge");
    const [gainEvent] = (await auditFor("Claim", survivor)).filter(
      (e) => e.action === "claim.merge-in",
    );
    expect(lossEvent.after).toMatchObject({
      mergedIntoId: survivor,
      movedMentionIds: [movedMention],
      skippedMentions: [{ id: dupMention.id }],
      skippedEvidence: [{ id: dupEvidence.evidenceId, stance: "SUPPORTS" }],
    });
    expect(lossEvent.before).toMatchObject({ mergedIntoId: null });
    expect(gainEvent.after).toMatchObject({ mergedFromId: loser, movedMentionIds: [movedMention] });
    expect((gainEvent.before as { mentionIds: string[] }).mentionIds).not.toContain(movedMention);

    // The merged claim is hidden like a withdrawn one, and cannot be restored or merged again.
    expect(await offeredOnLogPage(loser)).not.toContain(loser);
    expect(await restoreClaimAction({ claimId: loser, version: lv + 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await mergeClaimAction({
        claimId: loser,
        version: lv + 1,
        intoId: survivor,
        intoVersion: sv + 1,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("is blocked by a verdict draft on the merged claim, and refuses a locked survivor", async () => {
    const survivor = await freshClaim(7, "art_002");
    const loser = await freshClaim(8, "art_002");
    const draft = await saveVerdictDraftAction({
      claimId: loser,
      ratingId: "rating_true",
      summaryHi: "परीक्षण के लिए मसौदा सार यहाँ लिखा गया है।",
      rationale: "परीक्षण का तर्क: यह मसौदा विलय को रोकता है, इसलिए संपादक पहले इसे हटाए।",
    });
    expect(draft.ok).toBe(true);
    const blocked = await mergeClaimAction({
      claimId: loser,
      version: await version(loser),
      intoId: survivor,
      intoVersion: await version(survivor),
    });
    expect(blocked).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(blocked.ok || blocked.message).toMatch(/verdict draft/);

    const other = await freshClaim(9, "art_002");
    await db().claim.update({ where: { id: survivor }, data: { status: "IN_REVIEW" } });
    expect(
      await mergeClaimAction({
        claimId: other,
        version: await version(other),
        intoId: survivor,
        intoVersion: await version(survivor),
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db().claim.findUniqueOrThrow({ where: { id: other } })).mergedIntoId).toBeNull();
  });
});
