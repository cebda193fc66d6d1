// Who logged a claim, wrote its verdict, reviewed and published it: the claim page's header line,
// from the dossier and the history the page already loaded (no queries of its own). Pure. Names are
// joined in the page's language ("A, B and C" / "A, B और C").
import { translatorOf } from "../audit-words";
import { joinNames } from "../calendar/format";
import type { Lang } from "../i18n/locale";

type Dated = { name: string; at: Date | null };

export interface ClaimCredits {
  logged: Dated;
  verdict: Dated | null;
  review: (Dated & { outcome: "sent back" | "approved" }) | null;
  published: Dated | null;
}

interface CreditClaim {
  createdAt: Date;
  publishedAt: Date | null;
  createdBy: { name: string };
  verdict: {
    submittedAt: Date | null;
    publishedAt: Date | null;
    authors: { name: string }[];
    reviewer: { name: string } | null;
  } | null;
}

interface CreditEvent {
  action: string;
  createdAt: Date;
  actorName: string | null;
}

/** `events` newest first, as the history loaders return them. A person-less step (the seed's) has
 * the catalogue's "The system" as its name. */
export function claimCredits(
  claim: CreditClaim,
  events: CreditEvent[],
  lang: Lang = "en",
): ClaimCredits {
  const names = (people: { name: string }[]) => joinNames(people, lang);
  const v = claim.verdict;
  // The latest decision on the current verdict: a send-back, or the approval that published it.
  const decision = events.find(
    (e) => e.action === "verdict.send-back" || e.action === "verdict.publish",
  );
  const publish = events.find((e) => e.action === "claim.publish");
  const submit = events.find((e) => e.action === "verdict.submit");
  // Sent back, then submitted again: that send-back is history (the thread keeps it), not the
  // claim's standing; the header waits for the new decision.
  const current =
    decision?.action === "verdict.send-back" && submit && submit.createdAt > decision.createdAt
      ? undefined
      : decision;
  return {
    logged: { name: claim.createdBy.name, at: claim.createdAt },
    verdict: v && { name: names(v.authors), at: v.submittedAt ?? submit?.createdAt ?? null },
    review: current
      ? {
          name: current.actorName ?? translatorOf(lang)("history.system"),
          at: current.createdAt,
          outcome: current.action === "verdict.send-back" ? "sent back" : "approved",
        }
      : v?.publishedAt && v.reviewer
        ? { name: v.reviewer.name, at: v.publishedAt, outcome: "approved" }
        : null,
    published: claim.publishedAt
      ? {
          name: publish?.actorName ?? v?.reviewer?.name ?? "—",
          at: claim.publishedAt,
        }
      : null,
  };
}
