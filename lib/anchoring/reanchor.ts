// Re-anchoring an article's mentions when a new version of its text replaces the old one. Pure: the
// import's transaction (lib/article/revision-mutations.ts) writes what this decides, and unit tests run it on
// edited copies of the seed articles.
//
// Each mention is looked for as anchor() looks: at its old position first, then the quote searched
// approximately with its prefix, suffix and old position to choose among candidates, accepted only
// within REANCHOR_LIMITS. A mention that is not found is not dropped: it comes back as an orphan
// with the reason, for an editor to re-attach or retire. A published claim's quote is placed only
// word for word: any change to it is an orphan too (issue 16), never a silent rewrite.
import { anchor, describeRange, type TextAnchor } from "./index";

export interface StoredMention {
  id: string;
  claimId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** The claim is published: readers see this quote, so it may move but never change. */
  published?: boolean;
}

/** Why a published quote that the new text words differently is orphaned instead of moved. */
const PUBLISHED_QUOTE_CHANGED =
  "the quote of a published fact check changed: re-attach it for review";

export type Reanchored =
  | {
      id: string;
      placed: true;
      method: "position" | "quote";
      score: number;
      errors: number;
      from: { start: number; end: number };
      to: TextAnchor;
    }
  | { id: string; placed: false; reason: string; from: { start: number; end: number } };

/** Where each mention lands in `body`; two mentions of one claim never land on the same words. */
export function reanchorMentions(body: string, mentions: StoredMention[]): Reanchored[] {
  const taken = new Set<string>();
  return mentions.map((m) => {
    const from = { start: m.start, end: m.end };
    const found = anchor(body, m);
    if (!found) {
      return { id: m.id, placed: false, from, reason: orphanReason(body, m.exact) };
    }
    // Two appearances of one claim that collapse onto the same words (the new text dropped one of
    // two repeats): the second is the editor's call, not a silent merge.
    const key = `${m.claimId}:${found.start}:${found.end}`;
    if (taken.has(key)) {
      return {
        id: m.id,
        placed: false,
        from,
        reason: "another appearance of the claim took these words",
      };
    }
    const to = describeRange(body, found.start, found.end);
    // A light fuzzy edit is fine for a draft, but readers of a published fact check see its quote:
    // one changed character ("2017" → "2019") is a change of what it says, and goes through review.
    if (m.published && to.exact !== m.exact) {
      return { id: m.id, placed: false, from, reason: PUBLISHED_QUOTE_CHANGED };
    }
    taken.add(key);
    return {
      id: m.id,
      placed: true,
      method: found.method,
      score: found.score,
      errors: found.errors,
      from,
      to,
    };
  });
}

function orphanReason(body: string, exact: string): string {
  // A cheap second look for the message only: the quote's first words still there means it was
  // reworded rather than cut.
  const head = exact.trim().split(/\s+/u).slice(0, 3).join(" ");
  return head.length >= 6 && body.includes(head)
    ? "the quote was reworded beyond light edits"
    : "the quote is not in the new text";
}
