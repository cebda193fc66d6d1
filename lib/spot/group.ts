// Which candidates state the same claim, across all the articles given. Lexical overlap of
// normalised content words proposes a link; three guards veto it, because sentences that share most
// words can still say different things: different numbers ("20 गाड़ियां" / "30 गाड़ियां"), different
// registry entities (Kim said it / Putin said it), or opposite polarity ("… नहीं …").
import { claimNumbers, claimPlaces, claimTokens, isNegated } from "./normalise.ts";

export interface GroupInput {
  id: string;
  text: string;
  /** Registry entity ids the sentence names, excluding its claimant and relays. */
  entityIds: string[];
  /** Who makes the claim, when known: the same words from two sources are two claims to check. */
  claimant?: string | null;
}

/** Dice overlap of the two sentences' content words: both must be mostly the other. */
const MIN_OVERLAP = 0.5;
const MIN_SHARED_WORDS = 3;

interface Prepared {
  id: string;
  tokens: Set<string>;
  numbers: Set<string>;
  entities: Set<string>;
  negated: boolean;
  claimant: string | null;
}

function prepare(c: GroupInput): Prepared {
  return {
    id: c.id,
    tokens: new Set(claimTokens(c.text)),
    numbers: new Set(claimNumbers(c.text)),
    entities: new Set([...c.entityIds, ...claimPlaces(c.text)]),
    negated: isNegated(c.text),
    claimant: c.claimant ?? null,
  };
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

/** Neither set holds the other: the two sentences disagree on it. */
const conflict = (a: Set<string>, b: Set<string>) =>
  a.size > 0 && b.size > 0 && !subset(a, b) && !subset(b, a);

/** Why two sentences are not the same claim, or null when they are. */
export function sameClaimVeto(
  a: GroupInput,
  b: GroupInput,
): "numbers" | "entities" | "polarity" | "words" | null {
  return veto(prepare(a), prepare(b));
}

function veto(a: Prepared, b: Prepared): "numbers" | "entities" | "polarity" | "words" | null {
  const shared = [...a.tokens].filter((t) => b.tokens.has(t)).length;
  const dice = (2 * shared) / Math.max(a.tokens.size + b.tokens.size, 1);
  if (shared < MIN_SHARED_WORDS || dice < MIN_OVERLAP) return "words";
  if (conflict(a.numbers, b.numbers)) return "numbers";
  if (conflict(a.entities, b.entities)) return "entities";
  if (a.claimant && b.claimant && a.claimant !== b.claimant) return "entities";
  if (a.negated !== b.negated) return "polarity";
  return null;
}

/** Groups of two or more candidate ids that state the same claim (single links, merged). */
export function groupClaims(candidates: readonly GroupInput[]): string[][] {
  const prepared = candidates.map(prepare);
  const parent = prepared.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    return r;
  };
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      if (veto(prepared[i], prepared[j]) === null) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, string[]>();
  prepared.forEach((p, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), p.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
