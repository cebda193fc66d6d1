// Word lists a Hindi desk editor would recognise, compiled into regular expressions over folded text
// (lib/text/fold.ts: nukta dropped, candrabindu as anusvara, Devanagari digits as ASCII, Latin
// lowercased). Hindi words are runs of [\p{L}\p{M}] — \w and \p{L} alone would cut a word at its
// vowel signs — so the boundaries below look for letters *and* marks.
import { fold } from "../text/fold.ts";

const B = "(?<![\\p{L}\\p{M}\\p{N}])";
const E = "(?![\\p{L}\\p{M}])";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One regular expression matching any of the phrases as whole words in folded text. Phrases ending
 * in "*" match as a stem (आरोप* also finds आरोपों); spaces match any run of spaces.
 */
export function phrases(list: string[]): RegExp {
  const alternatives = list.map((p) => {
    const stem = p.endsWith("*");
    const body = fold(stem ? p.slice(0, -1) : p)
      .split(" ")
      .map(escapeRegExp)
      .join("[\\s-]+");
    return stem ? body : `${body}${E}`;
  });
  return new RegExp(`${B}(?:${alternatives.join("|")})`, "gu");
}

/** Splits folded text into words: runs of letters, marks and digits. */
export function words(folded: string): string[] {
  return folded.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
