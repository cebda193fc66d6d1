// Small readings of the structured report shared by the human-facing formats (page, Markdown, CSV).
import type { ReportAppearance, ReportEntity, ReportName, ReportSource } from "./model";
import { dayOf } from "./zoned";

const entityName = (e: ReportEntity | null) => (e ? e.nameHi || e.nameEn || "—" : null);

export const OWN_ASSERTION = "लेख का अपना दावा (the article's own assertion)";

export function speakerOf(a: ReportAppearance): string {
  const s = a.attribution.find((c) => c.role === "SPEAKER");
  return entityName(s?.entity ?? null) ?? OWN_ASSERTION;
}

export function relaysOf(a: ReportAppearance): string[] {
  return a.attribution.filter((c) => c.role === "RELAY").map((c) => entityName(c.entity) ?? "");
}

/** "बीबीसी (BBC के मुताबिक) → एनके न्यूज (के हवाले से)": the chain with the article's own verbs. */
export function attributionLine(a: ReportAppearance): string {
  return a.attribution
    .map((c) => {
      const who = entityName(c.entity) ?? OWN_ASSERTION;
      return c.cue ? `${who} (${c.cue})` : who;
    })
    .join(" → ");
}

/** Authors as a person reads them in running text: "Colin Zwirko, Chad O'Carroll", given name first. */
export function authorsText(names: ReportName[]): string | null {
  if (names.length === 0) return null;
  return names
    .map((n) => ("literal" in n ? n.literal : [n.given, n.family].filter(Boolean).join(" ")))
    .join(", ");
}

/** A human-readable citation line (the printable report, Markdown's link text aside). */
export function formatCitation(s: ReportSource): string {
  const parts = [
    authorsText(s.authors),
    s.publisher,
    `“${s.title}”`,
    s.publishedAt && `published ${dayOf(s.publishedAt)}`,
    s.url,
    s.accessedAt && `accessed ${dayOf(s.accessedAt)}`,
    s.archiveUrl && `archived at ${s.archiveUrl}`,
  ];
  return `${parts.filter(Boolean).join(". ")}.`;
}
