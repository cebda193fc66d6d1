// Long articles are read in parts: a page renders one window of the body, never the whole of it,
// so the work and bytes of one request stay bounded whatever the article's length (the README
// allows 2M characters; at that size a whole-body page took a minute of CPU and blocked everyone).
// Part boundaries depend only on the body, so a part number names the same words on every request
// until the text is revised, and each cut is found by looking at a few characters near it.

/** Characters a part holds at least (except the last); it holds at most 1.5 times this. */
export const PART_CHARS = 30_000;

export interface Part {
  /** 1-based, as in `?part=`. */
  n: number;
  start: number;
  end: number;
}

// Combining marks (matras, nukta, virama) and the low half of a surrogate pair belong to the
// character before them: a cut never separates them, so every part starts on a whole cluster.
const joined = (at: number, body: string) => {
  const c = body.charCodeAt(at);
  return (c >= 0xdc00 && c <= 0xdfff) || c === 0x200c || c === 0x200d || /\p{M}/u.test(body[at]);
};

/** Where part k (k ≥ 1, 0-based) starts: after a line break, else a space, soon after k·PART_CHARS. */
function cutAt(body: string, from: number): number {
  const limit = Math.min(body.length, from + PART_CHARS / 2);
  const line = body.indexOf("\n", from);
  if (line >= 0 && line < limit) return line + 1;
  for (let i = from; i < limit; i++) if (/\s/.test(body[i])) return i + 1;
  let at = from;
  while (at < body.length && joined(at, body)) at++;
  return at;
}

/** The body's parts, in order; a body of PART_CHARS or fewer is one part. */
export function articleParts(body: string): Part[] {
  const starts = [0];
  for (let from = PART_CHARS; from < body.length; from += PART_CHARS) {
    const cut = cutAt(body, from);
    if (cut < body.length) starts.push(cut);
  }
  return starts.map((start, i) => ({ n: i + 1, start, end: starts[i + 1] ?? body.length }));
}

/** The part holding body offset `at` (a mention's start), or the first. */
export function partAt(parts: Part[], at: number): Part {
  return parts.find((p) => p.start <= at && at < p.end) ?? parts[0];
}

/**
 * `?part=` as the app writes it (1, 2, …). The front cache keys article pages on it and on nothing
 * else of the query, with this same pattern (scripts/front-cache.mjs; a unit test keeps them equal).
 */
export const PART_PARAM = /^[1-9][0-9]{0,4}$/;

/** The part `?part=` names, else null (malformed or past the end). */
export function partNamed(parts: Part[], raw: unknown): Part | null {
  if (typeof raw !== "string" || !PART_PARAM.test(raw)) return null;
  return parts[Number(raw) - 1] ?? null;
}
