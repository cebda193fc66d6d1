// Corrections after publication (IFCN), through the real server actions and the real database:
// a change to a published verdict goes through review, readers keep the previous version until it
// is approved, and every approved change is in the public log, the API and the reports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedDossier } from "@/lib/claim/dossier";
import {
  approveRetractionAction,
  discardCorrectionAction,
  requestRetractionAction,
  saveCorrectionAction,
  withdrawRetractionAction,
} from "@/lib/correction/actions";
import { listPublishedCorrections } from "@/lib/correction/data";
import { db } from "@/lib/db";
import { listClaimHistory } from "@/lib/history/data";
import { apiClaimDetail } from "@/lib/public/api";
import { buildReport } from "@/lib/report/build";
import { listSentBackToMe } from "@/lib/review/data";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  sendVerdictBackAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { auditFor, cacheCalls, makeClaim, makeUser, realQuote, signIn } from "../support/fixtures";

const VERDICT = {
  ratingId: "rating_true",
  summaryHi: "ट्रेन की परंपरा किम इल संग के समय से चली आ रही है।",
  rationale: "इतिहासकारों के अनुसार सोवियत संघ ने किम इल संग को बख्तरबंद डिब्बे दिए थे; यह परीक्षण का पाठ है।",
};
const CORRECTED = {
  ratingId: "rating_misleading",
  summaryHi: "ट्रेन उपहार में मिली थी, पर यह बात अधूरी है: सुधारा गया सार।",
  rationale: "नए स्रोतों से पता चला कि डिब्बे उपहार में मिले थे पर ट्रेन बाद में बनी; यह सुधार परीक्षण है।",
};
const NOTE = "रेटिंग 'सत्य' से 'भ्रामक' की गई: नए स्रोत मिले।";

let a: SessionUser;
let b: SessionUser;

const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};

/** A claim published through the ordinary workflow: A writes, B publishes. */
async function publishedClaim(quote: string) {
  signIn(a);
  const { claimId } = await makeClaim(a, quote);
  ok(
    await addEvidenceAction({
      claimId,
      url: `https://example.org/corrections/${claimId}`,
      title: "Archive",
      stance: "SUPPORTS",
    }),
  );
  const v = ok<{ verdictId: string; version: number }>(
    await saveVerdictDraftAction({ claimId, ...VERDICT }),
  );
  ok(await submitVerdictAction(v));
  signIn(b);
  ok(await publishVerdictAction({ verdictId: v.verdictId, version: v.version + 1 }));
  const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
  return { claimId, slug: claim.slug, firstVerdictId: v.verdictId };
}

beforeAll(async () => {
  [a, b] = await Promise.all([makeUser(), makeUser()]);
});
afterAll(() => signIn(null));

describe("a correction goes through review; readers keep the published version until then", () => {
  let claimId: string;
  let slug: string;
  let firstVerdictId: string;
  let draft: { verdictId: string; version: number; correctionId: string };

  beforeAll(async () => {
    ({ claimId, slug, firstVerdictId } = await publishedClaim("ट्रेन में एक कॉन्फ्रेंस रूम भी है"));
  });

  it("the plain verdict form cannot start a second verdict on a published claim", async () => {
    signIn(a);
    const r = await saveVerdictDraftAction({ claimId, ...CORRECTED });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a correction needs its kind and a Hindi note", async () => {
    signIn(a);
    const r = await saveCorrectionAction({ claimId, ...CORRECTED, noteHi: "" } as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {})).toEqual(expect.arrayContaining(["kind", "noteHi"]));
    expect(await db().correction.count({ where: { claimId } })).toBe(0);
  });

  it("starts a new draft version with its note; the claim stays published", async () => {
    signIn(a);
    draft = ok(
      await saveCorrectionAction({ claimId, ...CORRECTED, kind: "CORRECTION", noteHi: NOTE }),
    );
    const c = await db().correction.findUniqueOrThrow({ where: { id: draft.correctionId } });
    expect(c).toMatchObject({
      kind: "CORRECTION",
      verdictId: draft.verdictId,
      replacesId: firstVerdictId,
      requestedById: a.id,
      publishedAt: null,
    });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe(
      "PUBLISHED",
    );
    const events = await auditFor("Correction", c.id);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["correction.create", a.id]]);
  });

  it("only one pending change per claim: a second correction or a retraction is refused", async () => {
    signIn(b);
    const again = await saveCorrectionAction({
      claimId,
      ...CORRECTED,
      kind: "CLARIFICATION",
      noteHi: NOTE,
    });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
    const retract = await requestRetractionAction({ claimId, noteHi: NOTE });
    expect(retract).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("edits the draft and its note together, then submits; the claim stays published", async () => {
    signIn(a);
    draft = ok(
      await saveCorrectionAction({
        claimId,
        verdictId: draft.verdictId,
        version: draft.version,
        ...CORRECTED,
        kind: "CORRECTION",
        noteHi: `${NOTE} (संशोधित)`,
        noteEn: "Rating changed from True to Misleading: new sources.",
      }),
    );
    ok(await submitVerdictAction({ verdictId: draft.verdictId, version: draft.version }));
    draft.version += 1;
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim.status).toBe("PUBLISHED");
  });

  it("until approved, readers see the previous version and no correction", async () => {
    const d = await getPublishedDossier(slug);
    expect(d?.verdict?.id).toBe(firstVerdictId);
    expect(d?.verdict?.rating.id).toBe("rating_true");
    expect(d?.corrections).toEqual([]);
    const listed = await listPublishedCorrections(1, 50);
    expect(listed.items.map((c) => c.id)).not.toContain(draft.correctionId);
  });

  it("sent back, the claim stays published; the author cannot approve their own correction", async () => {
    signIn(b);
    ok(await sendVerdictBackAction({ ...draft, comment: "स्रोत का नाम नोट में लिखें" }));
    draft.version += 1;
    expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe(
      "PUBLISHED",
    );
    signIn(a);
    // Its writer still finds it at the top of the desk, though the claim's status did not change.
    expect((await listSentBackToMe()).map((c) => c.id)).toContain(claimId);
    ok(await submitVerdictAction({ verdictId: draft.verdictId, version: draft.version }));
    expect((await listSentBackToMe()).map((c) => c.id)).not.toContain(claimId);
    draft.version += 1;
    const own = await publishVerdictAction({ verdictId: draft.verdictId, version: draft.version });
    expect(own).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a second editor approves: the new version is public, dated and logged; the old one is kept", async () => {
    cacheCalls().length = 0;
    signIn(b);
    ok(await publishVerdictAction({ verdictId: draft.verdictId, version: draft.version }));
    const c = await db().correction.findUniqueOrThrow({ where: { id: draft.correctionId } });
    expect(c.approvedById).toBe(b.id);
    expect(c.publishedAt).not.toBeNull();
    const old = await db().verdict.findUniqueOrThrow({ where: { id: firstVerdictId } });
    expect(old.status).toBe("PUBLISHED");

    const d = await getPublishedDossier(slug);
    expect(d?.verdict?.id).toBe(draft.verdictId);
    expect(d?.verdict?.rating.id).toBe("rating_misleading");
    expect(d?.corrections).toHaveLength(1);
    expect(d?.corrections[0]).toMatchObject({
      kind: "CORRECTION",
      noteHi: `${NOTE} (संशोधित)`,
      from: { rating: { id: "rating_true" } },
      to: { rating: { id: "rating_misleading" } },
    });
    expect(cacheCalls()).toEqual(
      expect.arrayContaining([
        `path:/claims/${slug}`,
        "path:/corrections",
        "path:/api/v1/corrections",
      ]),
    );
    const events = await auditFor("Correction", c.id);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["correction.create", a.id],
      ["correction.update", a.id],
      ["correction.publish", b.id],
    ]);
  });

  it("the log, the API and the citation report carry it", async () => {
    const listed = await listPublishedCorrections(1, 50);
    const mine = listed.items.find((c) => c.id === draft.correctionId);
    expect(mine).toMatchObject({ kind: "CORRECTION", claim: { slug } });
    expect(mine?.from?.labelEn).toBe("True");
    expect(mine?.to?.labelEn).toBe("Misleading");
    // Newest first.
    const times = listed.items.map((c) => +c.publishedAt);
    expect(times).toEqual([...times].sort((x, y) => y - x));

    const d = (await getPublishedDossier(slug))!;
    const api = apiClaimDetail(d, "http://x");
    expect(api.retracted_at).toBeNull();
    expect(api.corrections).toEqual([
      expect.objectContaining({
        kind: "correction",
        note_hi: `${NOTE} (संशोधित)`,
        rating_before: expect.objectContaining({ label_en: "True" }),
        rating_after: expect.objectContaining({ label_en: "Misleading" }),
      }),
    ]);
    const report = buildReport({ title: d.textHi, filters: { claim: d.id } }, [d], {
      baseUrl: "http://x",
    });
    expect(report.claims[0].corrections).toEqual([
      expect.objectContaining({ kind: "CORRECTION", textHi: `${NOTE} (संशोधित)` }),
    ]);
  });
});

describe("retraction: requested by one editor, approved by another; the page stays public", () => {
  let claimId: string;
  let slug: string;

  beforeAll(async () => {
    ({ claimId, slug } = await publishedClaim(await realQuote("art_000", 3)));
  });

  it("the requester cannot approve; a withdrawn request leaves nothing public", async () => {
    signIn(a);
    const { correctionId } = ok<{ correctionId: string }>(
      await requestRetractionAction({ claimId, noteHi: "मूल लेख का स्रोत गलत निकला, इसलिए वापस।" }),
    );
    const own = await approveRetractionAction({ correctionId, version: 1 });
    expect(own).toMatchObject({ ok: false, code: "FORBIDDEN" });
    ok(await withdrawRetractionAction({ correctionId, version: 1 }));
    expect(await db().correction.count({ where: { claimId } })).toBe(0);
    const events = await auditFor("Correction", correctionId);
    expect(events.map((e) => e.action)).toEqual(["correction.create", "correction.withdraw"]);
    // The claim's history on the desk shows the request and its withdrawal, though the row is gone.
    const history = await listClaimHistory({ id: claimId, mentions: [], evidence: [] });
    expect(history.map((e) => e.action)).toEqual(
      expect.arrayContaining(["correction.create", "correction.withdraw"]),
    );
  });

  it("approved: the claim is public, marked retracted, with the note; no further changes", async () => {
    signIn(a);
    const { correctionId } = ok<{ correctionId: string }>(
      await requestRetractionAction({
        claimId,
        noteHi: "मूल लेख का स्रोत गलत निकला, इसलिए यह फैक्ट चेक वापस लिया गया।",
        noteEn: "The source article was wrong.",
      }),
    );
    signIn(b);
    ok(await approveRetractionAction({ correctionId, version: 1 }));
    const d = await getPublishedDossier(slug);
    expect(d).not.toBeNull();
    expect(d?.retractedAt).not.toBeNull();
    expect(d?.corrections[0]).toMatchObject({ kind: "RETRACTION", to: null });
    expect(apiClaimDetail(d!, "http://x").retracted_at).toMatch(/^\d{4}-/);
    expect((await auditFor("Claim", claimId)).map((e) => e.action)).toContain("claim.retract");

    signIn(a);
    const again = await saveCorrectionAction({
      claimId,
      ...CORRECTED,
      kind: "CLARIFICATION",
      noteHi: NOTE,
    });
    expect(again).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("a correction draft can be discarded by its author; readers never saw it", () => {
  it("only the author, only while a draft; afterwards the claim takes a new change", async () => {
    const { claimId, slug, firstVerdictId } = await publishedClaim(await realQuote("art_000", 17));
    signIn(a);
    const d = ok<{ verdictId: string; version: number; correctionId: string }>(
      await saveCorrectionAction({ claimId, ...CORRECTED, kind: "CLARIFICATION", noteHi: NOTE }),
    );
    signIn(b);
    const notMine = await discardCorrectionAction({ correctionId: d.correctionId, version: 1 });
    expect(notMine).toMatchObject({ ok: false, code: "FORBIDDEN" });
    signIn(a);
    ok(await discardCorrectionAction({ correctionId: d.correctionId, version: 1 }));
    expect(await db().verdict.findUnique({ where: { id: d.verdictId } })).toBeNull();
    expect(await db().correction.findUnique({ where: { id: d.correctionId } })).toBeNull();
    expect((await auditFor("Correction", d.correctionId)).map((e) => e.action)).toEqual([
      "correction.create",
      "correction.discard",
    ]);
    expect((await getPublishedDossier(slug))?.verdict?.id).toBe(firstVerdictId);
    // Free again: a new correction can start.
    ok(await saveCorrectionAction({ claimId, ...CORRECTED, kind: "CORRECTION", noteHi: NOTE }));
  });
});
