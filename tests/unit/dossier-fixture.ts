import type { ClaimDossier } from "@/lib/claim/dossier";

/** A published claim as the dossier loader returns it, for pure-code tests. */
export function publishedDossier(): ClaimDossier {
  const bbc = { id: "ent_bbc", kind: "OUTLET" as const, nameHi: "बीबीसी", nameEn: "BBC" };
  const nknews = { id: "ent_nk", kind: "OUTLET" as const, nameHi: "एनके न्यूज", nameEn: "NK News" };
  const linked = { url: null, affiliationId: null };
  const link = { verb: "REPORTED" as const, anonymousAs: null, affiliation: null };
  return {
    id: "claim1",
    slug: "train-speed-abc123",
    textHi: "किम जोंग उन की ट्रेन 59 किलोमीटर प्रति घंटा से तेज नहीं चलती",
    textEn: "Kim's train cannot go faster than 59 km/h",
    topic: "train",
    status: "PUBLISHED",
    version: 3,
    createdAt: new Date("2023-09-14T10:00:00Z"),
    publishedAt: new Date("2023-09-20T10:00:00Z"),
    retractedAt: null,
    createdBy: { id: "u1", name: "Asha Verma" },
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    mergedIntoId: null,
    verdict: {
      id: "v1",
      status: "PUBLISHED",
      version: 4,
      summaryHi: "रिपोर्टें 59 किमी/घंटा बताती हैं, आधिकारिक आंकड़ा नहीं है।",
      summaryEn: "Reports say 59 km/h; there is no official figure.",
      rationale: 'कारण, "उद्धरण" और\nनई पंक्ति',
      reviewComment: null,
      originator: null,
      originatorId: null,
      originatorEvidenceId: null,
      originatorNote: null,
      misattributedMentionIds: [],
      submittedAt: new Date("2023-09-19T10:00:00Z"),
      publishedAt: new Date("2023-09-20T10:00:00Z"),
      updatedAt: new Date("2023-09-20T10:00:00Z"),
      author: { id: "u1", name: "Asha Verma" },
      authors: [{ id: "u1", name: "Asha Verma" }],
      reviewer: { id: "u2", name: "Ravi Kumar" },
      rating: {
        id: "rating_mostly_true",
        labelHi: "अधिकांशतः सत्य",
        labelEn: "Mostly true",
        value: 4,
        colour: "#4d7c0f",
        best: 5,
        worst: 1,
      },
    },
    mentions: [
      {
        id: "m1",
        exact: "वो 59 किलोमीटर प्रति घंटा की रफ्तार से ज्यादा तेज नहीं चल पाती है",
        prefix: "असर उसकी स्पीड पर भी पड़ता है। ",
        suffix: "। इस ट्रेन को 1949 में",
        start: 2716,
        end: 2781,
        orphanedFromRevision: null,
        article: {
          id: "art_002",
          title: "किम जोंग ट्रेन से रूस पहुंचे",
          url: null,
          publishedAt: null,
          eventDate: new Date("2023-09-12T00:00:00Z"),
          lang: "hi",
          outlet: null,
        },
        chain: [
          {
            position: 0,
            role: "SPEAKER" as const,
            cue: "BBC के मुताबिक",
            entity: { ...bbc, ...linked, slug: "bbc" },
            ...link,
          },
          {
            position: 1,
            role: "RELAY" as const,
            cue: "के हवाले से",
            entity: { ...nknews, ...linked, slug: "nk-news" },
            ...link,
          },
        ],
      },
    ],
    evidence: [
      {
        id: "e1",
        stance: "SUPPORTS" as const,
        quote: 'maximum speed of 59 km/h, "reportedly"',
        note: null,
        createdAt: new Date("2023-09-15T10:00:00Z"),
        source: {
          id: "s1",
          url: "https://example.org/bbc/train?a=1,2",
          title: "Kim's train, explained",
          publisher: "BBC News",
          author: "Jane Doe",
          lang: "en",
          publishedAt: new Date("2023-09-11T00:00:00Z"),
          accessedAt: new Date("2023-09-15T00:00:00Z"),
          archiveUrl: null,
          version: 1,
          createdAt: new Date("2023-09-15T10:00:00Z"),
        },
      },
    ],
    corrections: [],
  };
}
