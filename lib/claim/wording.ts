// A claim's wording in the page's language: the Hindi and English texts an editor typed, the page's
// language first, the other after it (or instead of it, when that one is missing). Each carries its
// language, so the page can mark the one that differs from its own with `lang`. Client-safe.
import type { Lang } from "../i18n/locale";

export interface Worded {
  text: string;
  lang: Lang;
}

/** [first, second?]: the page language's text first, falling back to the other. */
export function wordingIn(
  texts: { textHi: string; textEn: string | null },
  lang: Lang,
): [Worded, Worded | null] {
  const hi: Worded = { text: texts.textHi, lang: "hi" };
  const en: Worded | null = texts.textEn?.trim() ? { text: texts.textEn, lang: "en" } : null;
  if (lang === "en" && en) return [en, hi];
  return [hi, en];
}

/** The `lang` attribute for content in `content`'s language on a page in `page`'s: only when they differ. */
export const langAttr = (content: Lang, page: Lang): Lang | undefined =>
  content === page ? undefined : content;
