// Google's required ClaimReview fields (developers.google.com/search/docs/appearance/structured-data/factcheck):
// claimReviewed, reviewRating.alternateName, url, author (with a name). Applied to what Pramaan
// exports and, later, to what it imports, so it accepts the quirks real fact-checkers publish
// (claimReviewed as an array, empty ratingValue, numbers as strings).
type Json = Record<string, unknown>;

const nonEmpty = (v: unknown) =>
  typeof v === "string" ? v.trim().length > 0 : Array.isArray(v) ? v.some(nonEmpty) : false;
const first = (v: unknown): Json | undefined =>
  Array.isArray(v) ? (v[0] as Json) : (v as Json | undefined);

export function missingClaimReviewFields(cr: Json): string[] {
  const missing: string[] = [];
  if (!nonEmpty(cr.claimReviewed)) missing.push("claimReviewed");
  if (!nonEmpty(first(cr.reviewRating)?.alternateName)) missing.push("reviewRating.alternateName");
  if (typeof cr.url !== "string" || !/^https?:\/\//.test(cr.url)) missing.push("url");
  if (!nonEmpty(first(cr.author)?.name)) missing.push("author.name");
  return missing;
}
