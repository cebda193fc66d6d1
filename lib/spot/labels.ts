// How each spotter signal is named to editors: English with Hindi, short enough for a badge.
// Kept apart from signals.ts so the browser gets these words without the lexicon and the folder.
import type { SignalName } from "./signals.ts";

// `against`: the signal lowers the score (score.ts); the badge says so.
export const SIGNAL_LABELS: Record<SignalName, { en: string; hi: string; against?: true }> = {
  number: { en: "number", hi: "संख्या" },
  quantity: { en: "quantity", hi: "मात्रा" },
  date: { en: "date", hi: "तारीख" },
  superlative: { en: "superlative", hi: "सबसे" },
  attribution: { en: "attribution", hi: "स्रोत" },
  reported: { en: "reported", hi: "हवाले से" },
  quote: { en: "quote", hi: "उद्धरण" },
  accusation: { en: "accusation", hi: "आरोप" },
  comparison: { en: "comparison", hi: "तुलना" },
  hypothetical: { en: "if … then", hi: "अगर … तो", against: true },
  prediction: { en: "promise or forecast", hi: "वादा या अनुमान", against: true },
  heading: { en: "headline line", hi: "शीर्षक", against: true },
};
