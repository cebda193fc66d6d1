// A light fold of Hindi noun inflection, for search and claim matching: a plural or oblique ending
// that carries a letter (अधिकारियों, नेताओं, सीमाएं, वस्तुओं, लड़ाइयों) is rewritten to the direct
// singular (अधिकारी, नेता, सीमा, वस्तु, लड़ाई). Works on folded words (lib/text/fold.ts: NFC,
// candrabindu already anusvara). The spelling key made after it (lib/search-text/fold.ts wordKey) drops
// vowel signs, which already folds the endings that are vowel signs only — गोले / गोलों / गोला,
// देश / देशों, मांग / मांगें — so they have no rule here: cutting them would change no key, and
// would make सेना "सेन", which the loanword synonyms (keyed on whole words) no longer know.
//
// The endings are the nominal ones of Ramanathan & Rao, "A Lightweight Stemmer for Hindi" (EACL
// 2003 workshop on South Asian languages), as Apache Lucene implements it (HindiStemmer.java,
// Apache-2.0, lucene/analysis/common/src/java/org/apache/lucene/analysis/hi/), with Lucene's
// length guards. Deliberate differences:
// - Verb and participle endings (कर, ने, ना, ता, ती, ते, ेगा, ाया …) are left alone: they cut
//   consonants, so Lucene folds सेना (army) into से (from), नेता (leader) into ने, करना into कर.
//   A reader searches for things and people; a wrong merge costs more than a missed verb form.
// - An ending is rewritten to the singular's vowel instead of cut to a bare stem (ियों → ी, ाओं →
//   ा, ाइयों → ाई), so the whole-word lookup after this one (the loanword synonyms of
//   lib/words/normalise.ts: सेनाओं → सेना → सैन्य, लड़ाइयों → लड़ाई → युद्ध) still finds its word,
//   and ाई itself is never cut (Lucene makes लड़ाई, a fight, the verb root लड़; पढ़ाई पढ़).

// [ending, the singular's ending, the shortest word it applies to]. Lucene's guard is "length >
// ending + 1", i.e. at least two letters left before the ending; ाइयों keeps ाई, so one is enough.
const ENDINGS: [string, string, number][] = [
  // भाइयों, लड़ाइयों, कमाइयां: plural of an ाई noun (Lucene leaves भाइयों unmatched: too short).
  ["ाइयों", "ाई", 6],
  ["ाइयां", "ाई", 6],
  // अधिकारियों, पार्टियां, नदियों: plural of an ी noun.
  ["ियों", "ी", 6],
  ["ियां", "ी", 6],
  // नेताओं, सीमाएं, हवाओं: plural of an ा noun (जाएं, खाएं, माओं are too short for the guard).
  ["ाओं", "ा", 5],
  ["ाएं", "ा", 5],
  // वस्तुओं, हिंदुओं, बहुएं (धुआं, कुआं, कुएं: too short).
  ["ुओं", "ु", 5],
  ["ुएं", "ु", 5],
  ["ुआं", "ु", 5],
];

// The English plural written in Devanagari after a consonant (शेल्स, मिसाइल्स, टैंक्स), as claim
// matching has always read it (lib/words/normalise.ts claimTokens): "शेल" now finds "शेल्स" too.
const LOAN_PLURAL = /(?<=\p{L}\p{M}*[\u0915-\u0939])्स$/u;

/** A folded word with a plural or oblique ending made singular; any other word unchanged. */
export function foldInflection(word: string): string {
  for (const [ending, singular, min] of ENDINGS)
    if (word.length >= min && word.endsWith(ending))
      return word.slice(0, -ending.length) + singular;
  return word.replace(LOAN_PLURAL, "");
}
