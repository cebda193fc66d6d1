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
// Their words are the catalogue's (lib/i18n/messages/reports.ts: builder.onChoices, scope.on).
export const DATE_ON_CHOICES = ["article", "published", "logged"] as const;
export type DateOn = (typeof DATE_ON_CHOICES)[number];
export const DEFAULT_DATE_ON: DateOn = "article";
