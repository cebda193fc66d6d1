import "server-only";
import { anonymousDescriptor, cueAround, guessVerb } from "../attribution/cues";
import type { AlreadyLogged } from "../claim/match";
import { db } from "../db";
import { entitiesByIds } from "../entity/data";
import { parseId } from "../ids";
import { MAX_ATTEMPTS } from "../match-queue/mutations";
import { requireEditor } from "../require-editor";
import { registryMatcher, type Suggestion, suggestionsFor } from "../spot/suggestions";
import { furnitureOf } from "../text/furniture";
import { logPrefillSchema } from "./schema";

// The matcher is built from the whole entity registry on each read. That is bounded by the
// registry — the people, bodies and outlets editors have named, a few thousand at most — and
// never by the number of claims or mentions, which is what grows; the cap is a guard, far above it.
const REGISTRY_CAP = 20_000;
// Dismissed suggestions of one article: bounded by its text; the cap is a guard, far above it.
const DISMISSALS_CAP = 5_000;

/**
 * The claim spotter's suggestions for one article in the editors' reader: flagged sentences not
 * already logged, open and dismissed. Three queries, whatever the article holds. `part`: only the
 * window of the body the reader shows (lib/article/parts.ts) is spotted — at 1M characters the
 * whole body took 11 s of CPU and gave 7,500 suggestions to draw; offsets stay body offsets.
 */
export async function listSpotSuggestions(
  rawArticleId: string,
  part?: { start: number; end: number },
) {
  await requireEditor();
  const id = parseId(rawArticleId);
  if (!id) return null;
  const [article, registry, dismissals] = await Promise.all([
    db().article.findUnique({
      where: { id },
      select: {
        body: true,
        furniture: true,
        // Orphans' offsets index into an older text: they cover nothing in this one.
        mentions: {
          where: { orphanedAt: null, retiredAt: null },
          select: { start: true, end: true },
        },
      },
    }),
    db().entity.findMany({
      where: { mergedIntoId: null },
      take: REGISTRY_CAP,
      select: { id: true, nameHi: true, nameEn: true, aliases: true, kind: true },
    }),
    db().spotDismissal.findMany({
      where: { articleId: id },
      // Dismissals are per span of this one article; past the cap a dismissed suggestion shows again.
      take: DISMISSALS_CAP,
      select: { start: true, end: true },
    }),
  ]);
  if (!article) return null;
  // Lines an editor marked as furniture are not the article's words either: nothing is suggested
  // there (the spotter itself only knows the detected lines).
  const skipped = [...article.mentions, ...furnitureOf(article)];
  if (!part) return suggestionsFor(article.body, registryMatcher(registry), skipped, dismissals);
  const from = part.start;
  const shift = <S extends { start: number; end: number }>(s: S, by: number): S => ({
    ...s,
    start: s.start + by,
    end: s.end + by,
  });
  const found = suggestionsFor(
    article.body.slice(from, part.end),
    registryMatcher(registry),
    skipped.map((s) => shift(s, -from)),
    dismissals.map((s) => shift(s, -from)),
  );
  const back = (list: Suggestion[]) =>
    list.map((s) => ({ ...shift(s, from), key: `${s.start + from}-${s.end + from}` }));
  return { open: back(found.open), dismissed: back(found.dismissed) };
}

/**
 * The log form's chain as a suggestion proposes it (`?speaker=&speakerAs=&via=` from "Log this"):
 * the speaker with the sentence's cue words and the verb they suggest, the relays, and — for "X के
 * अधिकारी के हवाले से" — an unnamed official of X rather than X itself. Ids not in the registry are
 * dropped; anything malformed is ignored. One query for the names.
 */
export async function logChainPrefill(
  query: { speaker?: string; speakerAs?: string; via?: string },
  body: string,
  span: { start: number; end: number },
) {
  await requireEditor();
  const prefill = logPrefillSchema.parse(query);
  const named = await entitiesByIds([
    ...(prefill.speaker ? [prefill.speaker] : []),
    ...prefill.via,
  ]);
  const known = new Map(named.map((e) => [e.id, e]));
  const party = (id: string, verb: "SAID" | "REPORTED") => {
    const entity = known.get(id);
    return entity ? { entityId: id, entity, verb } : null;
  };
  const cue = cueAround(body, span.start, span.end);
  const speaker = prefill.speaker ? party(prefill.speaker, "SAID") : null;
  const org = prefill.speaker ? known.get(prefill.speaker) : undefined;
  return {
    speaker:
      speaker && cue
        ? { ...speaker, cue, verb: guessVerb(cue, "SPEAKER") ?? "SAID" }
        : (speaker ?? {}),
    relays: prefill.via.flatMap((id) => party(id, "REPORTED") ?? []),
    anonymous:
      org && prefill.speakerAs
        ? {
            anonymousAs: anonymousDescriptor(prefill.speakerAs),
            affiliation: { entityId: org.id, entity: org },
          }
        : undefined,
  };
}

/**
 * What the matching worker found for newly imported articles (lib/match-job): per article, "pending"
 * while its job waits or runs — the import report shows "still being prepared" — else the passages
 * that look like claims already logged. Articles imported without a job (none) are left out.
 */
export async function listImportMatches(articleIds: readonly string[]) {
  await requireEditor();
  const jobs = await db().matchJob.findMany({
    where: { articleId: { in: [...articleIds] } },
    take: articleIds.length, // one job per article (articleId is unique)
    select: { articleId: true, doneAt: true, result: true, attempts: true, lockedUntil: true },
  });
  return jobs.map((j) => {
    if (j.doneAt)
      return {
        articleId: j.articleId,
        status: "done" as const,
        alreadyLogged: j.result as unknown as AlreadyLogged[],
      };
    // Given up on (its error is kept for the operator): the report says so instead of waiting on.
    const gaveUp = j.attempts >= MAX_ATTEMPTS && !j.lockedUntil;
    return { articleId: j.articleId, status: gaveUp ? ("failed" as const) : ("pending" as const) };
  });
}
