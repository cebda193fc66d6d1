// Who makes a claim, and who relays it, read from Hindi attribution cues and matched against the
// entity registry: "BBC के मुताबिक" → BBC; "NK न्यूज ने रूसी विदेश मंत्रालय के अधिकारी के हवाले से
// बताया" → an official of the Russian foreign ministry, via NK News. The registry is passed in, so
// the app can hand over its real entities and the CLI the demo list.
import { fold, foldWithMap, toOriginalRange } from "../text/fold.ts";
import { phrases, words } from "../words/lexicon.ts";

/** A non-global form of phrases(), for test() and match() without lastIndex state. */
const once = (list: string[]) => new RegExp(phrases(list).source, "u");

export interface RegistryEntity {
  id: string;
  nameHi: string;
  nameEn: string;
  aliases: string[];
  /** PERSON entities are also found by one part of their name once the article has named them. */
  kind?: string;
}

export interface Attribution {
  /** Display name: the entity's English name (with a role such as "official"), or the raw phrase. */
  claimant: string | null;
  claimantId: string | null;
  /** English names of registry outlets that relay the claim. */
  via: string[];
  /** Their registry ids, in the same order as `via`. */
  viaIds: string[];
  /** The sentence names its source only by a pronoun ("उन्होंने कहा"): the caller carries one over. */
  pronoun: boolean;
  /**
   * Set when the claimant is an unnamed person of the registry entity `claimantId`: the role word as
   * the text has it ("अधिकारी" in "रूसी विदेश मंत्रालय के अधिकारी के हवाले से"). The desk proposes an
   * anonymous source affiliated with that entity, not the entity itself.
   */
  claimantRole?: string;
}

interface Mention {
  start: number;
  end: number;
  entity: RegistryEntity;
}

export interface EntityMatcher {
  find(folded: string): Mention[];
}

/** A matcher that reads one article in order and learns who it has named in full. */
interface ArticleMatcher extends EntityMatcher {
  /** After "किम जोंग उन" or "ली होंगज़ोंग" in full, "किम" / "ली" alone refer to that person. */
  introduce(mentions: readonly Mention[]): void;
}

export interface RegistryMatcher extends EntityMatcher {
  forArticle(): ArticleMatcher;
}

// Parts of a name that are also common words, never taken alone as the person ("उन" of किम जोंग उन).
const NOT_A_SHORT_NAME = new Set(["उन", "जो", "की", "का", "के", "से", "ने"]);

/** Longest first, then keep those that do not overlap a longer one ("किम जोंग उन" over "किम जोंग"). */
function longestFirst(all: Mention[]): Mention[] {
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of all) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The first and last word of each multi-word name of a person: surname-first or given-name-first. */
function shortNames(e: RegistryEntity): string[] {
  if (e.kind !== "PERSON") return [];
  const out = new Set<string>();
  for (const name of [e.nameHi, e.nameEn, ...e.aliases]) {
    const parts = words(fold(name));
    if (parts.length < 2) continue;
    for (const p of [parts[0], parts[parts.length - 1]]) {
      if (!NOT_A_SHORT_NAME.has(p) && !/^\p{N}/u.test(p)) out.add(p);
    }
  }
  return [...out];
}

/** Compiles the registry's names and aliases into one matcher over folded text. */
export function entityMatcher(entities: readonly RegistryEntity[]): RegistryMatcher {
  const compiled = entities.map((entity) => ({
    entity,
    re: phrases([entity.nameHi, entity.nameEn, ...entity.aliases].filter((n) => n.trim())),
  }));
  const find = (folded: string) => {
    const all: Mention[] = [];
    for (const { entity, re } of compiled) {
      for (const m of folded.matchAll(re)) {
        all.push({ start: m.index, end: m.index + m[0].length, entity });
      }
    }
    return longestFirst(all);
  };
  const shortByEntity = new Map(entities.map((e) => [e.id, shortNames(e)]));
  return {
    find,
    forArticle() {
      const introduced = new Map<string, RegistryEntity>();
      let short: { re: RegExp; entity: RegistryEntity }[] = [];
      return {
        find(folded) {
          const all = find(folded);
          for (const { re, entity } of short) {
            for (const m of folded.matchAll(re)) {
              all.push({ start: m.index, end: m.index + m[0].length, entity });
            }
          }
          return longestFirst(all);
        },
        introduce(mentions) {
          let changed = false;
          for (const m of mentions) {
            if (!introduced.has(m.entity.id) && shortByEntity.get(m.entity.id)?.length) {
              introduced.set(m.entity.id, m.entity);
              changed = true;
            }
          }
          if (!changed) return;
          // A short name two people named in the article share stays unresolved ("किम" of Kim
          // Jong Un and Kim Yo Jong).
          const owners = new Map<string, RegistryEntity[]>();
          for (const e of introduced.values()) {
            for (const n of shortByEntity.get(e.id) ?? [])
              owners.set(n, [...(owners.get(n) ?? []), e]);
          }
          short = [...owners]
            .filter(([, es]) => es.length === 1)
            .map(([n, [entity]]) => ({ re: phrases([n]), entity }));
        },
      };
    },
  };
}

// "X के मुताबिक / के अनुसार / के हवाले से / का दावा / का कहना": X is the source.
const SOURCE_CUE = phrases([
  "के मुताबिक",
  "के अनुसार",
  "के हवाले से",
  "की रिपोर्ट के मुताबिक",
  "का दावा",
  "का कहना",
  "की रिपोर्ट",
]);
// "X ने … कहा / बताया / दावा किया / आरोप लगाया": X is the speaker.
const SPEECH_VERB = once(["कहा", "बताया", "दावा", "आरोप*", "पुष्टि", "जानकारी दी", "माना", "बोले"]);
const NE = phrases(["ने"]);
const PRONOUN_SPEAKER = once(["उन्होंने", "इन्होंने", "उसने"]);
const RELAYED_CUE = once(["के हवाले से"]);

// Words that may stand between a name and its cue: "क्रेमलिन के प्रवक्ता", "अल जजीरा की रिपोर्ट".
// All but मंत्री (a minister is a named office holder) stand for an unnamed person of that body.
const ROLES: Record<string, string> = {
  अधिकारी: "official",
  अधिकारियों: "officials",
  प्रवक्ता: "spokesperson",
  मंत्री: "minister",
  सूत्रों: "sources",
  सूत्र: "source",
};
const LINKS = new Set(["के", "की", "का", "रिपोर्ट", "एक", "वरिष्ठ", "'", '"']);
// Words that end a noun phrase when reading back from a cue for a name not in the registry.
const CLAUSE_BREAKS = new Set(["कि", "और", "तो", "जबकि", "लेकिन", "हालांकि", "इसके", "में", "को"]);

const MAX_VERB_GAP_WORDS = 6;
// "… की प्रशंसा करते हुए कहा": a participle clause may stand between the speaker and the verb.
const PARTICIPLE = once(["करते हुए", "देते हुए", "बताते हुए"]);
const ACCUSED = once(["आरोप*"]);
const ON = /(?<![\p{L}\p{M}])पर(?![\p{L}\p{M}])/u;
const SPOKE_BEFORE_NAME = /(?<![\p{L}\p{M}])(बोले|बोलीं|बोला|बोली)\s+$/u;
const THAT = /(?<![\p{L}\p{M}])कि(?![\p{L}\p{M}])/u;

interface Source {
  at: number;
  claimant: string | null;
  claimantId: string | null;
  pronoun: boolean;
  claimantRole?: string;
}

/** The phrase ending at `end` in folded text: a registry mention (with its role), or raw words. */
function sourceBefore(
  folded: string,
  end: number,
  mentions: Mention[],
  original: (s: number, e: number) => string,
): Omit<Source, "at"> | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.end > end) continue;
    const gap = words(folded.slice(m.end, end));
    if (gap.every((w) => LINKS.has(w) || w in ROLES)) {
      const role = gap.find((w) => w in ROLES);
      const name = role ? `${m.entity.nameEn} ${ROLES[role]}` : m.entity.nameEn;
      const unnamed = role && role !== "मंत्री" ? { claimantRole: role } : {};
      return { claimant: name, claimantId: m.entity.id, pronoun: false, ...unnamed };
    }
    break;
  }
  if (PRONOUN_SPEAKER.test(folded.slice(Math.max(0, end - 12), end))) {
    return { claimant: null, claimantId: null, pronoun: true };
  }
  // Not in the registry: up to three words back, stopping at a clause boundary or punctuation.
  const before = folded.slice(0, end);
  const tokens = [...before.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  let first = tokens.length;
  for (let k = tokens.length - 1; k >= 0 && tokens.length - k <= 3; k--) {
    const t = tokens[k];
    const between = before.slice(
      t.index + t[0].length,
      k + 1 < tokens.length ? tokens[k + 1].index : end,
    );
    if (CLAUSE_BREAKS.has(t[0]) || /[,;:।.!?|]/u.test(between)) break;
    first = k;
  }
  if (first >= tokens.length) return null;
  const from = tokens[first].index;
  const last = tokens[tokens.length - 1];
  return {
    claimant: original(from, last.index + last[0].length),
    claimantId: null,
    pronoun: false,
  };
}

/** Reads the claimant and relaying outlets of one sentence. */
export function attribute(text: string, matcher: EntityMatcher): Attribution {
  const map = foldWithMap(text);
  const folded = map.text;
  const original = (s: number, e: number) => {
    const r = toOriginalRange(map, s, e);
    return text.slice(r.start, r.end).trim();
  };
  const mentions = matcher.find(folded);
  const sources: (Source & { relayed: boolean })[] = [];

  for (const cue of folded.matchAll(SOURCE_CUE)) {
    const found = sourceBefore(folded, cue.index, mentions, original);
    const relayed = RELAYED_CUE.test(cue[0]);
    if (found) sources.push({ ...found, at: cue.index, relayed });
  }
  for (const ne of folded.matchAll(NE)) {
    const after = folded.slice(ne.index + ne[0].length);
    const verb = after.match(SPEECH_VERB);
    if (!verb || verb.index === undefined) continue;
    const gap = after.slice(0, verb.index);
    // "X ने Y के हवाले से बताया": the quoted source may stand between the relay and its verb.
    // "X ने Y पर … का आरोप लगाया": the accusation names its target and the charge first.
    const long =
      RELAYED_CUE.test(gap) || PARTICIPLE.test(gap) || (ACCUSED.test(verb[0]) && ON.test(gap));
    const allowed = MAX_VERB_GAP_WORDS * (long ? 3 : 1);
    if (words(gap).length > allowed) continue;
    const found = sourceBefore(folded, ne.index, mentions, original);
    if (found) sources.push({ ...found, at: ne.index, relayed: false });
  }
  // Headline style, the speaker after the verb: "…: पुतिन से मिलने के बाद बोले किम जोंग उन".
  for (const m of mentions) {
    const before = folded.slice(0, m.start);
    if (SPOKE_BEFORE_NAME.test(before) && /^[\s"'”’.।!?]*$/u.test(folded.slice(m.end))) {
      sources.push({
        claimant: m.entity.nameEn,
        claimantId: m.entity.id,
        pronoun: false,
        at: m.start,
        relayed: false,
      });
    }
  }
  if (!sources.length && PRONOUN_SPEAKER.test(folded)) {
    if (SPEECH_VERB.test(folded))
      return { claimant: null, claimantId: null, via: [], viaIds: [], pronoun: true };
  }
  if (!sources.length)
    return { claimant: null, claimantId: null, via: [], viaIds: [], pronoun: false };

  sources.sort((a, b) => a.at - b.at);
  // "NK न्यूज ने X के हवाले से बताया": X made the claim, NK News relayed it.
  const relayed = sources.find((s) => s.relayed);
  if (relayed) {
    const relays = sources.filter((s) => s !== relayed && s.claimantId && s.claimant);
    return {
      claimant: relayed.claimant,
      claimantId: relayed.claimantId,
      claimantRole: relayed.claimantRole,
      via: relays.map((s) => s.claimant as string),
      viaIds: relays.map((s) => s.claimantId as string),
      pronoun: false,
    };
  }
  const main = sources[0];
  // "केसीएनए ने बताया कि … शोइगु ने … कहा कि …": reported speech inside a report. The inner
  // speaker made the claim; the one reporting it relays it.
  const that = folded.slice(main.at).search(THAT);
  const inner =
    that < 0
      ? undefined
      : sources.findLast((s) => s !== main && s.at > main.at + that && !s.pronoun);
  if (inner?.claimant) {
    const relays = main.claimantId && main.claimant ? [main] : [];
    return {
      claimant: inner.claimant,
      claimantId: inner.claimantId,
      claimantRole: inner.claimantRole,
      via: relays.map((s) => s.claimant as string),
      viaIds: relays.map((s) => s.claimantId as string),
      pronoun: false,
    };
  }
  return {
    claimant: main.claimant,
    claimantId: main.claimantId,
    claimantRole: main.claimantRole,
    via: [],
    viaIds: [],
    pronoun: main.pronoun,
  };
}
