// The kinds of entity and the verbs of an attribution chain, in the order forms offer them. A module
// of its own, without zod, so the client components that list them do not pull zod into the browser:
// zod probes for eval (`new Function("")`) the first time an object schema parses there, which the
// desk's CSP reports.
export const ENTITY_KINDS = [
  "PERSON",
  "ORGANISATION",
  "OUTLET",
  "NEWS_AGENCY",
  "GOVERNMENT",
] as const;
export type EntityKindName = (typeof ENTITY_KINDS)[number];

/** What publishes or carries an article: the only kinds an article's outlet may be. */
export const OUTLET_KINDS: readonly EntityKindName[] = ["OUTLET", "NEWS_AGENCY"];

/** What a link of a chain did with the claim. The first four are a speaker's, the rest a relay's. */
export const ATTRIBUTION_VERBS = [
  "SAID",
  "CLAIMED",
  "ACCUSED",
  "DENIED",
  "REPORTED",
  "RELAYED",
  "QUOTED",
] as const;
export type AttributionVerbName = (typeof ATTRIBUTION_VERBS)[number];
