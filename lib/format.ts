// Dates arrive as Date objects from Prisma and as ISO strings from the JSON-serialising cache.
type DateLike = Date | string | null | undefined;

/** ISO 8601 instant, for machine-readable output (reports, the API). */
export const isoTime = (d: DateLike) => (d ? new Date(d).toISOString() : null);
/** ISO 8601 calendar day (UTC). */
export const isoDay = (d: DateLike) => (d ? new Date(d).toISOString().slice(0, 10) : null);

export function formatDate(d: Date | string | null | undefined, lang: "hi" | "en" = "en"): string {
  if (!d) return "—";
  return new Intl.DateTimeFormat(lang === "hi" ? "hi-IN" : "en-IN", {
    dateStyle: "medium",
    timeZone: "Asia/Kolkata",
  }).format(new Date(d));
}

export function formatDateTime(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return new Intl.DateTimeFormat("en-IN", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Kolkata",
  }).format(new Date(d));
}

/** "A", "A and B", "A, B and C": everyone who wrote a verdict, in the order they joined. */
export function joinNames(people: { name: string }[]): string {
  const names = people.map((p) => p.name);
  return names.length <= 1
    ? (names[0] ?? "—")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

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
