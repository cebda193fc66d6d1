// The Hindi claim spotter: sentences → named signals → score → candidates with claimant and relays,
// then groups of candidates that state the same claim across articles. Pure: no framework, no
// database; the CLI (scripts/spot.ts), the evaluation (scripts/eval-spot.ts) and later the app call it.
import { fold } from "../text/fold.ts";
import {
  attribute,
  type EntityMatcher,
  entityMatcher,
  type RegistryEntity,
} from "./attribution.ts";
import { type GroupInput, groupClaims } from "./group.ts";
import { FLAG_THRESHOLD, scoreSignals } from "./score.ts";
import { splitSentences } from "./segment.ts";
import { detectSignals, type SignalName } from "./signals.ts";

export interface SpottedSentence {
  start: number;
  end: number;
  text: string;
  score: number;
  signals: SignalName[];
  claimant: string | null;
  claimantId: string | null;
  via: string[];
  /** Registry ids of the relays, in the order of `via`. */
  viaIds: string[];
  /** Registry entities named in the sentence other than its claimant and relays. */
  entityIds: string[];
  flagged: boolean;
}

interface Carried {
  paragraph: number;
  claimant: string | null;
  id: string | null;
  via: string[];
  viaIds: string[];
  /** The source spoke in direct speech ("ने कहा- …"), so what follows is still their words. */
  direct: boolean;
}
const NOBODY: Carried = {
  paragraph: -1,
  claimant: null,
  id: null,
  via: [],
  viaIds: [],
  direct: false,
};
const SPEECH_DASH = /(कहा|बोले|बोलीं|बताया)\s*[-–—:]/u;
const AGENT = /^\s*ने(?![\p{L}\p{M}])/u;

export interface SpotOptions {
  /** Signals to ignore, for measuring what each one contributes. */
  without?: readonly SignalName[];
}

/** Every sentence of one article, scored and attributed; `flagged` marks the candidates. */
export function spotSentences(
  text: string,
  matcher: EntityMatcher,
  options: SpotOptions = {},
): SpottedSentence[] {
  const out: SpottedSentence[] = [];
  let carried: Carried = NOBODY;
  let lastNamed: { claimant: string | null; id: string | null } = { claimant: null, id: null };
  for (const s of splitSentences(text)) {
    const own = attribute(s.text, matcher);
    const folded = fold(s.text);
    const mentions = matcher.find(folded);
    let claimant = own.claimant;
    let claimantId = own.claimantId;
    let via = own.via;
    let viaIds = own.viaIds;
    if (own.pronoun) {
      // "उन्होंने कहा": the last source the article named.
      claimant = lastNamed.claimant;
      claimantId = lastNamed.id;
    } else if (!claimant && carried.paragraph === s.paragraph) {
      // Within a paragraph, a source named once covers the sentences that follow it, until one
      // makes a named person or body the agent ("किम जोंग ने …") outside the quotation.
      if (!s.quoted && mentions.some((m) => AGENT.test(folded.slice(m.end)))) {
        carried = NOBODY;
      } else {
        claimant = carried.claimant;
        claimantId = carried.id;
        via = carried.via;
        viaIds = carried.viaIds;
      }
    }
    const reported = claimant !== null && own.claimant === null;
    if (claimant) {
      const direct = reported ? carried.direct : SPEECH_DASH.test(s.text) || s.quoted;
      carried = { paragraph: s.paragraph, claimant, id: claimantId, via, viaIds, direct };
      if (own.claimant) lastNamed = { claimant, id: claimantId };
    }
    const quoted = s.quoted || (reported && carried.direct);
    const signals = detectSignals({ text: s.text, quoted, reported }).filter(
      (n) => !options.without?.includes(n),
    );
    const score = scoreSignals(signals);
    const attributionIds = new Set([claimantId]);
    const entityIds = [
      ...new Set(mentions.map((m) => m.entity.id).filter((id) => !attributionIds.has(id))),
    ];
    out.push({
      start: s.start,
      end: s.end,
      text: s.text,
      score,
      signals,
      claimant,
      claimantId,
      via,
      viaIds,
      entityIds,
      flagged: score >= FLAG_THRESHOLD,
    });
  }
  return out;
}

/** What the CLI prints for one candidate: the spotted sentence's public fields and an id. */
interface SpotCandidate
  extends Pick<
    SpottedSentence,
    "start" | "end" | "text" | "score" | "signals" | "claimant" | "via"
  > {
  id: string;
}

export interface SpotResult {
  files: { file: string; candidates: SpotCandidate[] }[];
  groups: string[][];
}

/** Candidates in each article and the groups that link them across all of them (the CLI contract). */
export function spotFiles(
  files: readonly { file: string; text: string }[],
  registry: readonly RegistryEntity[],
  options: SpotOptions = {},
): SpotResult {
  const matcher = entityMatcher(registry);
  const forGrouping: GroupInput[] = [];
  const result = files.map(({ file, text }, f) => {
    const flagged = spotSentences(text, matcher, options).filter((s) => s.flagged);
    const candidates = flagged.map((s, k) => {
      const id = `f${f}c${k}`;
      forGrouping.push({
        id,
        text: s.text,
        entityIds: s.entityIds,
        claimant: s.claimantId ?? s.claimant,
      });
      return {
        id,
        start: s.start,
        end: s.end,
        text: s.text,
        score: s.score,
        signals: s.signals,
        claimant: s.claimant,
        via: s.via,
      };
    });
    return { file, candidates };
  });
  return { files: result, groups: groupClaims(forGrouping) };
}
