// What the article reader suggests: the spotter's flagged sentences, minus those an editor has
// already logged (any overlap with a mention) and split into open and dismissed. Pure, so the
// loader and the tests share it.
import { entityMatcher, type RegistryEntity, type RegistryMatcher } from "./attribution.ts";
import { spotSentences } from "./index.ts";
import type { SignalName } from "./signals.ts";

interface Span {
  start: number;
  end: number;
}

export interface Suggestion extends Span {
  /** `${start}-${end}`: suggestions are recomputed on every read, so the span is their identity. */
  key: string;
  text: string;
  score: number;
  signals: SignalName[];
  /** The proposed speaker: a registry entity (id) or, without one, the words the article names. */
  /** `role`: an unnamed person of entity `id` ("अधिकारी"), proposed as an anonymous source. */
  claimant: { id: string | null; name: string; role?: string } | null;
  /** Registry outlets that relayed it, from the speaker towards the article. */
  via: { id: string; name: string }[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The registry's names as the spotter's matcher needs them (names may be missing in either script). */
export function registryMatcher(
  rows: readonly {
    id: string;
    nameHi: string | null;
    nameEn: string | null;
    aliases: string[];
    kind: string;
  }[],
): RegistryMatcher {
  const registry: RegistryEntity[] = rows.map((r) => ({
    id: r.id,
    nameHi: r.nameHi ?? "",
    nameEn: r.nameEn ?? "",
    aliases: r.aliases,
    kind: r.kind,
  }));
  return entityMatcher(registry);
}

export function suggestionsFor(
  body: string,
  matcher: RegistryMatcher,
  logged: readonly Span[],
  dismissed: readonly Span[],
): { open: Suggestion[]; dismissed: Suggestion[] } {
  const isDismissed = new Set(dismissed.map((d) => `${d.start}-${d.end}`));
  const open: Suggestion[] = [];
  const hidden: Suggestion[] = [];
  for (const s of spotSentences(body, matcher)) {
    if (!s.flagged || logged.some((m) => overlaps(m, s))) continue;
    const key = `${s.start}-${s.end}`;
    const suggestion: Suggestion = {
      key,
      start: s.start,
      end: s.end,
      text: body.slice(s.start, s.end),
      score: s.score,
      signals: s.signals,
      claimant: s.claimant
        ? {
            id: s.claimantId,
            name: s.claimant,
            ...(s.claimantRole ? { role: s.claimantRole } : {}),
          }
        : null,
      via: s.viaIds.map((id, i) => ({ id, name: s.via[i] ?? id })),
    };
    (isDismissed.has(key) ? hidden : open).push(suggestion);
  }
  return { open, dismissed: hidden };
}
