// Misattribution's pure rules: who ClaimReview names as the claim's author, what a chain's speaker
// reads as, which appearances the form suggests marking, and what the review diff and history say.
import { describe, expect, it } from "vitest";
import {
  attributedTo,
  isOwnAssertion,
  NO_ORIGINATOR,
  originatorValues,
  suggestMisattributed,
} from "@/lib/attribution/originator";
import { claimReviewJsonLd, reviewedClaimAuthor } from "@/lib/claimreview/jsonld";
import { missingClaimReviewFields } from "@/lib/claimreview/validate";
import { describeEvent } from "@/lib/history/describe";
import { diffSnapshots, type SnapshotSource, snapshotOf } from "@/lib/review/snapshot";
import { saveVerdictSchema } from "@/lib/verdict/schema";
import { publishedDossier } from "./dossier-fixture";

const bbc = { id: "ent_bbc", kind: "OUTLET", nameHi: "बीबीसी", nameEn: "BBC" };
const kirby = {
  id: "ent_kirby",
  kind: "PERSON",
  nameHi: "जॉन किर्बी",
  nameEn: "John Kirby",
  affiliationId: "ent_us_gov",
};
const usGov = { id: "ent_us_gov", kind: "GOVERNMENT", nameHi: "अमेरिकी सरकार", nameEn: null };
const kcna = {
  id: "ent_kcna",
  kind: "NEWS_AGENCY",
  nameHi: "केसीएनए",
  nameEn: "KCNA",
  url: "https://kcnawatch.org",
};

describe("ClaimReview itemReviewed.author", () => {
  it("names the verified originator whatever the appearances say", () => {
    expect(reviewedClaimAuthor(kcna, [bbc, kirby])).toBe(kcna);
    expect(reviewedClaimAuthor(kcna, [])).toBe(kcna);
  });
  it("names the speaker when every appearance that names one names the same", () => {
    expect(reviewedClaimAuthor(null, [bbc, null, { ...bbc }])).toEqual(bbc);
  });
  it("names nobody when appearances disagree or name no speaker", () => {
    expect(reviewedClaimAuthor(null, [bbc, kirby])).toBeNull();
    expect(reviewedClaimAuthor(undefined, [null, null])).toBeNull();
  });
  it("on the page: the originator as an Organization with sameAs, and Google's fields intact", () => {
    const d = publishedDossier();
    const v = d.verdict;
    if (!v) throw new Error("fixture");
    v.originator = { ...kcna, slug: "kcna", affiliationId: null, kind: "NEWS_AGENCY" };
    const ld = claimReviewJsonLd(d, "https://pramaan.example");
    expect(ld.itemReviewed).toMatchObject({
      author: {
        "@type": "Organization",
        name: "केसीएनए",
        alternateName: "KCNA",
        sameAs: "https://kcnawatch.org",
      },
    });
    expect(missingClaimReviewFields(ld as never)).toEqual([]);
  });
});

describe("who a chain attributes the claim to", () => {
  const speaker = (link: object) => [{ role: "SPEAKER" as const, entity: null, ...link }];
  it("a named speaker, in Hindi and English", () => {
    expect(attributedTo(speaker({ entity: bbc }), "hi")).toBe("बीबीसी");
    expect(attributedTo(speaker({ entity: bbc }), "en")).toBe("BBC");
  });
  it("an anonymous source with an affiliation", () => {
    const link = {
      anonymousAs: "एक अधिकारी",
      affiliation: { nameHi: "रूसी विदेश मंत्रालय", nameEn: "Russian Ministry of Foreign Affairs" },
    };
    // Worded as the attribution chain words it, so the notice and the chain above it agree.
    expect(attributedTo(speaker(link), "hi")).toBe("रूसी विदेश मंत्रालय के एक अधिकारी");
    expect(attributedTo(speaker(link), "en")).toBe(
      "an official of Russian Ministry of Foreign Affairs",
    );
  });
  it("the article's own assertion", () => {
    expect(attributedTo(speaker({}), "hi")).toBe("लेख स्वयं");
    expect(attributedTo([], "en")).toBe("the article itself");
    expect(isOwnAssertion(speaker({}))).toBe(true);
    expect(isOwnAssertion(speaker({ anonymousAs: "एक अधिकारी" }))).toBe(false);
    expect(isOwnAssertion(speaker({ entity: bbc }))).toBe(false);
  });
});

describe("which appearances the form suggests marking", () => {
  const m = (id: string, entity: object | null) => ({
    id,
    chain: [{ role: "SPEAKER" as const, entity: entity as typeof kirby | null }],
  });
  const mentions = [m("m_bbc", bbc), m("m_kirby", kirby), m("m_gov", usGov), m("m_article", null)];
  it("speakers who are neither the originator nor affiliated with it, either way round", () => {
    // Kirby speaks for the US government: attributing it to him is not a misattribution.
    expect(suggestMisattributed(mentions, usGov)).toEqual(["m_bbc"]);
    expect(suggestMisattributed(mentions, kirby)).toEqual(["m_bbc"]);
    expect(suggestMisattributed(mentions, kcna)).toEqual(["m_bbc", "m_kirby", "m_gov"]);
    expect(suggestMisattributed(mentions, null)).toEqual([]);
  });
});

describe("the verdict form's values", () => {
  const base = {
    claimId: "c1",
    ratingId: "rating_true",
    summaryHi: "एक पंक्ति का सार यहां है",
    rationale: "कारण जो चालीस अक्षरों से लंबा है ताकि जांच पास हो जाए, यह परीक्षण है।",
  };
  it("needs the evidence with an originator, and an originator for anything else", () => {
    const err = (input: object) =>
      Object.keys(
        saveVerdictSchema.safeParse({ ...base, ...input }).error?.flatten().fieldErrors ?? {},
      );
    expect(err({ originatorId: "ent_kcna" })).toEqual(["originatorEvidenceId"]);
    expect(err({ misattributedMentionIds: ["m1"] })).toEqual(["misattributedMentionIds"]);
    expect(err({ originatorEvidenceId: "e1" })).toEqual(["originatorId"]);
    expect(err({ originatorId: "ent_kcna", originatorEvidenceId: "e1" })).toEqual([]);
    // An empty choice from the form is no choice.
    expect(err({ originatorId: "", originatorEvidenceId: "" })).toEqual([]);
  });
  it("a correction starts from the published verdict's origin", () => {
    const published = {
      originatorId: "ent_kcna",
      originatorEvidenceId: "e1",
      originatorNote: "पहले कहा",
      misattributedMentionIds: ["m1"],
    };
    expect(originatorValues(published)).toEqual(published);
    expect(originatorValues(null)).toEqual(NO_ORIGINATOR);
  });
});

describe("review diff and history", () => {
  const source = (over: Partial<NonNullable<SnapshotSource["verdict"]>>): SnapshotSource => ({
    textHi: "दावा",
    textEn: null,
    topic: null,
    mentions: [
      {
        id: "m1",
        exact: "शब्द",
        article: { title: "लेख एक" },
        chain: [{ role: "SPEAKER", entity: { nameHi: "बीबीसी", nameEn: "BBC" } }],
      },
    ],
    evidence: [{ id: "e1", stance: "CONTEXT", quote: null, source: { title: "KCNA", url: "u" } }],
    verdict: {
      rating: { labelHi: "सही", labelEn: "True" },
      summaryHi: "सार",
      summaryEn: null,
      rationale: "कारण",
      ...over,
    },
  });
  it("says in words when the originator and the marked appearances change", () => {
    const before = snapshotOf(source({}));
    const after = snapshotOf(
      source({
        originator: { nameHi: "केसीएनए", nameEn: "KCNA" },
        originatorEvidenceId: "e1",
        misattributedMentionIds: ["m1"],
      }),
    );
    const rows = diffSnapshots(before, after).find((s) => s.key === "verdict")?.rows ?? [];
    const text = (label: string) =>
      rows
        .find((r) => r.label === label)
        ?.words.map((w) => w.text)
        .join("");
    expect(text("originator")).toBe("केसीएनए · shown by “KCNA”");
    expect(text("misattributed")).toBe("लेख एक: attributed to BBC");
  });
  it("history names the originator", () => {
    const names = { entities: { ent_kcna: "KCNA", ent_bbc: "BBC" } };
    const ev = (before: object, after: object) =>
      describeEvent({ action: "verdict.update", before, after, actorName: "Asha" }, names).sentence;
    expect(ev({ originatorId: null }, { originatorId: "ent_kcna" })).toBe(
      "Asha recorded who the claim really came from: KCNA",
    );
    expect(ev({ originatorId: "ent_kcna" }, { originatorId: "ent_bbc" })).toBe(
      "Asha changed who the claim really came from: KCNA → BBC",
    );
    expect(ev({ misattributedMentionIds: [] }, { misattributedMentionIds: ["m1"] })).toBe(
      "Asha changed which appearances attribute the claim wrongly",
    );
  });
});
