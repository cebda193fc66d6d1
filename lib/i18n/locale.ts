// A language as Intl and next-intl see it: "hi-IN" (or "hi-IN-u-nu-deva" when the newsroom prints
// Devanagari digits) and "en-IN", so every date, number and plural of a page comes from one locale.
// Import-free apart from the language list, so client components can use it.
import { DEFAULT_LANG, type Lang } from "./negotiate.mjs";

export type { Lang };

/** How the newsroom prints digits in Hindi: 0-9 (most Hindi papers' web editions) or ०-९. */
export type Digits = "latin" | "devanagari";

export function intlLocale(lang: Lang, digits: Digits = "latin"): string {
  if (lang === "en") return "en-IN";
  return digits === "devanagari" ? "hi-IN-u-nu-deva" : "hi-IN";
}

/** The language of a locale next-intl hands out ("hi-IN-u-nu-deva" → "hi"). */
export function langOf(locale: string | undefined | null): Lang {
  if (!locale) return DEFAULT_LANG;
  return locale.toLowerCase().startsWith("en") ? "en" : "hi";
}
