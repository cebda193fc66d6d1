// The review queue's three lists of cards (moved out of app/(desk)/desk/review/page.tsx so the page
// only loads and lays out): retractions asked for, changes to published fact checks, and verdicts
// waiting for a second editor.
import Link from "next/link";
import { RatingBadge } from "@/components/rating-badge";
import { formatDateTime } from "@/lib/calendar/format";
import type { listPendingRetractions } from "@/lib/correction/data";
import { CORRECTION_KIND_LABELS } from "@/lib/labels";
import type { listPendingChanges } from "@/lib/review/data";
import type { listReviewQueue } from "@/lib/verdict/data";
import { ChangeDecision } from "./change-decision";

type Retraction = Awaited<ReturnType<typeof listPendingRetractions>>[number];
type PendingChange = Awaited<ReturnType<typeof listPendingChanges>>[number];
type QueuedVerdict = Awaited<ReturnType<typeof listReviewQueue>>["items"][number];

const CHANGE_LABELS = {
  ENTITY_UPDATE: "Registry entry edit",
  ENTITY_MERGE: "Registry merge",
  ARTICLE_UPDATE: "Article details edit",
  MENTION_REATTACH: "Re-attached quote",
  MENTION_RETIRE: "Retired appearance",
} as const;

export function RetractionRequests({ retractions }: { retractions: Retraction[] }) {
  if (retractions.length === 0) return null;
  return (
    <ul className="mt-6 space-y-3" data-testid="retraction-queue">
      {retractions.map((r) => (
        <li key={r.id} className="rounded-lg border-2 border-red-300 bg-white p-4">
          <div className="flex items-center justify-between gap-3">
            <span className="rounded bg-red-800 px-2 py-0.5 text-xs font-semibold text-white">
              Retraction requested · वापसी
            </span>
            <span className="text-sm text-stone-500">
              by {r.requestedBy.name} · {formatDateTime(r.createdAt)}
            </span>
          </div>
          <Link
            href={`/desk/claims/${r.claim.id}`}
            lang="hi"
            className="mt-2 block text-lg font-semibold hover:underline"
          >
            {r.claim.textHi}
          </Link>
          <p lang="hi" className="text-stone-700">
            {r.noteHi}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function PendingChangeList({
  changes,
  userId,
}: {
  changes: PendingChange[];
  userId: string;
}) {
  if (changes.length === 0) return null;
  return (
    <section className="mt-6" data-testid="change-queue">
      <h2 className="text-lg font-semibold">Changes to published fact checks</h2>
      <ul className="mt-2 space-y-3">
        {changes.map((c) => (
          <li key={c.id} className="rounded-lg border-2 border-amber-300 bg-white p-4">
            <div className="flex items-center justify-between gap-3">
              <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold">
                {CHANGE_LABELS[c.kind]} · changes {c.published} published
              </span>
              <span className="text-sm text-stone-500">
                by {c.proposedBy.name} · {formatDateTime(c.createdAt)}
              </span>
            </div>
            <Link
              href={c.target.href}
              lang="hi"
              className="mt-2 block font-semibold hover:underline"
            >
              {c.target.text}
            </Link>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              {c.proposed.map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="text-stone-500">{k}</dt>
                  <dd lang="hi">{v}</dd>
                </div>
              ))}
            </dl>
            <ChangeDecision requestId={c.id} mine={c.proposedBy.id === userId} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ReviewQueueList({ queue, userId }: { queue: QueuedVerdict[]; userId: string }) {
  if (queue.length === 0)
    return <p className="mt-6 text-stone-500">Nothing is waiting for review.</p>;
  return (
    <ul className="mt-6 space-y-3" data-testid="review-queue">
      {queue.map((v) => (
        <li key={v.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <div className="flex items-center justify-between gap-3">
            <span className="flex items-center gap-2">
              {v.correction && (
                <span
                  className="rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold"
                  data-testid="correction-badge"
                >
                  {CORRECTION_KIND_LABELS[v.correction.kind].en} of the published verdict
                </span>
              )}
              <RatingBadge rating={v.rating} size="sm" />
            </span>
            <span className="text-sm text-stone-500">
              by {v.author.name} · submitted {formatDateTime(v.submittedAt)}
            </span>
          </div>
          <Link
            href={`/desk/claims/${v.claim.id}`}
            lang="hi"
            className="mt-2 block text-lg font-semibold hover:underline"
          >
            {v.claim.textHi}
          </Link>
          <p lang="hi" className="text-stone-700">
            {v.summaryHi}
          </p>
          {(v.author.id === userId || v.contributors.some((c) => c.userId === userId)) && (
            <p className="mt-1 text-xs text-stone-500">
              You wrote or edited this verdict: another editor must review it.
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
