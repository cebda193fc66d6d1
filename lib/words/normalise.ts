// Normalisation for deciding whether two sentences state the same claim. On top of search folding
// (lib/text/fold.ts: NFC, nukta, candrabindu → anusvara, Devanagari digits) it folds the spelling
// variants transliterated words take in Hindi news — आर्टिलरी / आर्टिलेरी / ऑर्टिलरी — by reducing
// a word to its letters without vowel signs, and maps a few English loanwords to the Hindi word
// other outlets use (नॉर्थ कोरिया / उत्तर कोरिया, टेक्नोलॉजी / तकनीक).
import { fold } from "../text/fold.ts";
import { words } from "./lexicon.ts";

// Loanword → the word other outlets write; compared after skeleton(), so one spelling is enough.
const SYNONYMS: [string, string][] = [
  ["नॉर्थ", "उत्तर"],
  ["north", "उत्तर"],
  ["साउथ", "दक्षिण"],
  ["south", "दक्षिण"],
  ["टेक्नोलॉजी", "तकनीक"],
  ["technology", "तकनीक"],
  ["मिलिट्री", "सैन्य"],
  ["सेना", "सैन्य"],
  ["कोरोना", "कोविड"],
  ["मदद", "सहायता"],
  ["बिजी", "व्यस्त"],
  ["शुक्रिया", "धन्यवाद"],
  ["लीडर", "नेता"],
  ["प्राइवेट", "निजी"],
  ["वॉर", "युद्ध"],
  ["जंग", "युद्ध"],
  ["लड़ाई", "युद्ध"],
];

// Independent vowels that transliteration swaps freely (ऑ/आ, ई/इ, ऊ/उ).
const VOWELS: Record<string, string> = { ऑ: "आ", ई: "इ", ऊ: "उ", ऐ: "ए", औ: "ओ", ॲ: "अ" };

/** A word reduced to its consonant and vowel letters, vowel signs and virama dropped. */
function skeleton(word: string): string {
  return word.replace(/\p{M}/gu, "").replace(/[ऑईऊऐऔॲ]/gu, (v) => VOWELS[v] ?? v);
}

// Keyed on the skeleton, so every spelling of a loanword maps; but a two-letter skeleton is too
// ambiguous ("जंग" war and "जोंग" of Kim Jong Un are both ज-ग), so short words map only when
// spelled exactly.
const SYNONYM_MAP = new Map(
  SYNONYMS.map(([from, to]) => {
    const key = skeleton(fold(from));
    return [key.length > 2 ? key : `=${fold(from)}`, skeleton(fold(to))];
  }),
);

/** The Hindi word a loanword stands for, or the word's own skeleton. */
function synonymOf(foldedWord: string, skel: string): string {
  return SYNONYM_MAP.get(skel) ?? SYNONYM_MAP.get(`=${foldedWord}`) ?? skel;
}

// Function words that carry no claim; compared as skeletons like everything else.
const STOPWORDS = new Set(
  (
    "है हैं था थी थे की के का में से को और ने भी यह ये वो वह इस उस इन उन पर तो कि लिए एक हो " +
    "रहा रही रहे गया गई गए किया करने कर कहा बताया साथ बाद ही जो जिस जिसका उनके उनकी उसके " +
    "उसकी अपने अपनी हुई हुआ होता होती वाले वाली तक इसी इसके इसका दौरान बीच लेकर कई सारे रूप " +
    "मुताबिक अनुसार हवाले दावा कहना वहीं साथ जब तब अब"
  )
    .split(" ")
    .map((w) => skeleton(w)),
);

/** One folded word's spelling key: its skeleton, or the Hindi word a loanword stands for. */
export function searchKey(foldedWord: string): string {
  return synonymOf(foldedWord, skeleton(foldedWord));
}

// Endings that inflect a word without changing what it names, stripped before comparing claims
// (not in searchKey: stored search text is keyed on the plain skeleton). "शेल्स" is the English
// plural written in Devanagari; "नेताओं" the oblique plural, whose ओ survives as a letter.
const LOAN_PLURAL = /(?<=[\u0915-\u0939])्स$/u;
const OBLIQUE_VOWEL = /(?<=\p{L}{2})[ओए]$/u;

/** The content words of a sentence, normalised for comparison with other sentences. */
export function claimTokens(text: string): string[] {
  return words(fold(text).replace(/[-_]/g, " "))
    .map((w) => {
      const s = skeleton(w.length > 3 ? w.replace(LOAN_PLURAL, "") : w).replace(OBLIQUE_VOWEL, "");
      return synonymOf(w, s);
    })
    .filter((w) => w && !STOPWORDS.has(w));
}

const MAGNITUDE = /(?<![\p{L}\p{M}])(लाख|हजार|करोड|अरब)[\p{L}\p{M}]*/gu;
// Months and relative years pin a claim in time as much as a figure does.
const WHEN =
  /(?<![\p{L}\p{M}])(जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|पिछले साल|इस साल|अगले साल)(?![\p{L}\p{M}])/gu;

/** Figures and dates a sentence states (digits after folding, number words, months), for the guard. */
export function claimNumbers(text: string): string[] {
  const folded = fold(text);
  const digits = (folded.match(/\p{N}+(?:[.,]\p{N}+)*/gu) ?? []).map((n) => n.replace(/,/g, ""));
  const magnitudes = (folded.match(MAGNITUDE) ?? []).map((m) => m.replace(/ों$/u, ""));
  const when = (folded.match(WHEN) ?? []).map((m) => m.replace("सितम्बर", "सितंबर"));
  return [...digits, ...magnitudes, ...when];
}

// Countries a claim is about, in the spellings Hindi outlets use; "रूस को" and "रूस से" differ in
// direction, which a word list cannot see, but a claim about Russia is never one about China.
const PLACES: [RegExp, string][] = [
  [/(?<![\p{L}\p{M}])(उत्तर|नॉर्थ|नार्थ) कोरिया[\p{L}\p{M}]*/gu, "north-korea"],
  [/(?<![\p{L}\p{M}])(दक्षिण|साउथ) कोरिया[\p{L}\p{M}]*/gu, "south-korea"],
  [/(?<![\p{L}\p{M}])रूस(ी)?(?![\p{L}\p{M}])/gu, "russia"],
  [/(?<![\p{L}\p{M}])अमेरिका(ी)?(?![\p{L}\p{M}])/gu, "usa"],
  [/(?<![\p{L}\p{M}])चीन(ी)?(?![\p{L}\p{M}])/gu, "china"],
  [/(?<![\p{L}\p{M}])यूक्रेन(ी)?(?![\p{L}\p{M}])/gu, "ukraine"],
  [/(?<![\p{L}\p{M}])(भारत|भारतीय)(?![\p{L}\p{M}])/gu, "india"],
  [/(?<![\p{L}\p{M}])जापान(ी)?(?![\p{L}\p{M}])/gu, "japan"],
];

/** Countries named in a sentence, as fixed keys, for the entity guard. */
export function claimPlaces(text: string): string[] {
  const folded = fold(text);
  return PLACES.filter(([re]) => folded.match(re)).map(([, key]) => key);
}

const NEGATION =
  /(?<![\p{L}\p{M}])(नहीं|नही|न|ना|मत|कभी नहीं|इनकार|इंकार|खंडन|not|no|never)(?![\p{L}\p{M}])/u;

/** True when the sentence is negated ("… नहीं चल पाती", "इनकार किया"). */
export function isNegated(text: string): boolean {
  return NEGATION.test(fold(text));
}
