// Page furniture: lines a news site wraps around an article (app promotion, paywall counters, ad
// labels, comment boxes) that are no part of what the article says. Import uses it to skip them when
// guessing a title and the claim spotter to skip them as sentences, so both agree on what is text.
// Matched on whole lines, after NBSP and surrounding spaces are trimmed.
const FURNITURE: RegExp[] = [
  /^move to .* app$/i,
  /^\d+\/\d+\s*शेष फ्री लेख$/u,
  /^(advertisement|विज्ञापन)$/iu,
  /^read time:?\s*\d+\s*mins?\.?$/i,
  /^leave a reply$/i,
  /^your email address will not be published\.?$/i,
  /^featured video of the day$/i,
  /^(also read|यह भी पढ़ें|ये भी पढ़ें)\s*[:-]?$/iu,
  /^share( this)?:?$/i,
  // Bylines and update stamps: "By Jagran News Edited By: … Updated: Thu, 27 Jul 2023 …".
  /^by .*(edited by|updated:)/i,
  // A bare dateline such as "Wed Sep 13 , 2023" introduces a teaser of another story.
  /^(mon|tue|wed|thu|fri|sat|sun)\w* (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}\s*,\s*\d{4}$/i,
];

// Lines after which a page shows other stories, not more of this one: "Next Post" and its teaser.
const END_OF_ARTICLE =
  /^(next post|previous post|related (posts?|stories|news)|you may also like|more stories|अगली खबर|संबंधित खबरें)\s*:?$/iu;

/** True when the line ends the article: everything after it is another story's teaser. */
export function endsArticle(line: string): boolean {
  return END_OF_ARTICLE.test(line.replace(/\u00A0/g, " ").trim());
}

/** True when a line of article text is site furniture rather than the article's own words. */
export function isFurnitureLine(line: string): boolean {
  const s = line.replace(/\u00A0/g, " ").trim();
  return FURNITURE.some((re) => re.test(s)) || END_OF_ARTICLE.test(s);
}
