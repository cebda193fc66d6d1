// The words around a quote, cut to whole words. A mention's prefix and suffix are a fixed number of
// characters (lib/anchoring), so they can start or end inside a word — and a Devanagari word cut
// there begins with a vowel sign or virama, which a browser draws on a dotted circle. Context is for
// reading, so the partial word at its outer edge is dropped; the stored prefix/suffix stay as they are.

/** The prefix from its first whole word (everything before the first space is dropped). */
export function leadingContext(prefix: string): string {
  const cut = prefix.search(/\s/u);
  return cut < 0 ? "" : prefix.slice(cut).replace(/\s+/gu, " ");
}

/** The suffix up to its last whole word (everything after the last space is dropped). */
export function trailingContext(suffix: string): string {
  const match = /\s\S*$/u.exec(suffix);
  const whole = match ? suffix.slice(0, match.index + 1) : "";
  return whole.replace(/\s+/gu, " ");
}
