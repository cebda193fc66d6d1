// The words around a quote, cut to whole words. A mention's prefix and suffix are a fixed number of
// characters (lib/anchoring), so they can start or end inside a word — and a Devanagari word cut
// there begins with a vowel sign or virama, which a browser draws on a dotted circle. Context is for
// reading, so the partial word at its outer edge is dropped; the stored prefix/suffix stay as they are.

/** The prefix from its first whole word (everything before the first space is dropped). */
export function leadingContext(prefix: string): string {
  const cut = prefix.search(/\s/u);
  return cut < 0 ? "" : prefix.slice(cut).replace(/\s+/gu, " ");
}

/** The suffix up to its last whole word (everything after the last space is dropped). */
export function trailingContext(suffix: string): string {
  const match = /\s\S*$/u.exec(suffix);
  const whole = match ? suffix.slice(0, match.index + 1) : "";
  return whole.replace(/\s+/gu, " ");
}

/** The words a reader is shown around a quote: what comes before it and what follows. */
export type QuoteContext = { before: string; after: string };

/** About as many characters as the stored prefix/suffix (lib/anchoring), then cut to whole words. */
const CONTEXT_CHARS = 40;

type Span = { start: number; end: number };
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);
const hiddenAt = (hidden: Span[], i: number) => hidden.find((h) => h.start <= i && i < h.end);

/**
 * The words around body[start, end) as a reader sees the article: text in `hidden` (page
 * furniture: ads, comment boxes, other stories' teasers) is skipped as if it were a line break, so
 * the words come from the article on either side of it. Cut to whole words at the outer edges; a
 * word cut only by the start or end of the body is whole.
 */
export function quoteContext(
  body: string,
  hidden: Span[],
  start: number,
  end: number,
  chars = CONTEXT_CHARS,
): QuoteContext {
  const before: string[] = [];
  let pos = start;
  for (let need = chars; pos > 0 && need > 0; ) {
    const h = hiddenAt(hidden, pos - 1);
    if (h) {
      before.unshift("\n");
      pos = h.start;
      continue;
    }
    const stop = Math.max(0, pos - need, ...hidden.filter((x) => x.end <= pos).map((x) => x.end));
    before.unshift(body.slice(stop, pos));
    need -= pos - stop;
    pos = stop;
  }
  const after: string[] = [];
  let at = end;
  for (let need = chars; at < body.length && need > 0; ) {
    const h = hiddenAt(hidden, at);
    if (h) {
      after.push("\n");
      at = h.end;
      continue;
    }
    const stop = Math.min(
      body.length,
      at + need,
      ...hidden.filter((x) => x.start >= at).map((x) => x.start),
    );
    after.push(body.slice(at, stop));
    need -= stop - at;
    at = stop;
  }
  // Cut mid-word only if the visible text goes on past the cut.
  const lead = before.join("");
  const trail = after.join("");
  const fold = (s: string) => s.replace(/\s+/gu, " ");
  return {
    before: isSpace(visibleBefore(body, hidden, pos)) ? fold(lead) : leadingContext(lead),
    after: isSpace(visibleAt(body, hidden, at)) ? fold(trail) : trailingContext(trail),
  };
}

// The character a reader sees just before/at a position: hidden text reads as a line break.
const visibleBefore = (body: string, hidden: Span[], pos: number) =>
  pos === 0 ? undefined : hiddenAt(hidden, pos - 1) ? "\n" : body[pos - 1];
const visibleAt = (body: string, hidden: Span[], pos: number) =>
  pos >= body.length ? undefined : hiddenAt(hidden, pos) ? "\n" : body[pos];

/**
 * Context from a mention's stored prefix/suffix alone, for when the article text no longer holds
 * the quote where it was (an orphaned appearance). Only whole lines are kept beyond the quote's own
 * line — the cut-off line at the outer edge could be the tail of furniture ("e A Reply") — and
 * lines `isHidden` calls furniture are dropped.
 */
export function storedQuoteContext(
  prefix: string,
  suffix: string,
  isHidden: (line: string) => boolean,
): QuoteContext {
  const pre = prefix.split("\n");
  const suf = suffix.split("\n");
  const keep = (lines: string[]) => lines.filter((l) => !isHidden(l)).join("\n");
  return {
    before:
      pre.length === 1 ? leadingContext(prefix) : ` ${keep(pre.slice(1))}`.replace(/\s+/gu, " "),
    after:
      suf.length === 1
        ? trailingContext(suffix)
        : `${keep(suf.slice(0, -1))} `.replace(/\s+/gu, " "),
  };
}
