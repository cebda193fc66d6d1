// A citation report written by hand in the report model's shape (lib/report/model.ts), full of the
// values that broke the citation formats (issue 15): LaTeX and BibTeX specials, an unbalanced brace,
// `\input{x}`, line breaks that could start a record, a 200-character Devanagari title with conjuncts,
// long URLs with query strings, people split into family and given names, and names kept whole.
import type { CitationReport, ReportClaim, ReportSource } from "@/lib/report/model";

export const SPECIALS = "100% & _ # $ {braced} \\ ~ ^ done";
export const UNBALANCED = "खुला { बिना बंद";
export const INPUT = "\\input{x} and \\write18{rm -rf}";
/** 200 characters of Devanagari, conjuncts ("संयुक्त", "क्ष", "त्र") included. */
export const LONG_HI = "संयुक्त राष्ट्र क्षेत्र त्रिपुरा ज्ञान श्रम द्वारा ".repeat(8).slice(0, 200).trim();
export const LONG_URL = `https://example.org/search/results?q=%E0%A4%B8%E0%A4%82&lang=hi&sort=date&utm_source=pramaan&ids=${"1234567890".repeat(12)}&x=a,b;c#section-2`;
export const ARCHIVE_URL =
  "https://web.archive.org/web/20230915000000/https://example.org/fao?a=1&b=2";
export const FORGED = "नोट\nER  - \nTY  - JOUR\nTI  - forged";

const source = (over: Partial<ReportSource>): ReportSource => ({
  evidenceId: "e1",
  sourceId: "s1",
  title: "Kim's train, explained",
  publisher: "BBC News",
  authors: [],
  publishedAt: "2023-09-11",
  accessedAt: "2023-09-15",
  url: "https://example.org/bbc/train?a=1,2",
  archiveUrl: null,
  language: "en",
  stance: "SUPPORTS",
  pinpoint: null,
  note: null,
  ...over,
});

const outlet = { id: "ent_bbc", kind: "OUTLET", nameHi: "बीबीसी", nameEn: "BBC" };

function claim(over: Partial<ReportClaim>): ReportClaim {
  return {
    id: "c1",
    url: "https://pramaan.example/claims/c1",
    textHi: "रूस ने 2017 में अनाज का रिकॉर्ड बनाया",
    textEn: "Russia set a grain record in 2017",
    topic: null,
    status: "PUBLISHED",
    isDraft: false,
    createdAt: "2023-09-14T10:00:00+05:30",
    publishedAt: "2023-09-20T15:30:00+05:30",
    retractedAt: null,
    verdict: {
      id: "v1",
      status: "PUBLISHED",
      rating: { labelHi: "भ्रामक", labelEn: "Misleading", value: 2, best: 5, worst: 1 },
      summaryHi: "सारांश",
      summaryEn: null,
      rationale: `FAO के आंकड़े ${SPECIALS}\nदूसरी पंक्ति`,
      authors: [
        { id: "u1", name: "Asha Verma" },
        { id: "u2", name: "रवि कुमार" },
      ],
      reviewer: null,
      submittedAt: null,
      publishedAt: "2023-09-20T15:30:00+05:30",
      updatedAt: null,
    },
    appearances: [
      {
        mentionId: "m1",
        article: {
          id: "art_1",
          title: "किम जोंग उन की ट्रेन",
          url: "https://example.org/nk/train",
          outlet,
          date: "2023-09-13T09:00:00+05:30",
          lang: "hi",
        },
        quote: "q",
        attribution: [],
      },
    ],
    sources: [],
    corrections: [],
    ...over,
  };
}

/** Three claims: one with every hostile source, a retracted one, and a draft with no public URL. */
export function hostileReport(): CitationReport {
  return {
    site: "https://pramaan.example",
    generatedAt: "2024-01-01T05:30:00+05:30",
    timeZone: "Asia/Kolkata",
    includesDrafts: true,
    scope: { title: "t", filters: {} },
    claims: [
      claim({
        textHi: `${LONG_HI}`,
        textEn: null,
        sources: [
          source({
            evidenceId: "e_specials",
            title: SPECIALS,
            language: "hi",
            authors: [
              { family: "O'Carroll", given: "Chad" },
              { family: "Zwirko", given: "Colin" },
              { literal: "Reuters" },
              { literal: "Tom and Jerry Inc." },
              { literal: "अंजलि शर्मा" },
            ],
            note: FORGED,
            archiveUrl: ARCHIVE_URL,
          }),
          source({ evidenceId: "e_unbalanced", title: UNBALANCED, language: "hi", url: LONG_URL }),
          source({
            evidenceId: "e_input",
            title: INPUT,
            language: "hi",
            publisher: "Food and Agriculture Organization of the United Nations",
            publishedAt: null,
            pinpoint: "in 2017 China {and} India",
          }),
          source({ evidenceId: "e_long", title: LONG_HI, language: "hi", url: `${LONG_URL}&p=2` }),
        ],
      }),
      claim({
        id: "c2",
        url: "https://pramaan.example/claims/c2",
        retractedAt: "2023-10-01T12:00:00+05:30",
      }),
      claim({
        id: "c3",
        url: null,
        status: "IN_REVIEW",
        isDraft: true,
        publishedAt: null,
        verdict: null,
        appearances: [],
      }),
    ],
  };
}
