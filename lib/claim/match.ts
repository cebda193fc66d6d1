// Which claims already logged say what a passage says: for the log page ("Already logged?") and for
// the import report. Postgres proposes candidates, TypeScript decides. The database finds claims whose
// stored spelling keys share at least three of the passage's content words (full-text search on the
// indexed searchVector) and orders them by trigram word similarity; the spotter's normalisation then
// re-ranks them by content-word overlap, and its same-claim guard (lib/spot/group.ts) separates the
// lookalikes: sentences that share most words but differ in a figure, a country or polarity.
// No framework imports: the desk loader (data.ts) and the import CLI run it with their own connection.

import { wordKey } from "../search-text/fold.ts";
import type { RegistryMatcher } from "../spot/attribution.ts";
import { sameClaimVeto } from "../spot/group.ts";
import { spotSentences } from "../spot/index.ts";
import { fold } from "../text/fold.ts";
import { endsArticle } from "../text/furniture.ts";
import { claimNumbers, claimPlaces, claimTokens } from "../words/normalise.ts";
import { isBeingWorkedOn } from "./policy.ts";

export type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** Matches shown per passage, and lookalikes shown apart with the reason they differ. */
const MATCH_LIMIT = 6;
const LOOKALIKE_LIMIT = 3;
// Rows the full-text search may hand to ranking per passage, and rows ranked by similarity that
// TypeScript re-reads. Both caps keep one passage's cost flat however large the archive grows.
const CANDIDATES = 200;
const RERANKED = 20;
// The guard needs three shared content words (MIN_SHARED_WORDS in lib/spot/group.ts), so the search
// asks for any three of the passage's six longest words: 20 conjunctions. The index checks every row
// the words' posting lists hold against all of them: at 200,000 claims eight words cost 2–4× six,
// ten words 5× (README). The price: a passage whose six longest words are mostly words the claim
// lacks (a long sentence around a short claim) finds nothing; the search box is the way out.
const MIN_SHARED = 3;
const MAX_WORDS = 6;

type Status = "OPEN" | "SENT_BACK" | "IN_REVIEW" | "PUBLISHED";

export interface ClaimMatch {
  id: string;
  textHi: string;
  status: Status;
  /** Content-word overlap with the passage (Dice, 0–1). */
  score: number;
  /** The score as an editor reads it. */
  likeness: string;
  /** Only an open claim takes another appearance (logClaim refuses the others). */
  attachable: boolean;
  /** Why it cannot be attached, when it cannot. */
  blocked: string | null;
  appearances: number;
  /** The article it was first logged from. */
  firstArticle: { id: string; title: string } | null;
  /** Set for a lookalike: why it is not the same claim ("different figures: 20 vs 30"). */
  differs: string | null;
}

export interface PassageMatches {
  /** Same claim, best first. */
  matches: ClaimMatch[];
  /** Share most words but say something else; shown apart, never offered for attaching. */
  lookalikes: ClaimMatch[];
}

/**
 * A text's content words (claimTokens drops the function words) as the stored search text spells
 * its keys (lib/search-text/fold.ts wordKey: inflection folded), so a passage with नेताओं or
 * अधिकारियों asks for the key a claim with नेता or अधिकारी stored, and the two count as shared.
 */
function contentKeys(text: string): string[] {
  const words = fold(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.filter((w) => claimTokens(w).length > 0).map(wordKey);
}

/**
 * The passage's content keys, longest first, capped: a long word is usually a rare one (a name, a
 * loanword, a figure), with a short posting list in the index.
 */
function queryWords(text: string): string[] {
  const unique = [...new Set(contentKeys(text))];
  return unique.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, MAX_WORDS);
}

/** A tsquery true when the row holds at least MIN_SHARED of the words (all, when fewer). */
function atLeastThree(words: string[]): string | null {
  if (words.length === 0) return null;
  const q = (w: string) => `'${w}'`;
  if (words.length <= MIN_SHARED) return words.map(q).join(" & ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++)
      for (let k = j + 1; k < words.length; k++)
        out.push(`(${q(words[i])} & ${q(words[j])} & ${q(words[k])})`);
  return out.join(" | ");
}

/**
 * The one statement that finds candidates for every passage at once: per passage (a row of the
 * unnest), up to CANDIDATES claims holding three of its words, the RERANKED most similar of those,
 * with their appearance count and first article.
 */
function buildMatchQuery(): string {
  return `SELECT q.i::int AS i, c.id, c."textHi", c.status::text AS status,
      (SELECT count(*) FROM "Mention" m WHERE m."claimId" = c.id)::int AS appearances,
      f."articleId", f.title AS "articleTitle"
    FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(tsq, phrase, i)
    CROSS JOIN LATERAL (
      SELECT t.id, t."textHi", t.status, word_similarity(q.phrase, t."searchText") AS sim
      FROM "Claim" t
      WHERE t.id IN (
        SELECT x.id FROM "Claim" x
        WHERE x."searchVector" @@ to_tsquery('simple', q.tsq) AND x."withdrawnAt" IS NULL
        LIMIT ${CANDIDATES}
      )
      ORDER BY sim DESC, t.id
      LIMIT ${RERANKED}
    ) c
    LEFT JOIN LATERAL (
      SELECT m."articleId", a.title FROM "Mention" m JOIN "Article" a ON a.id = m."articleId"
      WHERE m."claimId" = c.id ORDER BY m."createdAt", m.id LIMIT 1
    ) f ON true
    ORDER BY q.i, c.sim DESC, c.id`;
}

function dice(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const shared = [...sa].filter((t) => sb.has(t)).length;
  return (2 * shared) / Math.max(sa.size + sb.size, 1);
}

function likenessOf(score: number): string {
  if (score >= 0.85) return "nearly the same words";
  if (score >= 0.7) return "very similar";
  return "similar";
}

// The guard's country keys (lib/words/normalise.ts claimPlaces), as an editor reads them.
const PLACE_NAMES: Record<string, string> = {
  "north-korea": "उत्तर कोरिया",
  "south-korea": "दक्षिण कोरिया",
  russia: "रूस",
  usa: "अमेरिका",
  china: "चीन",
  ukraine: "यूक्रेन",
  india: "भारत",
  japan: "जापान",
};

const only = (a: string[], b: string[]) => [...new Set(a.filter((x) => !b.includes(x)))];

/** Why the guard says two sentences differ, in words an editor can check. */
function differsBecause(kind: "numbers" | "entities" | "polarity", passage: string, claim: string) {
  if (kind === "numbers") {
    const [p, c] = [claimNumbers(passage), claimNumbers(claim)];
    return `different figures: ${only(p, c).join(", ") || "—"} vs ${only(c, p).join(", ") || "—"}`;
  }
  if (kind === "entities") {
    const [p, c] = [claimPlaces(passage), claimPlaces(claim)].map((keys) =>
      keys.map((k) => PLACE_NAMES[k] ?? k),
    );
    return `different countries: ${only(p, c).join(", ") || "—"} vs ${only(c, p).join(", ") || "—"}`;
  }
  return "opposite polarity: one of the two is negated";
}

const BLOCKED: Record<Exclude<Status, "OPEN" | "SENT_BACK">, string> = {
  IN_REVIEW: "in review: a new appearance would change what the reviewer approves",
  PUBLISHED: "published: a new appearance needs a correction, not a silent edit",
};

/** Re-ranks one passage's candidate rows with the spotter's overlap and guard. */
function rank(passage: string, rows: Record<string, unknown>[]): PassageMatches {
  const tokens = contentKeys(passage);
  const matches: ClaimMatch[] = [];
  const lookalikes: ClaimMatch[] = [];
  for (const r of rows) {
    const textHi = String(r.textHi ?? "");
    const veto = sameClaimVeto(
      { id: "passage", text: passage, entityIds: [] },
      { id: String(r.id), text: textHi, entityIds: [] },
    );
    if (veto === "words") continue;
    const status = String(r.status) as Status;
    const working = isBeingWorkedOn(status);
    const score = Math.round(dice(tokens, contentKeys(textHi)) * 100) / 100;
    const m: ClaimMatch = {
      id: String(r.id),
      textHi,
      status,
      score,
      likeness: likenessOf(score),
      attachable: working && veto === null,
      blocked: working ? null : BLOCKED[status as keyof typeof BLOCKED],
      appearances: Number(r.appearances ?? 0),
      firstArticle: r.articleId
        ? { id: String(r.articleId), title: String(r.articleTitle ?? "") }
        : null,
      differs: veto ? differsBecause(veto, passage, textHi) : null,
    };
    (veto ? lookalikes : matches).push(m);
  }
  const best = (a: ClaimMatch, b: ClaimMatch) => b.score - a.score || a.id.localeCompare(b.id);
  return {
    matches: matches.sort(best).slice(0, MATCH_LIMIT),
    lookalikes: lookalikes.sort(best).slice(0, LOOKALIKE_LIMIT),
  };
}

/** Claims already logged that state what each passage states: one query for all the passages. */
export async function matchPassages(
  query: Query,
  passages: readonly string[],
): Promise<PassageMatches[]> {
  const asked = passages.map((p) => ({ tsq: atLeastThree(queryWords(p)), phrase: fold(p) }));
  const usable = asked.flatMap((a, i) => (a.tsq ? [{ ...a, i }] : []));
  const rows = usable.length
    ? await query(buildMatchQuery(), [usable.map((a) => a.tsq), usable.map((a) => a.phrase)])
    : [];
  const byPassage = new Map<number, Record<string, unknown>[]>();
  for (const r of rows) {
    const i = usable[Number(r.i) - 1].i;
    byPassage.set(i, [...(byPassage.get(i) ?? []), r]);
  }
  return passages.map((p, i) => rank(p, byPassage.get(i) ?? []));
}

/** A passage of a newly imported article that states a claim already logged. */
export interface AlreadyLogged {
  start: number;
  end: number;
  text: string;
  claimId: string;
  claimText: string;
  /** Open: the log page can attach the passage to it as another appearance. */
  attachable: boolean;
  /** The log page with this passage selected and the claim chosen. */
  logHref: string;
}

// One matching statement carries at most this many passages (≤ PASSAGES_PER_QUERY × RERANKED rows
// back): an import of 1,557 files once sent every passage of every file in one statement, which took
// ten minutes and 1.8 GB. The spotter reads the body in windows of about SPOT_WINDOW characters,
// cut at a line break, so the caller can let other work run between windows: with the demo registry
// it spots ≈ 80 characters a millisecond, so a window is tens of milliseconds.
export const PASSAGES_PER_QUERY = 40;
const SPOT_WINDOW = 2_000;

/**
 * The window starting at `start`: up to a line break (else a space) past SPOT_WINDOW, and never past
 * a line that ends the article ("other stories", comments; lib/text/furniture.ts), where one pass
 * over the whole body stops too. `last`: no window follows. Lines are checked window by window, so
 * finding the end costs no pass over the whole body at once.
 */
function nextWindow(body: string, start: number): { end: number; last: boolean } {
  let end = Math.min(body.length, start + SPOT_WINDOW);
  if (end < body.length) {
    const line = body.indexOf("\n", end);
    const space = body.indexOf(" ", end);
    end = line >= 0 && line < end + SPOT_WINDOW ? line + 1 : space >= 0 ? space + 1 : body.length;
  }
  for (let at = start; at < end; ) {
    const next = body.indexOf("\n", at);
    const lineEnd = next < 0 ? body.length : next;
    if (endsArticle(body.slice(at, lineEnd))) return { end: at, last: true };
    at = lineEnd + 1;
  }
  return { end, last: end >= body.length };
}

/**
 * The spotter's candidates in one article, matched to claims already logged: the best match per
 * passage, lookalikes left out. Bounded work per step (a window of the body, or one statement of
 * PASSAGES_PER_QUERY passages), with `pause` awaited between steps so a server can serve readers.
 */
export async function matchArticle(
  query: Query,
  matcher: RegistryMatcher,
  article: { id: string; body: string },
  pause: () => Promise<void> = async () => {},
): Promise<AlreadyLogged[]> {
  const passages: { start: number; end: number; text: string }[] = [];
  // One article matcher for all the windows: a person named in full in an early window is still
  // known by their short name in a later one, as in one pass.
  const names = matcher.forArticle();
  const wholeArticle: RegistryMatcher = { ...matcher, forArticle: () => names };
  for (let start = 0, last = article.body.length === 0; !last; ) {
    const w = nextWindow(article.body, start);
    for (const s of spotSentences(article.body.slice(start, w.end), wholeArticle))
      if (s.flagged) passages.push({ start: s.start + start, end: s.end + start, text: s.text });
    last = w.last;
    start = w.end;
    await pause();
  }
  const out: AlreadyLogged[] = [];
  for (let from = 0; from < passages.length; from += PASSAGES_PER_QUERY) {
    const batch = passages.slice(from, from + PASSAGES_PER_QUERY);
    const found = await matchPassages(
      query,
      batch.map((p) => p.text),
    );
    batch.forEach((p, i) => {
      const best = found[i].matches[0];
      if (!best) return;
      out.push({
        start: p.start,
        end: p.end,
        text: p.text,
        claimId: best.id,
        claimText: best.textHi,
        attachable: best.attachable,
        logHref: `/desk/articles/${encodeURIComponent(article.id)}/log?start=${p.start}&end=${p.end}&claim=${encodeURIComponent(best.id)}`,
      });
    });
    await pause();
  }
  return out;
}
