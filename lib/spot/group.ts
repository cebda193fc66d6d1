// Which candidates state the same claim, across all the articles given. Overlap of normalised
// content words proposes a link, each word weighted by how rare it is in the articles (sharing
// "किम" and "रूस" says little in a story about Kim and Russia; sharing "अनाज" and "2017" says a lot).
// Three guards veto a link, because sentences that share most words can still say different things:
// different numbers ("20 गाड़ियां" / "30 गाड़ियां"), different registry entities or countries, or
// opposite polarity ("… नहीं …"). Who said it is NOT a guard: one claim appears with different
// chains in different articles (the 2017 grain record is the article's own assertion in one and
// part of a BBC-attributed list in another), and the verdict page shows every appearance.
import { claimNumbers, claimPlaces, claimTokens, isNegated } from "../words/normalise.ts";

export interface GroupInput {
  id: string;
  text: string;
  /** Registry entity ids the sentence names, excluding its claimant and relays. */
  entityIds: string[];
  /** Names of who said or relayed it: "न्यूयॉर्क टाइम्स के मुताबिक" is the chain, not the claim. */
  sourceNames?: string[];
  /** Every spelling of the entities in entityIds: naming who is involved is not extra detail. */
  entityNames?: string[];
}

/** Weighted Dice overlap of the two sentences' content words: both must be mostly the other. */
const MIN_OVERLAP = 0.5;
/** Sentences sharing a figure or a year and another telling word need less of the rest. */
const MIN_ANCHORED_OVERLAP = 0.3;
const MIN_SHARED_WORDS = 3;
/** Telling words only one side has, as a share of the telling words both have: more is two claims. */
const MAX_OWN_DETAIL = 0.75;
/** A word in more than this share of the articles' sentences tells sentences apart poorly. */
const COMMON_SHARE = 0.08;

type Veto = "numbers" | "entities" | "polarity" | "words";

interface Prepared {
  id: string;
  tokens: Set<string>;
  numbers: Set<string>;
  entities: Set<string>;
  negated: boolean;
  nameTokens: Set<string>;
}

/** How much each word counts: inverse document frequency over the sentences the words came from. */
interface Weights {
  of(token: string): number;
  common(token: string): boolean;
}

const FLAT: Weights = { of: () => 1, common: () => false };

function weightsFrom(sentences: readonly string[]): Weights {
  const df = new Map<string, number>();
  for (const s of sentences)
    for (const t of new Set(claimTokens(s))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return {
    of: (t) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1,
    common: (t) => (df.get(t) ?? 0) > Math.max(2, n * COMMON_SHARE),
  };
}

function prepare(c: GroupInput): Prepared {
  const tokens = new Set(claimTokens(c.text));
  for (const t of claimTokens((c.sourceNames ?? []).join(" "))) tokens.delete(t);
  return {
    id: c.id,
    tokens,
    numbers: new Set(claimNumbers(c.text)),
    entities: new Set([...c.entityIds, ...claimPlaces(c.text)]),
    negated: isNegated(c.text),
    nameTokens: new Set(claimTokens((c.entityNames ?? []).join(" "))),
  };
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

/** Neither set holds the other: the two sentences disagree on it. */
const conflict = (a: Set<string>, b: Set<string>) =>
  a.size > 0 && b.size > 0 && !subset(a, b) && !subset(b, a);

const DIGITS = /^\p{N}/u;
// Country words: the entity guard compares them; as words they tell two claims apart no better than
// "किम" does, with or without a background to weigh them.
const PLACE_TOKENS = new Set(
  claimTokens("उत्तर नॉर्थ कोरिया दक्षिण साउथ रूस रूसी अमेरिका अमेरिकी चीन चीनी यूक्रेन भारत जापान"),
);

/** Why two sentences are not the same claim, or null when they are (unweighted, no background). */
export function sameClaimVeto(a: GroupInput, b: GroupInput): Veto | null {
  return veto(prepare(a), prepare(b), FLAT);
}

function veto(a: Prepared, b: Prepared, w: Weights): Veto | null {
  const shared = [...a.tokens].filter((t) => b.tokens.has(t));
  const mass = (ts: Iterable<string>) => [...ts].reduce((sum, t) => sum + w.of(t), 0);
  const overlap = (2 * mass(shared)) / Math.max(mass(a.tokens) + mass(b.tokens), 1e-9);
  const telling = shared.filter((t) => !w.common(t) && !PLACE_TOKENS.has(t));
  // A shared figure or year plus one more telling word: "2019 में मुलाकात" / "2019 के बाद … मुलाकात".
  const anchored = telling.some((t) => DIGITS.test(t)) && telling.some((t) => !DIGITS.test(t));
  const enough =
    (telling.length >= MIN_SHARED_WORDS && overlap >= MIN_OVERLAP) ||
    (anchored && overlap >= MIN_ANCHORED_OVERLAP);
  if (!enough) return "words";
  // Each side adds as much specific detail as the two share: two claims on one topic ("… सैटेलाइट
  // और न्यूक्लियर सबमरीन टेक्नोलॉजी की मांग" / "… हथियारों की बिक्री के बदले … टेक्नोलॉजी"), not one.
  const own = (x: Prepared, y: Prepared) =>
    mass(
      [...x.tokens].filter((t) => !y.tokens.has(t) && !x.nameTokens.has(t) && !PLACE_TOKENS.has(t)),
    );
  if (Math.min(own(a, b), own(b, a)) > MAX_OWN_DETAIL * mass(telling)) return "words";
  if (conflict(a.numbers, b.numbers)) return "numbers";
  if (conflict(a.entities, b.entities)) return "entities";
  if (a.negated !== b.negated) return "polarity";
  return null;
}

/**
 * Groups of two or more candidate ids that state the same claim (single links, merged). `background`
 * is every sentence of the articles the candidates came from, for weighting words by rarity.
 */
export function groupClaims(
  candidates: readonly GroupInput[],
  background: readonly string[] = [],
): string[][] {
  const weights = background.length ? weightsFrom(background) : FLAT;
  const prepared = candidates.map(prepare);
  const parent = prepared.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    return r;
  };
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      if (veto(prepared[i], prepared[j], weights) === null) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, string[]>();
  prepared.forEach((p, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), p.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
