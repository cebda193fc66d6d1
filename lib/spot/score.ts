// Signals → score, in one function, so a learned scorer can replace the hand weights without
// touching segmentation, signals or attribution. Weights reflect what makes a Hindi desk editor
// stop: a figure, a record or a named source is checkable on its own; a date, a unit, a comparison
// or a quotation mark mostly strengthens one of those.
import type { SignalName } from "./signals.ts";

const WEIGHTS: Record<SignalName, number> = {
  number: 1,
  quantity: 0.5,
  date: 1,
  superlative: 1,
  attribution: 1,
  reported: 1,
  quote: 0.5,
  accusation: 0.75,
  comparison: 0.5,
  // Half a point against: a headline or a conditional needs two signals to be proposed.
  hypothetical: -0.5,
  prediction: -0.5,
  heading: -0.5,
};

/** A sentence with at least this score is proposed as a claim. */
export const FLAG_THRESHOLD = 1;

/** The sum of the signals' weights: more positive signals always rank a sentence higher. */
export function scoreSignals(signals: readonly SignalName[]): number {
  return signals.reduce((acc, s) => acc + WEIGHTS[s], 0);
}
