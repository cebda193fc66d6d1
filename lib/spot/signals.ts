// Named signals that make a sentence worth checking. Each is a plain predicate over one sentence, so
// the evaluation can remove any one of them and show what it contributes, and a learned scorer can
// later take the same names as features (score.ts turns signals into a score in one place).
import { fold } from "../text/fold.ts";
import { phrases } from "../words/lexicon.ts";

export const SIGNAL_NAMES = [
  "number",
  "quantity",
  "date",
  "superlative",
  "attribution",
  "reported",
  "quote",
  "accusation",
  "comparison",
  // Signals that count against: what a desk editor skips even when it holds a figure or a name.
  "hypothetical",
  "prediction",
  "heading",
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

export interface SignalInput {
  /** The sentence as written. */
  text: string;
  /** Whether the sentence lies in or holds a direct quotation (segment.ts tracks this). */
  quoted: boolean;
  /** Whether an earlier sentence of the paragraph named a source that covers this one. */
  reported: boolean;
  /** The sentence is a line of its own with no closing mark: a headline, a section title, a teaser. */
  heading?: boolean;
}

// A sentence whose last verb is in the future ("… बातचीत करेंगे।", "… जीतेगा।"): a promise or a
// forecast, which nothing can yet show true or false. Not when an outlet reports it in its own
// words ("न्यूयॉर्क टाइम्स के मुताबिक … मांग करेगा"): that the report exists is checkable.
const PREDICTION = /[\p{L}\p{M}]*(ेगा|ेगी|ेंगे|ेंगी|ूंगा|ूंगी|एगा|एगी|एंगे)[\s"'’”)]*[।॥.!?|]?[\s"'’”)]*$/u;
// "अगर … तो …": a condition and what would follow from it, not something that happened.
const HYPOTHETICAL =
  /(?<![\p{L}\p{M}])(अगर|यदि)(?![\p{L}\p{M}]).*(?<![\p{L}\p{M}])तो(?![\p{L}\p{M}])/u;

const YEAR = /(?<![\p{N}])(1[89]\d\d|20\d\d)(?![\p{N}])/u;
const DIGITS = /\p{N}/u;
const NUMBER_WORDS = phrases([
  "लाख*",
  "हजार*",
  "करोड़*",
  "अरब*",
  "सैकड़ों",
  "दर्जनों",
  "दर्जन",
  "आधा",
  "आधे",
  "दोगुना",
  "दोगुनी",
  "तिगुना",
  "गुना",
  "दो",
  "तीन",
  "चार",
  "पांच",
  "छह",
  "सात",
  "आठ",
  "नौ",
  "दस",
  "बीस",
  "सौ",
  "million*",
  "billion*",
  "thousand*",
]);
const UNITS = phrases([
  "किलोमीटर",
  "किमी",
  "प्रति घंटा",
  "प्रति घंटे",
  "मील",
  "टन",
  "मीटर",
  "किलो*",
  "लीटर",
  "प्रतिशत",
  "फीसदी",
  "फीसद",
  "डॉलर",
  "रुपये",
  "रुपए",
  "यूरो",
  "वर्ग",
  "की संख्या में",
  "मात्रा में",
  "km",
  "kg",
  "mph",
]);
const PERCENT = /%/u;
const DATES = phrases([
  "जनवरी",
  "फरवरी",
  "मार्च",
  "अप्रैल",
  "मई",
  "जून",
  "जुलाई",
  "अगस्त",
  "सितंबर",
  "सितम्बर",
  "अक्टूबर",
  "नवंबर",
  "नवम्बर",
  "दिसंबर",
  "दिसम्बर",
  "पिछले साल",
  "पिछले वर्ष",
  "इस साल",
  "इस वर्ष",
  "साल पहले",
  "वर्ष पहले",
  "वर्षगांठ",
]);
const SUPERLATIVES = phrases([
  "सबसे",
  "रिकॉर्ड",
  "रिकार्ड",
  "पहली बार",
  "पहली",
  "पहला",
  "पहले नेता",
  "आखिरी बार",
  "अब तक",
  "सर्वाधिक",
  "सर्वोच्च",
  "सर्वश्रेष्ठ",
  "ऐतिहासिक",
  "record",
]);
const ATTRIBUTION = phrases([
  "के मुताबिक",
  "के अनुसार",
  "के हवाले से",
  "ने कहा",
  "ने बताया",
  "कहा कि",
  "बताया कि",
  "का दावा",
  "ने दावा",
  "दावा किया",
  "का कहना",
  "आरोप*",
  "की रिपोर्ट",
  "ने माना",
  "पुष्टि",
  "बोले",
  "बोलीं",
  "ने कहा है",
]);
const QUOTE_MARKS = /["“”‘’«»]/u;
// "किम जोंग ने कहा- रूस के साथ …": a dash or colon after the verb opens direct speech.
const SPEECH_DASH = /(कहा|बोले|बोलीं|बताया)\s*[-–—:]/u;
const ACCUSATIONS = phrases([
  "आरोप*",
  "इनकार",
  "इंकार",
  "खंडन",
  "झूठ*",
  "नकार*",
  "दोषी",
  "निंदा",
  "आलोचना",
  "उल्लंघन",
  "गलत बताया",
  "धमकी",
  "प्रतिबंध*",
]);
const COMPARISONS = phrases([
  "से ज्यादा",
  "से अधिक",
  "से कम",
  "की तुलना में",
  "के मुकाबले",
  "ज्यादा",
  "अधिक",
  "कम",
  "बढ़कर",
  "घटकर",
  "बढ़*",
  "घट*",
  "भारी",
  "बड़ा",
  "बड़ी",
]);

const test = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  return re.test(s);
};

const DETECTORS: Record<SignalName, (folded: string, input: SignalInput) => boolean> = {
  number: (f) => (DIGITS.test(f) && !onlyYears(f)) || test(NUMBER_WORDS, f),
  quantity: (f) => test(UNITS, f) || PERCENT.test(f),
  date: (f) => YEAR.test(f) || test(DATES, f),
  superlative: (f) => test(SUPERLATIVES, f),
  attribution: (f) => test(ATTRIBUTION, f),
  reported: (_f, input) => input.reported,
  quote: (f, input) => input.quoted || QUOTE_MARKS.test(input.text) || SPEECH_DASH.test(f),
  accusation: (f) => test(ACCUSATIONS, f),
  comparison: (f) => test(COMPARISONS, f),
  hypothetical: (f) => HYPOTHETICAL.test(f),
  prediction: (f, input) => (input.quoted || !input.reported) && PREDICTION.test(f),
  heading: (_f, input) => input.heading === true,
};

/** Digits that are all years count as a date, not as a number to check. */
function onlyYears(folded: string): boolean {
  const numbers = folded.match(/\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];
  return numbers.every((n) => /^(1[89]\d\d|20\d\d)$/.test(n));
}

/** The names of the signals a sentence shows, in SIGNAL_NAMES order. */
export function detectSignals(input: SignalInput): SignalName[] {
  const folded = fold(input.text);
  return SIGNAL_NAMES.filter((name) => DETECTORS[name](folded, input));
}
