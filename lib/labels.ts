// Labels of statuses and stances in both languages. Plain data with no imports, so the desk's client
// components can use them (lib/calendar/format.ts prints dates; labels stay here).
export const STANCE_LABELS = {
  SUPPORTS: { hi: "पुष्टि करता है", en: "supports" },
  CONTRADICTS: { hi: "खंडन करता है", en: "contradicts" },
  CONTEXT: { hi: "संदर्भ", en: "context" },
} as const;

export const STATUS_LABELS = {
  OPEN: { hi: "जांच जारी", en: "Open" },
  SENT_BACK: { hi: "लौटाया गया", en: "Sent back" },
  DRAFT: { hi: "मसौदा", en: "Draft" },
  IN_REVIEW: { hi: "समीक्षा में", en: "In review" },
  PUBLISHED: { hi: "प्रकाशित", en: "Published" },
} as const;

/** What a published change to a fact check is: the corrections log, the feed and the reports. */
export const CORRECTION_KIND_LABELS = {
  CORRECTION: { hi: "सुधार", en: "Correction" },
  CLARIFICATION: { hi: "स्पष्टीकरण", en: "Clarification" },
  RETRACTION: { hi: "वापस लिया गया", en: "Retraction" },
} as const;

/** Whose text an article is (lib/article/text-rights.ts): the desk's choices, Hindi first, each saying
 * what readers will then see. */
export const TEXT_RIGHTS = ["OWN", "LICENSED", "OTHER"] as const;
export type TextRightsValue = (typeof TEXT_RIGHTS)[number];

export const TEXT_RIGHTS_LABELS: Record<
  TextRightsValue,
  { hi: string; en: string; readers: string }
> = {
  OWN: {
    hi: "हमारा अपना लेख",
    en: "Our own article",
    readers: "पाठक पूरा लेख पढ़ेंगे · Readers see the full text",
  },
  LICENSED: {
    hi: "लाइसेंस प्राप्त",
    en: "Licensed",
    readers: "पाठक पूरा लेख पढ़ेंगे · Readers see the full text",
  },
  OTHER: {
    hi: "दूसरे संस्थान का लेख",
    en: "Another outlet's article",
    readers:
      "पाठक केवल दावे, उनके आसपास के शब्द और मूल लेख का लिंक देखेंगे · Readers see the claims in context and a link to the original",
  },
};
