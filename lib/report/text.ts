// Small readings of the structured report shared by the human-facing formats (page, Markdown, CSV,
// PDF). A chain is said by the one renderer the verdict page uses (lib/attribution/render.ts), so a
// report never names a source differently from the page readers saw.
import { chainText, type Lang, relayTexts, speakerText } from "../attribution/render";
import { authorsText } from "../author/names";
import { dayOf } from "../calendar/zoned";
import { translator } from "../i18n/translator";
import { inLang } from "./in-lang";
import type { ReportAppearance, ReportSource } from "./model";

/** Who said it: "रूसी विदेश मंत्रालय के एक अधिकारी", "बीबीसी", or "लेख का अपना दावा". */
export const speakerOf = (a: ReportAppearance, lang: Lang = "hi"): string =>
  speakerText(a.attribution, lang);

/** Who passed it on, in order, without verbs. */
export const relaysOf = (a: ReportAppearance, lang: Lang = "hi"): string[] =>
  relayTexts(a.attribution, lang);

/**
 * The chain as the verdict page says it, verbs and the text's cue words included, ending with the
 * outlet: "रूसी विदेश मंत्रालय के एक अधिकारी ने कहा → एनके न्यूज ने बताया (“के हवाले से”) → … ने छापा".
 */
export const attributionLine = (a: ReportAppearance, lang: Lang = "hi"): string =>
  chainText(a.attribution, a.article.outlet, lang, { cues: true });

// One formatter for authors in running text, shared with the pages that list sources.
export { authorsText, inLang };

/** A human-readable citation line (the printable report, Markdown's link text aside). */
export function formatCitation(s: ReportSource, lang: Lang = "en"): string {
  const t = translator(lang);
  const parts = [
    authorsText(s.authors),
    s.publisher,
    `“${s.title}”`,
    s.publishedAt && t("reports.doc.published", { when: dayOf(s.publishedAt) ?? "" }),
    s.url,
    s.accessedAt && t("reports.doc.accessed", { when: dayOf(s.accessedAt) ?? "" }),
    s.archiveUrl && `${t("reports.doc.archived")}: ${s.archiveUrl}`,
  ];
  return `${parts.filter(Boolean).join(". ")}.`;
}
