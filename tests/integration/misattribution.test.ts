// Misattribution through the real server actions and database: "the article attributes this to X;
// the evidence shows it came from Y" is part of the verdict, reviewed with it, shown to readers on
// the page, in the v1 API and in the ClaimReview markup, and changed only by a reviewed correction.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PublicVerdict } from "@/components/verdict-page";
import { originatorValues } from "@/lib/attribution/originator";
import { getClaimDossier, getPublishedDossier } from "@/lib/claim/dossier";
import { logClaim } from "@/lib/claim/mutations";
import { logClaimSchema } from "@/lib/claim/schema";
import { claimReviewJsonLd } from "@/lib/claimreview/jsonld";
import { missingClaimReviewFields } from "@/lib/claimreview/validate";
import { saveCorrectionAction } from "@/lib/correction/actions";
import { db } from "@/lib/db";
import { apiClaimDetail } from "@/lib/public/api";
import { diffSnapshots, parseSnapshot, snapshotOf } from "@/lib/review/snapshot";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  sendVerdictBackAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { makeClaim, makeUser, scratchArticle, signIn } from "../support/fixtures";
import { setTestLang } from "../support/intl";

const BASE = "https://pramaan.example";
const VERDICT = {
  ratingId: "rating_misleading",
  summaryHi: "यह दावा बीबीसी का नहीं, केसीएनए की रिपोर्ट से आया: परीक्षण सार।",
  rationale: "केसीएनए की मूल रिपोर्ट में यही वाक्य है; बीबीसी ने उसे उद्धृत किया था। यह परीक्षण का पाठ है।",
};

let a: SessionUser;
let b: SessionUser;
const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};
const fieldErrors = (r: unknown) =>
  (r as { ok: boolean; fieldErrors?: Record<string, string[]> }).fieldErrors ?? {};

/** Logs fixed words of a scratch copy of a seed article, as another appearance of `claimId`. */
async function appearance(seedId: string, words: string, speaker: string, claimId?: string) {
  const articleId = await scratchArticle(seedId);
  const body = (await db().article.findUniqueOrThrow({ where: { id: articleId } })).body;
  const start = body.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return logClaim(
    a,
    logClaimSchema.parse({
      articleId,
      start,
      end: start + words.length,
      textHi: words,
      existingClaimId: claimId,
      speaker: { type: "entity", party: { entityId: speaker, cue: "के मुताबिक" } },
      relays: [],
      confirmCrossing: true,
    }),
  );
}

async function sentence(seedId: string, n: number) {
  const body = (await db().article.findUniqueOrThrow({ where: { id: seedId } })).body;
  return body
    .split(/[।\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 30 && s.length < 200)[n];
}

let claimId: string;
let slug: string;
let bbcMention: string;
let anonMention: string;
let originEvidence: string;
let otherEvidence: string;

beforeAll(async () => {
  [a, b] = await Promise.all([makeUser(), makeUser()]);
  signIn(a);
  const first = await appearance("art_000", await sentence("art_000", 3), "ent_bbc");
  claimId = first.claimId;
  bbcMention = first.mentionId;
  const second = await appearance("art_001", await sentence("art_001", 4), "ent_bbc", claimId);
  anonMention = second.mentionId;
  // The second article names an unnamed official of the Russian foreign ministry (the chain fields
  // for anonymous sources are another part of this issue; the row is what they write).
  await db().attributionLink.updateMany({
    where: { mentionId: anonMention, role: "SPEAKER" },
    data: { entityId: null, anonymousAs: "एक अधिकारी", affiliationId: "ent_ru_mfa" },
  });
  ({ evidenceId: originEvidence } = ok<{ evidenceId: string }>(
    await addEvidenceAction({
      claimId,
      url: `https://example.org/kcna-original/${claimId}`,
      title: "KCNA's original dispatch",
      stance: "CONTEXT",
    }),
  ));
  ({ evidenceId: otherEvidence } = ok<{ evidenceId: string }>(
    await addEvidenceAction({
      claimId,
      url: `https://example.org/bbc-relay/${claimId}`,
      title: "The BBC report",
      stance: "SUPPORTS",
    }),
  ));
  slug = (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).slug;
});
afterAll(() => signIn(null));

describe("recording a misattribution with the verdict", () => {
  it("refuses evidence and appearances of another claim, and half-recorded origins", async () => {
    signIn(a);
    const other = await makeClaim(a, await sentence("art_002", 5), await scratchArticle("art_002"));
    const foreign = ok<{ evidenceId: string }>(
      await addEvidenceAction({
        claimId: other.claimId,
        url: `https://example.org/elsewhere/${other.claimId}`,
        title: "Another claim's source",
        stance: "SUPPORTS",
      }),
    );
    const base = { claimId, ...VERDICT, originatorId: "ent_kcna" };
    const r1 = await saveVerdictDraftAction({ ...base, originatorEvidenceId: foreign.evidenceId });
    expect(r1.ok).toBe(false);
    expect(fieldErrors(r1).originatorEvidenceId).toBeTruthy();
    const r2 = await saveVerdictDraftAction({
      ...base,
      originatorEvidenceId: originEvidence,
      misattributedMentionIds: [bbcMention, other.mentionId],
    });
    expect(r2.ok).toBe(false);
    expect(fieldErrors(r2).misattributedMentionIds).toBeTruthy();
    const r3 = await saveVerdictDraftAction(base);
    expect(fieldErrors(r3).originatorEvidenceId).toBeTruthy();
    const r4 = await saveVerdictDraftAction({
      claimId,
      ...VERDICT,
      misattributedMentionIds: [bbcMention],
    });
    expect(fieldErrors(r4).misattributedMentionIds).toBeTruthy();
    // Nothing was saved by any of them.
    expect(await db().verdict.count({ where: { claimId } })).toBe(0);
  });

  it("is reviewed with the verdict and reaches the page, the API and the JSON-LD", async () => {
    signIn(a);
    const v = ok<{ verdictId: string; version: number }>(
      await saveVerdictDraftAction({
        claimId,
        ...VERDICT,
        originatorId: "ent_kcna",
        originatorEvidenceId: originEvidence,
        originatorNote: "केसीएनए ने यह बात बीबीसी से एक दिन पहले कही थी",
        misattributedMentionIds: [bbcMention],
      }),
    );
    ok(await submitVerdictAction(v));
    signIn(b);
    ok(await publishVerdictAction({ verdictId: v.verdictId, version: v.version + 1 }));

    const d = await getPublishedDossier(slug);
    if (!d?.verdict) throw new Error("not published");
    expect(d.verdict.originator?.slug).toBe("kcna");

    const verdict = d.verdict;
    const page = (lang: "hi" | "en") => {
      setTestLang(lang);
      try {
        return renderToStaticMarkup(createElement(PublicVerdict, { claim: d, verdict }));
      } finally {
        setTestLang("en");
      }
    };
    const html = page("en");
    const hindi = page("hi");
    expect(hindi).toContain("यह लेख इसे बीबीसी का बताता है; सबूत दिखाते हैं कि यह");
    expect(hindi).toContain("असल में किसने कहा");
    expect(hindi).not.toContain("The article attributes this");
    expect(html).toContain("The article attributes this to BBC; the evidence shows it came from");
    expect(html).toContain("Korean Central News Agency");
    expect(html).toContain(`href="#source-${originEvidence}"`);
    expect(html).toContain(`id="source-${originEvidence}"`);
    expect(html).toContain("Verified originator");
    expect(html).toContain("एक दिन पहले");
    // One notice: only the appearance the verdict marks.
    expect(html.match(/data-testid="misattribution-note"/g)).toHaveLength(1);

    const api = apiClaimDetail(d, BASE);
    expect(api.originator).toEqual({
      slug: "kcna",
      name_hi: "कोरियन सेंट्रल न्यूज एजेंसी",
      name_en: "Korean Central News Agency",
      kind: "news_agency",
    });
    expect(api.misattributions).toEqual([
      {
        mention_id: bbcMention,
        article_id: await scratchArticle("art_000"),
        attributed_to: "BBC",
        came_from: "kcna",
        evidence: {
          url: `https://example.org/kcna-original/${claimId}`,
          title: "KCNA's original dispatch",
        },
        note: "केसीएनए ने यह बात बीबीसी से एक दिन पहले कही थी",
      },
    ]);

    const ld = claimReviewJsonLd(d, BASE);
    const author = (ld.itemReviewed as { author?: { name?: string; "@type"?: string } }).author;
    // The first appearance names the BBC; the verified originator is what the markup names.
    expect(author?.name).toBe("कोरियन सेंट्रल न्यूज एजेंसी");
    expect(author?.["@type"]).toBe("Organization");
    expect(missingClaimReviewFields(JSON.parse(JSON.stringify(ld)))).toEqual([]);
  });

  it("a correction starts from the published values and can change them", async () => {
    signIn(a);
    const published = (await getPublishedDossier(slug))?.verdict;
    const start = originatorValues(published);
    expect(start).toMatchObject({
      originatorId: "ent_kcna",
      originatorEvidenceId: originEvidence,
      misattributedMentionIds: [bbcMention],
    });
    const draft = ok<{ verdictId: string; version: number }>(
      await saveCorrectionAction({
        claimId,
        ...VERDICT,
        kind: "CORRECTION",
        noteHi: "मूल स्रोत रूसी विदेश मंत्रालय निकला: सुधार।",
        originatorId: "ent_ru_mfa",
        originatorEvidenceId: otherEvidence,
        misattributedMentionIds: [bbcMention],
      }),
    );
    // Readers keep the published origin until a second editor approves the correction.
    expect((await getPublishedDossier(slug))?.verdict?.originator?.slug).toBe("kcna");
    // A correction is held to the same rules.
    const bad = await saveCorrectionAction({
      claimId,
      ...VERDICT,
      verdictId: draft.verdictId,
      version: draft.version,
      kind: "CORRECTION",
      noteHi: "मूल स्रोत रूसी विदेश मंत्रालय निकला: सुधार।",
      originatorId: "ent_ru_mfa",
      misattributedMentionIds: [bbcMention],
    });
    expect(fieldErrors(bad).originatorEvidenceId).toBeTruthy();
    ok(await submitVerdictAction(draft));
    signIn(b);
    ok(await publishVerdictAction({ verdictId: draft.verdictId, version: draft.version + 1 }));
    const d = await getPublishedDossier(slug);
    if (!d) throw new Error("gone");
    const api = apiClaimDetail(d, BASE);
    expect(api.originator?.slug).toBe("russian-ministry-of-foreign-affairs");
    expect(api.misattributions.map((m) => m.evidence?.title)).toEqual(["The BBC report"]);
    // The anonymous official of the ministry is the ministry's own voice: not suggested, and the
    // markup names the ministry.
    const ld = claimReviewJsonLd(d, BASE);
    expect((ld.itemReviewed as { author?: { name?: string } }).author?.name).toBe(
      "रूसी विदेश मंत्रालय",
    );
    expect(d.mentions.find((m) => m.id === anonMention)).toBeTruthy();
  });
});

describe("the review round", () => {
  it("the send-back snapshot records the origin, and the next round shows its change in words", async () => {
    signIn(a);
    const { claimId: id } = await appearance("art_003", await sentence("art_003", 2), "ent_tass");
    const { evidenceId } = ok<{ evidenceId: string }>(
      await addEvidenceAction({
        claimId: id,
        url: `https://example.org/origin-round/${id}`,
        title: "Ministry statement",
        stance: "CONTEXT",
      }),
    );
    const v = ok<{ verdictId: string; version: number }>(
      await saveVerdictDraftAction({
        claimId: id,
        ...VERDICT,
        originatorId: "ent_kcna",
        originatorEvidenceId: evidenceId,
      }),
    );
    ok(await submitVerdictAction(v));
    signIn(b);
    ok(
      await sendVerdictBackAction({
        verdictId: v.verdictId,
        version: v.version + 1,
        comment: "मूल स्रोत मंत्रालय है, एजेंसी नहीं",
      }),
    );
    const sent = await db().reviewComment.findFirstOrThrow({
      where: { verdictId: v.verdictId, kind: "SEND_BACK" },
    });
    const before = parseSnapshot(sent.snapshot);
    expect(before?.verdict?.originator).toBe(
      "कोरियन सेंट्रल न्यूज एजेंसी · shown by “Ministry statement”",
    );
    signIn(a);
    ok(
      await saveVerdictDraftAction({
        claimId: id,
        verdictId: v.verdictId,
        version: v.version + 2,
        ...VERDICT,
        originatorId: "ent_ru_mfa",
        originatorEvidenceId: evidenceId,
      }),
    );
    const now = await getClaimDossier(id);
    if (!before || !now) throw new Error("missing");
    const rows = diffSnapshots(before, snapshotOf(now)).find((x) => x.key === "verdict")?.rows;
    expect(rows?.find((r) => r.label === "originator")?.change).toBe("changed");
  });
});
