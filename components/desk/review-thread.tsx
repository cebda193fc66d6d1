import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/calendar/format";
import type { ReviewThread as Thread } from "@/lib/review/data";
import { ReviewCommentForm } from "./review-comment-form";

/** The conversation between the verdict's writers and its reviewers, every round, oldest first. */
export function ReviewThread({
  claimId,
  thread,
  canComment,
}: {
  claimId: string;
  thread: Thread;
  canComment: boolean;
}) {
  const t = useTranslations("review.thread");
  const locale = useLocale();
  if (thread.length === 0 && !canComment) return null;
  return (
    <section className="space-y-3" data-testid="review-thread">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {thread.length === 0 ? (
        <p className="text-sm text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-2">
          {thread.map((c) => (
            <li
              key={c.id}
              className={`rounded border p-3 text-sm ${
                c.kind === "SEND_BACK"
                  ? "border-amber-400 bg-amber-50"
                  : "border-stone-200 bg-white"
              }`}
              data-testid="review-comment-item"
              data-kind={c.kind}
            >
              <p className="text-xs text-stone-600">
                <strong className="text-stone-800">{c.author.name}</strong> {t(c.kind)} ·{" "}
                {t("round", { round: c.round })} ·{" "}
                <time>{formatDateTime(c.createdAt, locale)}</time>
              </p>
              <p lang="hi" className="mt-1 whitespace-pre-line">
                {c.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canComment && <ReviewCommentForm claimId={claimId} />}
    </section>
  );
}
