// Labels of statuses and stances as {hi, en} pairs, for code that prints both languages at once
// (exports, the feed). The words themselves live once, in the catalogue (lib/i18n/messages/enums.ts);
// interface code reads them with t("enums.ClaimStatus.OPEN"). Client-safe: the catalogue is plain data.
import { enums } from "./i18n/messages/enums";

type Pairs<K extends string> = { [P in K]: { hi: string; en: string } };

/** `{ KEY: { hi, en } }` for one enum table of the catalogue. */
export function enumPairs<T extends keyof typeof enums.hi>(table: T) {
  const hi = enums.hi[table] as Record<string, string>;
  const en = enums.en[table] as Record<string, string>;
  const out: Record<string, { hi: string; en: string }> = {};
  for (const k of Object.keys(hi)) out[k] = { hi: hi[k], en: en[k] };
  return out as Pairs<Extract<keyof (typeof enums.hi)[T], string>>;
}

export const STANCE_LABELS = enumPairs("Stance");

export const STATUS_LABELS = { ...enumPairs("ClaimStatus"), ...enumPairs("VerdictStatus") };

/** What a published change to a fact check is: the corrections log, the feed and the reports. */
export const CORRECTION_KIND_LABELS = enumPairs("CorrectionKind");

/** Whose text an article is (lib/article/text-rights.ts): the desk's choices, Hindi first, each saying
 * what readers will then see. */
export const TEXT_RIGHTS = ["OWN", "LICENSED", "OTHER"] as const;
export type TextRightsValue = (typeof TEXT_RIGHTS)[number];
