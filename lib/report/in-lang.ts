// Of a text the data holds in both languages (claim, summary, rating, note), which one a report or a
// screen in a given language shows first. Import-free, so client components can use it.
type Lang = "hi" | "en";

/** Of a text the data holds in both languages, the report language's one (else the other), and the
 * other one when there is one: a report shows both, its own language first. */
export function inLang(
  hi: string | null | undefined,
  en: string | null | undefined,
  lang: Lang,
): { first: string; firstLang: Lang; second: string | null; secondLang: Lang } | null {
  const [a, b, la, lb]: [string | null | undefined, string | null | undefined, Lang, Lang] =
    lang === "en" ? [en, hi, "en", "hi"] : [hi, en, "hi", "en"];
  if (a) return { first: a, firstLang: la, second: b || null, secondLang: lb };
  if (b) return { first: b, firstLang: lb, second: null, secondLang: la };
  return null;
}
