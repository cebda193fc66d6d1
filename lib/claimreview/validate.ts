// Google's ClaimReview fields (developers.google.com/search/docs/appearance/structured-data/factcheck):
// required — claimReviewed, reviewRating.alternateName, url, author (with a name); recommended —
// datePublished, itemReviewed as a Claim with author, datePublished, appearance and firstAppearance,
// and the rating's name and numbers. Applied to what Pramaan exports and, later, to what it imports,
// so it accepts the quirks real fact-checkers publish (claimReviewed as an array, empty ratingValue,
// numbers as strings).
type Json = Record<string, unknown>;

const nonEmpty = (v: unknown) =>
  typeof v === "string" ? v.trim().length > 0 : Array.isArray(v) ? v.some(nonEmpty) : false;
const first = (v: unknown): Json | undefined =>
  Array.isArray(v) ? (v[0] as Json) : (v as Json | undefined);
const isNumber = (v: unknown) =>
  typeof v === "number" || (typeof v === "string" && v.trim() !== "" && Number.isFinite(+v));
/** A URL, or a CreativeWork with one: what Google takes for appearance and firstAppearance. */
const hasUrl = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.some(hasUrl)
    : typeof v === "string"
      ? /^https?:\/\//.test(v)
      : typeof (v as Json | undefined)?.url === "string" && hasUrl((v as Json).url);

export function missingClaimReviewFields(cr: Json): string[] {
  const missing: string[] = [];
  if (!nonEmpty(cr.claimReviewed)) missing.push("claimReviewed");
  if (!nonEmpty(first(cr.reviewRating)?.alternateName)) missing.push("reviewRating.alternateName");
  if (typeof cr.url !== "string" || !/^https?:\/\//.test(cr.url)) missing.push("url");
  if (!nonEmpty(first(cr.author)?.name)) missing.push("author.name");
  return missing;
}

/**
 * Google's recommended fields that a review lacks. The rating's numbers are asked for only when the
 * rating has one: Google's docs describe them "for numeric ratings", and an off-scale finding such as
 * "अप्रमाणित" has none (a made-up number would tell machines something the newsroom did not say).
 */
export function missingRecommendedFields(cr: Json): string[] {
  const missing: string[] = [];
  const rating = first(cr.reviewRating) ?? {};
  const item = first(cr.itemReviewed) ?? {};
  if (!nonEmpty(cr.datePublished)) missing.push("datePublished");
  if (!nonEmpty(rating.name)) missing.push("reviewRating.name");
  if (isNumber(rating.ratingValue) || "bestRating" in rating || "worstRating" in rating)
    for (const k of ["ratingValue", "bestRating", "worstRating"])
      if (!isNumber(rating[k])) missing.push(`reviewRating.${k}`);
  if (item["@type"] !== "Claim") missing.push("itemReviewed(Claim)");
  if (!nonEmpty(first(item.author)?.name)) missing.push("itemReviewed.author.name");
  if (!nonEmpty(item.datePublished)) missing.push("itemReviewed.datePublished");
  if (!hasUrl(item.appearance)) missing.push("itemReviewed.appearance.url");
  if (!hasUrl(item.firstAppearance)) missing.push("itemReviewed.firstAppearance.url");
  return missing;
}
