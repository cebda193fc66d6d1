// Labels of statuses and stances in both languages. Plain data with no imports, so the desk's client
// components can use them (lib/format.ts re-exports them for server code).
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
