// An attribution chain as one line of text, in Hindi or English: "रूसी विदेश मंत्रालय के एक अधिकारी
// ने कहा → एनके न्यूज ने बताया → जागरण ने छापा". Pure: the chain component's accessible text, review
// snapshots and exports can all say a chain the same way.
import type { AttributionVerbName } from "../entity/kinds";
import { displayName, type NamedEntity } from "../entity/search-key";
import { enumPairs } from "../labels";
import { fold } from "../text/fold";

export type Lang = "hi" | "en";

/** Each verb as a Hindi reader and an English reader would see it after a name. */
export const VERB_WORDS: Record<AttributionVerbName, { hi: string; en: string }> =
  enumPairs("AttributionVerb");

export const PUBLISHED = { hi: "ने छापा", en: "published" } as const;
const OWN_ASSERTION = { hi: "लेख का अपना दावा", en: "The article's own assertion" } as const;

// The descriptors editors type most, so an English reader does not get Hindi words mid-sentence.
const DESCRIPTORS_EN: Record<string, string> = {
  "एक अधिकारी": "an official",
  अधिकारी: "officials",
  अधिकारियों: "officials",
  "कुछ अधिकारी": "some officials",
  "कुछ अधिकारियों": "some officials",
  "एक सूत्र": "a source",
  सूत्र: "sources",
  सूत्रों: "sources",
  "कुछ विशेषज्ञ": "some experts",
  "कुछ विशेषज्ञों": "some experts",
  विशेषज्ञ: "experts",
  विशेषज्ञों: "experts",
  "एक प्रवक्ता": "a spokesperson",
};

export interface ChainLinkText {
  role: "SPEAKER" | "RELAY";
  verb: AttributionVerbName;
  entity: NamedEntity | null;
  anonymousAs?: string | null;
  affiliation?: NamedEntity | null;
  /** The text's own words for the link ("के हवाले से"); said only when asked for (`cues`). */
  cue?: string | null;
}

export type ChainTextOptions = {
  /** Add each link's cue words after it, as the verdict page shows them: "एनके न्यूज ने बताया (“के हवाले से”)". */
  cues?: boolean;
};

/**
 * True when an anonymous source's words already name its organisation: editors often copy the text's
 * whole phrase ("रूसी विदेश मंत्रालय के अधिकारी"), and the organisation is then said once, not twice.
 */
export function descriptorNamesOrg(link: Pick<ChainLinkText, "anonymousAs" | "affiliation">) {
  const who = link.anonymousAs?.trim();
  const org = link.affiliation;
  return !!who && [org?.nameHi, org?.nameEn].some((n) => !!n && fold(who).includes(fold(n)));
}

/** Who a link is, without its verb: a name, an anonymous source of an organisation, or the article. */
export function partyText(link: ChainLinkText, lang: Lang): string {
  if (link.entity) return displayName(link.entity, lang);
  if (link.role === "SPEAKER" && (link.anonymousAs || link.affiliation)) {
    const who = link.anonymousAs?.trim() || (lang === "hi" ? "एक सूत्र" : "a source");
    // Editors often copy the text's whole phrase ("रूसी विदेश मंत्रालय के अधिकारी"): the organisation
    // is then said once, not twice.
    if (descriptorNamesOrg(link)) return who;
    if (lang === "hi")
      return link.affiliation ? `${displayName(link.affiliation, "hi")} के ${who}` : who;
    const en = DESCRIPTORS_EN[who] ?? who;
    return link.affiliation ? `${en} of ${displayName(link.affiliation, "en")}` : en;
  }
  return link.role === "SPEAKER" ? OWN_ASSERTION[lang] : "—";
}

const isOwnAssertion = (l: ChainLinkText) =>
  l.role === "SPEAKER" && !l.entity && !l.anonymousAs && !l.affiliation;

/** A link with its verb: "एनके न्यूज ने बताया", "NK News reported"; the article's own assertion bare. */
export function linkText(link: ChainLinkText, lang: Lang, options: ChainTextOptions = {}): string {
  const who = partyText(link, lang);
  const said = isOwnAssertion(link) ? who : `${who} ${VERB_WORDS[link.verb][lang]}`;
  const cue = options.cues ? link.cue?.trim() : null;
  // A cue that only repeats the verb ("ने कहा" for SAID) would say it twice.
  const repeats = !!cue && fold(VERB_WORDS[link.verb].hi).includes(fold(cue));
  return cue && !repeats ? `${said} (“${cue}”)` : said;
}

/** Who said it, without verb: the speaker's name, an anonymous source of an organisation, or the article. */
export function speakerText(chain: ChainLinkText[], lang: Lang): string {
  const speaker = chain.find((l) => l.role === "SPEAKER");
  return speaker ? partyText(speaker, lang) : OWN_ASSERTION[lang];
}

/** Who passed it on, in the chain's order, without verbs. */
export const relayTexts = (chain: ChainLinkText[], lang: Lang): string[] =>
  chain.filter((l) => l.role === "RELAY").map((l) => partyText(l, lang));

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The whole chain, speaker first, ending with the article's outlet (or saying it is not recorded). */
export function chainText(
  chain: ChainLinkText[],
  outlet: NamedEntity | null,
  lang: Lang,
  options: ChainTextOptions = {},
): string {
  const sorted = [
    ...chain.filter((l) => l.role === "SPEAKER"),
    ...chain.filter((l) => l.role === "RELAY"),
  ];
  const parts = sorted.map((l) => linkText(l, lang, options));
  if (sorted.length === 0 || sorted[0]?.role !== "SPEAKER") parts.unshift(OWN_ASSERTION[lang]);
  parts.push(
    outlet
      ? `${displayName(outlet, lang)} ${PUBLISHED[lang]}`
      : lang === "hi"
        ? "माध्यम दर्ज नहीं"
        : "outlet not recorded",
  );
  const line = parts.join(" → ");
  return lang === "en" ? capitalise(line) : line;
}
