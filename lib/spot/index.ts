// The Hindi claim spotter: sentences → named signals → score → candidates with claimant and relays,
// then groups of candidates that state the same claim across articles. Pure: no framework, no
// database; the CLI (scripts/spot.ts), the evaluation (scripts/eval-spot.ts) and later the app call it.
import { fold } from "../text/fold.ts";
import {
  attribute,
  entityMatcher,
  type RegistryEntity,
  type RegistryMatcher,
} from "./attribution.ts";
import { type GroupInput, groupClaims } from "./group.ts";
import { FLAG_THRESHOLD, scoreSignals } from "./score.ts";
import { type Sentence, splitSentences } from "./segment.ts";
import { detectSignals, type SignalName } from "./signals.ts";

export interface SpottedSentence {
  start: number;
  end: number;
  text: string;
  score: number;
  signals: SignalName[];
  claimant: string | null;
  claimantId: string | null;
  /** An unnamed person of the claimant entity: the role word ("अधिकारी"); see Attribution. */
  claimantRole?: string;
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
  /** Set in a list item or a line introducing one ("BBC के मुताबिक:"): the next item inherits it. */
  opensList: boolean;
}
const NOBODY: Carried = {
  paragraph: -1,
  claimant: null,
  id: null,
  via: [],
  viaIds: [],
  direct: false,
  opensList: false,
};
const LIST_LEAD = /[:：]\s*$/u;

/** The source named for the previous sentence still covers this one. */
function stillCovered(carried: Carried, s: Sentence): boolean {
  if (carried.paragraph === s.paragraph) return true;
  // "-BBC के मुताबिक, … \n-इसके बदले में …": a list's items are one report, item after item.
  return s.listItem && carried.opensList && s.paragraph === carried.paragraph + 1;
}
const SPEECH_DASH = /(कहा|बोले|बोलीं|बताया)\s*[-–—:]/u;
const AGENT = /^\s*ने(?![\p{L}\p{M}])/u;

export interface SpotOptions {
  /** Signals to ignore, for measuring what each one contributes. */
  without?: readonly SignalName[];
}

/** Every sentence of one article, scored and attributed; `flagged` marks the candidates. */
export function spotSentences(
  text: string,
  registryMatcher: RegistryMatcher,
  options: SpotOptions = {},
): SpottedSentence[] {
  const out: SpottedSentence[] = [];
  const matcher = registryMatcher.forArticle();
  let carried: Carried = NOBODY;
  // Who "उन्होंने" most likely is: the last source named, or the last person or body the article
  // made the agent of a sentence ("किम ने पुतिन को … भरोसा दिया। उन्होंने कहा …").
  let lastNamed: { claimant: string | null; id: string | null } = { claimant: null, id: null };
  for (const s of splitSentences(text)) {
    const own = attribute(s.text, matcher);
    const folded = fold(s.text);
    const mentions = matcher.find(folded);
    matcher.introduce(mentions);
    let claimant = own.claimant;
    let claimantId = own.claimantId;
    // Only a sentence's own words make its speaker an unnamed official: a carried or pronoun
    // source is the one named before, as named.
    const claimantRole = own.claimantRole;
    let via = own.via;
    let viaIds = own.viaIds;
    if (own.pronoun) {
      claimant = lastNamed.claimant;
      claimantId = lastNamed.id;
    } else if (!claimant && stillCovered(carried, s)) {
      // Within a paragraph, a source named once covers the sentences that follow it, until one
      // makes a named person or body the agent ("किम जोंग ने …") outside the quotation.
      // The source itself as the agent ("अमेरिका का दावा है … अमेरिका ने … तस्वीर साझा की थी")
      // is still its account.
      const otherAgent = mentions.some(
        (m) => m.entity.id !== carried.id && AGENT.test(folded.slice(m.end)),
      );
      if (!s.quoted && otherAgent) {
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
      const opensList = s.listItem || LIST_LEAD.test(s.text);
      carried = {
        paragraph: s.paragraph,
        claimant,
        id: claimantId,
        via,
        viaIds,
        direct,
        opensList,
      };
      if (own.claimant) lastNamed = { claimant, id: claimantId };
    }
    const agent = s.quoted ? undefined : mentions.findLast((m) => AGENT.test(folded.slice(m.end)));
    if (agent && !own.claimant) lastNamed = { claimant: agent.entity.nameEn, id: agent.entity.id };
    const quoted = s.quoted || (reported && carried.direct);
    const signals = detectSignals({ text: s.text, quoted, reported, heading: s.heading }).filter(
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
      ...(claimantRole && claimantId === own.claimantId ? { claimantRole } : {}),
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
  const byId = new Map(registry.map((e) => [e.id, e]));
  const byEnglish = new Map(registry.map((e) => [e.nameEn, e]));
  // Every spelling of the claimant's and relays' names, so the chain's words do not count as
  // the claim's words when grouping.
  const spellings = (e?: RegistryEntity) => (e ? [e.nameHi, e.nameEn, ...e.aliases] : []);
  const namesOf = (s: SpottedSentence): string[] =>
    [byId.get(s.claimantId ?? ""), ...s.via.map((v) => byEnglish.get(v))]
      .flatMap(spellings)
      .concat(s.claimantId ? [] : [s.claimant ?? ""]);
  const forGrouping: GroupInput[] = [];
  const background: string[] = [];
  const result = files.map(({ file, text }, f) => {
    const sentences = spotSentences(text, matcher, options);
    for (const s of sentences) background.push(s.text);
    const flagged = sentences.filter((s) => s.flagged);
    const candidates = flagged.map((s, k) => {
      const id = `f${f}c${k}`;
      forGrouping.push({
        id,
        text: s.text,
        entityIds: s.entityIds,
        sourceNames: namesOf(s),
        entityNames: s.entityIds.flatMap((e) => spellings(byId.get(e))),
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
  return { files: result, groups: groupClaims(forGrouping, background) };
}
