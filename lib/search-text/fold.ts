// The search form of a text, shared by what is stored (a row's searchText) and what is asked (the
// query): one function, so the two always agree. Pure, for the seed, the bench corpus and tests.
//
// searchText is two lines joined by " | ": the folded words (lib/text/fold.ts: NFC, nukta,
// candrabindu, digits, case; punctuation as spaces), then the same words as spelling keys (wordKey):
// plural and oblique endings made singular (lib/text/inflection.ts), vowel signs dropped and
// loanwords mapped to the Hindi word (lib/words/normalise.ts), so आर्टिलरी, आर्टिलेरी and
// ऑर्टिलरी, नॉर्थ कोरिया and उत्तर कोरिया, or अधिकारी and अधिकारियों share a key. Full-text search finds
// candidates on the keys; the folded line lets an exact spelling or phrase rank first.

import { fold } from "../text/fold.ts";
import { foldInflection } from "../text/inflection.ts";
import { searchKey } from "../words/normalise.ts";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, folded. */
const foldedWords = (text: string): string[] => fold(text).match(WORD) ?? [];

/**
 * One folded word's spelling key, as stored and as asked: its inflection folded, then its
 * skeleton or synonym. Claim matching (lib/claim/match.ts) asks the stored keys with it too.
 */
export const wordKey = (foldedWord: string): string => searchKey(foldInflection(foldedWord));

/** The stored search text of a row made of these fields (empty ones skipped). */
export function searchText(parts: (string | null | undefined)[]): string {
  const words = parts.flatMap((p) => (p ? foldedWords(p) : []));
  // Spaces at both ends, so ranking's strpos(' phrase ') finds whole words only.
  return ` ${words.join(" ")} | ${words.map(wordKey).join(" ")} `;
}

export interface SearchQuery {
  /** The query's folded words, joined: an exact phrase to find in the folded line. */
  phrase: string;
  /** The query's spelling keys, joined: what full-text search must find. */
  keys: string;
  /** Folded words and keys, for highlighting. */
  terms: Set<string>;
}

/** The query as the database is asked it, or null when it has no words. */
export function searchQuery(q: string): SearchQuery | null {
  const words = foldedWords(q).slice(0, 12);
  if (words.length === 0) return null;
  const keys = words.map(wordKey);
  return { phrase: words.join(" "), keys: keys.join(" "), terms: new Set([...words, ...keys]) };
}

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * The text cut into plain and matched pieces: a word is matched when its folded form or its key is
 * one of the query's. The pieces are the original text's own characters, so the caller can render
 * them as text (escaped) and mark the hits.
 */
export function highlight(text: string, terms: Set<string>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = fold(m[0]);
    if (!terms.has(word) && !terms.has(wordKey(word))) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), hit: false });
    out.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}
