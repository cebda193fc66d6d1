// Measures the spotter against hand-annotated claims: recall (a claim is found when one candidate
// covers at least half of its span), the share of sentences flagged, claimant accuracy on claims
// that name one, and pairwise F1 of grouping by cluster. Pure, so tests can pin the arithmetic.
import { fold } from "../text/fold.ts";
import type { RegistryEntity } from "./attribution.ts";
import type { SpotResult } from "./index.ts";

export interface AnnotatedClaim {
  file: string;
  start: number;
  end: number;
  claimant: string;
  cluster: string;
}

export interface Scores {
  claims: number;
  found: number;
  recall: number;
  sentences: number;
  flagged: number;
  flagRate: number;
  claimantTotal: number;
  claimantCorrect: number;
  claimantAccuracy: number;
  groupingPrecision: number;
  groupingRecall: number;
  groupingF1: number;
  misses: AnnotatedClaim[];
  wrongClaimants: { claim: AnnotatedClaim; got: string | null }[];
}

// English country names annotators write in full where the registry abbreviates.
const ENGLISH_VARIANTS: [RegExp, string][] = [[/\bunited states\b/g, "us"]];
const ROLE_WORDS = ["official", "officials", "spokesperson", "minister", "sources", "source"];

/** A claimant name reduced to (registry entity, role) so "BBC" = "बीबीसी" = "BBC News". */
export function claimantKey(name: string | null, registry: readonly RegistryEntity[]): string {
  if (!name) return "";
  let s = fold(name);
  for (const [re, to] of ENGLISH_VARIANTS) s = s.replace(re, to);
  s = s.replace(/^the /, "");
  let best: { id: string; length: number } | null = null;
  for (const e of registry) {
    for (const n of [e.nameHi, e.nameEn, ...e.aliases]) {
      const f = fold(n).replace(/^the /, "");
      if (f && s.includes(f) && (!best || f.length > best.length))
        best = { id: e.id, length: f.length };
    }
  }
  const role = ROLE_WORDS.find((r) => new RegExp(`\\b${r}\\b`).test(s)) ?? "";
  return best ? `${best.id}|${role.replace(/s$/, "")}` : s.trim();
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function evaluate(
  claims: readonly AnnotatedClaim[],
  result: SpotResult,
  sentenceCounts: Record<string, number>,
  registry: readonly RegistryEntity[],
): Scores {
  const byFile = new Map(result.files.map((f) => [f.file, f.candidates]));
  const groupOf = new Map<string, number>();
  result.groups.forEach((g, i) => {
    for (const id of g) groupOf.set(id, i);
  });

  const matched = claims.map((claim) => {
    const candidates = byFile.get(claim.file) ?? [];
    const hit = candidates
      .filter((c) => overlap(c, claim) * 2 >= claim.end - claim.start)
      .sort((a, b) => overlap(b, claim) - overlap(a, claim))[0];
    return { claim, hit };
  });

  const found = matched.filter((m) => m.hit).length;
  const withClaimant = matched.filter((m) => m.claim.claimant);
  const wrongClaimants = withClaimant
    .filter(
      (m) =>
        claimantKey(m.hit?.claimant ?? null, registry) !== claimantKey(m.claim.claimant, registry),
    )
    .map((m) => ({ claim: m.claim, got: m.hit?.claimant ?? null }));

  // Pairwise: two annotated claims are predicted together when the same candidate or one group
  // covers both; a claim the spotter missed is predicted together with nothing.
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const [a, b] = [matched[i], matched[j]];
      const gold = a.claim.cluster === b.claim.cluster;
      const ga = a.hit ? (groupOf.get(a.hit.id) ?? a.hit.id) : null;
      const gb = b.hit ? (groupOf.get(b.hit.id) ?? b.hit.id) : null;
      const predicted = ga !== null && ga === gb;
      if (gold && predicted) tp++;
      else if (predicted) fp++;
      else if (gold) fn++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recallPairs = tp + fn ? tp / (tp + fn) : 1;
  const files = Object.keys(sentenceCounts);
  const sentences = files.reduce((n, f) => n + sentenceCounts[f], 0);
  const flagged = files.reduce((n, f) => n + (byFile.get(f)?.length ?? 0), 0);
  return {
    claims: claims.length,
    found,
    recall: claims.length ? found / claims.length : 1,
    sentences,
    flagged,
    flagRate: sentences ? flagged / sentences : 0,
    claimantTotal: withClaimant.length,
    claimantCorrect: withClaimant.length - wrongClaimants.length,
    claimantAccuracy: withClaimant.length
      ? (withClaimant.length - wrongClaimants.length) / withClaimant.length
      : 1,
    groupingPrecision: precision,
    groupingRecall: recallPairs,
    groupingF1:
      precision + recallPairs ? (2 * precision * recallPairs) / (precision + recallPairs) : 0,
    misses: matched.filter((m) => !m.hit).map((m) => m.claim),
    wrongClaimants,
  };
}
