// Which date a report's range filters on. Plain data (no imports): the builder's form, a client
// component, shows the same choices the scope (./scope.ts) parses.
/**
 * What a date range filters on.
 * - "article" (the default): claims with an appearance in an article of those days (its
 *   publication's newsroom day, else the day of its event). A range of days asked of a fact-check
 *   archive ("Reuters, Oct–Dec 2023") is about when the claims were in the news, and unlike the
 *   other two it does not change when the desk catches up on old articles. Older links without
 *   `on` are read this way: they still open, and their heading now says which date they are on.
 * - "published": when the fact check was published (claims not published have no such date).
 * - "logged": when the desk logged the claim.
 */
export const DATE_ON = {
  article: { en: "article date", hi: "लेख की तारीख" },
  published: { en: "fact-check publication date", hi: "फ़ैक्ट-चेक प्रकाशन की तारीख" },
  logged: { en: "date logged", hi: "दर्ज करने की तारीख" },
} as const;
export type DateOn = keyof typeof DATE_ON;
export const DATE_ON_CHOICES = [
  "article",
  "published",
  "logged",
] as const satisfies readonly DateOn[];
export const DEFAULT_DATE_ON: DateOn = "article";
