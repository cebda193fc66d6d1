import { formatDateTime } from "@/lib/calendar/format";
import type { ReviewThread as Thread } from "@/lib/review/data";
import { ReviewCommentForm } from "./review-comment-form";

const KIND_WORDS = {
  SEND_BACK: "sent it back",
  COMMENT: "commented",
  RESUBMIT_NOTE: "submitted again",
} as const;

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
  if (thread.length === 0 && !canComment) return null;
  return (
    <section className="space-y-3" data-testid="review-thread">
      <h2 className="text-lg font-semibold">
        Review thread <span lang="hi">· समीक्षा पर बातचीत</span>
      </h2>
      {thread.length === 0 ? (
        <p className="text-sm text-stone-500">No comments yet.</p>
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
              <p className="text-xs text-stone-500">
                <strong className="text-stone-800">{c.author.name}</strong> {KIND_WORDS[c.kind]} ·
                round {c.round} · <time>{formatDateTime(c.createdAt)}</time>
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
