// Misattribution: "the article attributes this to X; the evidence shows it came from Y". Pure (no
// framework imports): the verdict form, the public page, the API and the review snapshot share one
// reading of who an appearance's chain names and which appearances look misattributed.
import { partyText } from "./render";

type Lang = "hi" | "en";
type Named = { nameHi: string | null; nameEn: string | null };

/** The part of a chain link a reader's sentence needs; the dossier's chain has this shape. */
type SpeakerLink = {
  role: "SPEAKER" | "RELAY";
  entity: Named | null;
  /** An anonymous source as the text names it ("एक अधिकारी"). */
  anonymousAs?: string | null;
  /** The organisation an anonymous source belongs to. */
  affiliation?: Named | null;
};
/** …and what relates a named speaker to an originator. */
export type ChainSpeakerLink = SpeakerLink & {
  entity: (Named & { id: string; affiliationId?: string | null }) | null;
};

/** The article states the claim in its own voice: no named or anonymous speaker. */
export function isOwnAssertion(chain: SpeakerLink[]): boolean {
  const s = chain.find((l) => l.role === "SPEAKER");
  return !s?.entity && !s?.affiliation && !s?.anonymousAs;
}

/** Who an appearance's chain says made the claim, as a reader reads it. */
export function attributedTo(chain: SpeakerLink[], lang: Lang): string {
  const s = chain.find((l) => l.role === "SPEAKER");
  // The verb plays no part in who it names (partyText leaves it out).
  if (s && !isOwnAssertion(chain)) return partyText({ ...s, verb: "SAID" }, lang);
  return lang === "hi" ? "लेख स्वयं" : "the article itself";
}

type Originator = { id: string; affiliationId?: string | null };

/**
 * Appearances that look misattributed once the originator is known: their speaker is a named entity
 * that is neither the originator nor affiliated with it (either way round: Kirby speaks for the US
 * government, the ministry belongs to the government). Only a suggestion: the editor decides.
 * Anonymous sources and the article's own voice are never suggested: they name nobody else.
 */
export function suggestMisattributed(
  mentions: { id: string; chain: ChainSpeakerLink[] }[],
  originator: Originator | null,
): string[] {
  if (!originator) return [];
  return mentions
    .filter((m) => {
      const e = m.chain.find((l) => l.role === "SPEAKER")?.entity;
      if (!e) return false;
      const related =
        e.id === originator.id ||
        e.affiliationId === originator.id ||
        (!!originator.affiliationId && originator.affiliationId === e.id);
      return !related;
    })
    .map((m) => m.id);
}

/** What the verdict form starts from: a draft's own values, or a correction's published ones. */
export type OriginatorValues = {
  originatorId: string | null;
  originatorEvidenceId: string | null;
  originatorNote: string | null;
  misattributedMentionIds: string[];
};

export const NO_ORIGINATOR: OriginatorValues = {
  originatorId: null,
  originatorEvidenceId: null,
  originatorNote: null,
  misattributedMentionIds: [],
};

/** A verdict's recorded misattribution, or none (rows from before misattribution were recorded). */
export function originatorValues(
  v: Partial<OriginatorValues> | null | undefined,
): OriginatorValues {
  if (!v?.originatorId) return NO_ORIGINATOR;
  return {
    originatorId: v.originatorId,
    originatorEvidenceId: v.originatorEvidenceId ?? null,
    originatorNote: v.originatorNote ?? null,
    misattributedMentionIds: [...(v.misattributedMentionIds ?? [])],
  };
}
