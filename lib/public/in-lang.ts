// Content typed in Hindi and (sometimes) English, shown in the page's language: the page language's
// text when there is one, else the other with its language, so the element can carry `lang` when it
// differs from the page's (screen readers then switch voice).
import type { Lang } from "../i18n/negotiate.mjs";

export type Worded = { text: string; lang: Lang };

/** The page language's version first, the other as `other` (null when there is only one). */
export function inLang(
  page: Lang,
  hi: string | null | undefined,
  en: string | null | undefined,
): Worded & { other: Worded | null } {
  const h = hi?.trim() ? { text: hi, lang: "hi" as const } : null;
  const e = en?.trim() ? { text: en, lang: "en" as const } : null;
  const [first, second] = page === "en" ? [e, h] : [h, e];
  const shown = first ?? second ?? { text: "—", lang: page };
  return { ...shown, other: first && second ? second : null };
}

/** `lang` for an element holding content in `content` on a page in `page`: only when they differ. */
export const langIf = (content: Lang, page: Lang): Lang | undefined =>
  content === page ? undefined : content;

/** An entity's name in the page's language (falling back to the other name), with its language. */
export function nameIn(
  e: { nameHi: string | null; nameEn: string | null; aliases?: string[] },
  page: Lang,
): Worded {
  const w = inLang(page, e.nameHi, e.nameEn);
  if (w.text !== "—") return { text: w.text, lang: w.lang };
  return { text: e.aliases?.[0] ?? "—", lang: page };
}
