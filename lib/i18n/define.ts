// How a namespace of the interface's words is written: both languages side by side, in one file, so a
// label is defined once in Hindi and English. `en` must have exactly the keys `hi` has (TypeScript
// refuses a missing or extra key, so a missing translation fails the build); tests/unit/i18n-catalogue
// checks that both sides parse as ICU messages with the same arguments.
type MessageTree = { readonly [key: string]: string | MessageTree };

/** The same tree with every message widened to `string`: what the English side must match. */
export type SameKeys<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]>;
};

export function defineMessages<const H extends MessageTree>(messages: {
  hi: H;
  en: SameKeys<H>;
}): { hi: H; en: SameKeys<H> } {
  return messages;
}
