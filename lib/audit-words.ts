// Audit events as a person reads them: "Ravi sent it back", with the fields an edit changed.
// Pure, so the desk's history panel and tests share it.

const WORDS: Record<string, string> = {
  "claim.create": "logged the claim",
  "claim.update": "edited the claim's wording",
  "claim.publish": "published the claim",
  "mention.create": "added an appearance",
  "mention.delete": "removed an appearance",
  "mention.reselect": "re-selected an appearance's words",
  "mention.attribution": "edited an appearance's attribution",
  "evidence.create": "added a source",
  "evidence.update": "edited what a source shows",
  "evidence.delete": "removed a source",
  "claim.withdraw": "withdrew the claim",
  "claim.restore": "restored the withdrawn claim",
  "claim.merge": "merged this claim into another",
  "claim.merge-in": "merged a duplicate claim into this one",
  "source.create": "added a source to the library",
  "source.update": "corrected a source's library record",
  "verdict.create": "started the verdict",
  "verdict.update": "edited the verdict",
  "verdict.submit": "sent the verdict for review",
  "verdict.send-back": "sent the verdict back",
  "verdict.publish": "approved and published the verdict",
  "review.send-back": "wrote why the verdict was sent back",
  "review.comment": "commented in the review thread",
  "review.resubmit-note": "wrote a note on submitting again",
  "correction.create": "asked for a correction, clarification or retraction",
  "correction.update": "edited the correction note",
  "correction.publish": "approved the correction",
  "correction.withdraw": "withdrew the retraction request",
  "correction.decline": "declined the retraction request",
  "claim.retract": "retracted the fact check",
  "correction.discard": "discarded a correction draft",
  "verdict.discard": "discarded a draft verdict",
  "entity.create": "added a name to the registry",
  "article.import": "imported the article",
  "article.update": "edited the article's details",
  "article.furniture.confirm": "confirmed the page furniture",
  "article.furniture.mark": "marked lines as page furniture",
  "article.furniture.unmark": "un-marked page furniture",
  "suggestion.dismiss": "dismissed a spotter suggestion",
  "suggestion.restore": "restored a dismissed suggestion",
  "seed.demo-claim": "created the demo fact check",
};

export const describeAction = (action: string): string => WORDS[action] ?? action;

/** The reason an editor gave for a change, when the event stored one (a removed appearance's). */
export function eventReason(after: unknown): string | null {
  const reason = (after as { reason?: unknown } | null)?.reason;
  return typeof reason === "string" && reason ? reason : null;
}

// Bookkeeping columns that change with every write and say nothing to a reader of the history.
const BOOKKEEPING = new Set(["version", "updatedAt", "createdAt"]);

/** The fields an update changed, by name, from the before and after the audit event stored. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a).filter(
    (k) => !BOOKKEEPING.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}
