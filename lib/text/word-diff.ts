// Word-level differences between two texts, by longest common subsequence over words and the spaces
// between them. Pure: the review panel and its tests share it. (The `diff` package is not installed
// and nothing may be fetched at build time; the texts compared here are a claim and a verdict, a few
// thousand words at most.)

export type WordPart = { op: "same" | "add" | "del"; text: string };

// Past this many tokens on a side, the table (n × m cells) would cost more than the answer is worth:
// the whole text is shown as replaced instead.
const MAX_TOKENS = 4000;

/**
 * Words, each with the whitespace after it (and any leading whitespace on its own), so that joining
 * the tokens gives the text back. Spaces are not tokens of their own: a space matching a space would
 * anchor the comparison between unrelated words and cut a replaced phrase into alternating pieces.
 */
export function tokenize(s: string): string[] {
  return s.match(/^\s+|\S+\s*/gu) ?? [];
}

/** Tokens compare by their word: "कोरिया" at the end of a text is the same word as "कोरिया ". */
const key = (t: string) => t.trim();

/** Adjacent parts with the same op merged into one. */
function merge(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (last && last.op === p.op) last.text += p.text;
    else if (p.text) out.push({ ...p });
  }
  return out;
}

/** How `after` differs from `before`, word by word: unchanged, added and removed runs in reading order. */
export function diffWords(before: string, after: string): WordPart[] {
  if (before === after) return before ? [{ op: "same", text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);
  const ka = a.map(key);
  const kb = b.map(key);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS)
    return merge([
      { op: "del", text: before },
      { op: "add", text: after },
    ]);
  const n = a.length;
  const m = b.length;
  // lcs[i * (m + 1) + j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * (m + 1) + j] =
        ka[i] === kb[j]
          ? lcs[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
  const parts: WordPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      // The text as it reads now (its spacing may differ from before).
      parts.push({ op: "same", text: b[j] });
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
      parts.push({ op: "del", text: a[i++] });
    } else parts.push({ op: "add", text: b[j++] });
  }
  while (i < n) parts.push({ op: "del", text: a[i++] });
  while (j < m) parts.push({ op: "add", text: b[j++] });
  return merge(parts);
}
