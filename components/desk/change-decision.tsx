"use client";
// A reviewed change (lib/review/change-request-mutations.ts): what an editor is told when their edit was held,
// and the second editor's approve / reject buttons in the review queue.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { approveChangeAction, rejectChangeAction } from "@/lib/review/actions";
import { FormMessage } from "./field";
import { useAction } from "./use-action";

/** Shown in place of "saved" when the edit was held for a second editor. */
export function HeldForReview({ published }: { published: number }) {
  const t = useTranslations("errors");
  return (
    <p
      role="status"
      className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      data-testid="held-for-review"
    >
      {t("heldForReview", { count: published })}
    </p>
  );
}

export function ChangeDecision({ requestId, mine }: { requestId: string; mine: boolean }) {
  const router = useRouter();
  const t = useTranslations("review.changeQueue");
  const approve = useAction(approveChangeAction);
  const reject = useAction(rejectChangeAction);
  const busy = approve.pending || reject.pending;
  return (
    <div className="mt-2 space-y-2">
      <FormMessage result={approve.result?.ok ? null : approve.result} />
      <FormMessage result={reject.result?.ok ? null : reject.result} />
      <div className="flex gap-2">
        {mine ? (
          <span className="text-xs text-stone-600">{t("mine")}</span>
        ) : (
          <Button
            type="button"
            disabled={busy}
            onClick={() => approve.run({ requestId }, () => router.refresh())}
            variant="brand"
            size="sm"
            className="text-sm"
            data-testid="approve-change"
          >
            {t("approve")}
          </Button>
        )}
        <Button
          type="button"
          disabled={busy}
          onClick={() => reject.run({ requestId }, () => router.refresh())}
          variant="outline"
          size="sm"
          className="text-sm"
          data-testid="reject-change"
        >
          {mine ? t("withdraw") : t("reject")}
        </Button>
      </div>
    </div>
  );
}
