// The review queue's three lists of cards (moved out of app/(desk)/desk/review/page.tsx so the page
// only loads and lays out): retractions asked for, changes to published fact checks, and verdicts
// waiting for a second editor.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { RatingBadge } from "@/components/rating-badge";
import { formatDateTime } from "@/lib/calendar/format";
import type { listPendingRetractions } from "@/lib/correction/data";
import type { listPendingChanges } from "@/lib/review/data";
import type { listReviewQueue } from "@/lib/verdict/data";
import { ChangeDecision } from "./change-decision";

type Retraction = Awaited<ReturnType<typeof listPendingRetractions>>[number];
type PendingChange = Awaited<ReturnType<typeof listPendingChanges>>[number];
type QueuedVerdict = Awaited<ReturnType<typeof listReviewQueue>>["items"][number];

export function RetractionRequests({ retractions }: { retractions: Retraction[] }) {
  const t = useTranslations("review.queue");
  const tc = useTranslations("corrections.retract");
  const locale = useLocale();
  if (retractions.length === 0) return null;
  return (
    <ul className="mt-6 space-y-3" data-testid="retraction-queue">
      {retractions.map((r) => (
        <li key={r.id} className="rounded-lg border-2 border-red-300 bg-white p-4">
          <div className="flex items-center justify-between gap-3">
            <span className="rounded bg-red-800 px-2 py-0.5 text-xs font-semibold text-white">
              {tc("requested")}
            </span>
            <span className="text-sm text-stone-600">
              {t("byWhen", { name: r.requestedBy.name, when: formatDateTime(r.createdAt, locale) })}
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
  const t = useTranslations("review");
  const te = useTranslations("enums");
  const locale = useLocale();
  if (changes.length === 0) return null;
  return (
    <section className="mt-6" data-testid="change-queue">
      <h2 className="text-lg font-semibold">{t("changeQueue.title")}</h2>
      <ul className="mt-2 space-y-3">
        {changes.map((c) => (
          <li key={c.id} className="rounded-lg border-2 border-amber-300 bg-white p-4">
            <div className="flex items-center justify-between gap-3">
              <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold">
                {te(`ChangeRequestKind.${c.kind}`)} ·{" "}
                {t("changeQueue.published", { count: c.published })}
              </span>
              <span className="text-sm text-stone-600">
                {t("queue.byWhen", {
                  name: c.proposedBy.name,
                  when: formatDateTime(c.createdAt, locale),
                })}
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
                  <dt className="text-stone-600">{k}</dt>
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
  const t = useTranslations("review.queue");
  const tc = useTranslations("corrections.correct");
  const te = useTranslations("enums");
  const locale = useLocale();
  if (queue.length === 0) return <p className="mt-6 text-stone-600">{t("empty")}</p>;
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
                  {tc("badge", { kind: te(`CorrectionKind.${v.correction.kind}`) })}
                </span>
              )}
              <RatingBadge rating={v.rating} size="sm" />
            </span>
            <span className="text-sm text-stone-600">
              {t("submittedBy", {
                name: v.author.name,
                when: formatDateTime(v.submittedAt, locale),
              })}
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
            <p className="mt-1 text-xs text-stone-600">{t("yours")}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
