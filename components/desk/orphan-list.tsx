"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { QuoteInContext } from "@/components/quote-in-context";
import { StatusBadge } from "@/components/status-badge";
import { Button } from "@/components/ui/button";
import { retireMentionAction } from "@/lib/claim/mention-actions";
import type { OrphanRow } from "@/lib/claim/mention-data";
import { HeldForReview } from "./change-decision";
import { FormMessage } from "./field";
import { useAction } from "./use-action";

/**
 * Orphaned appearances: the claim, its old quote in its old context and why it was not placed.
 * "Re-attach" opens the article's current text to select the words; "Retire" keeps the row but
 * takes it out of the queue. Shared by the orphan queue and the article page's banner.
 */
export function OrphanList({
  orphans,
  showArticle,
}: {
  orphans: OrphanRow[];
  showArticle: boolean;
}) {
  return (
    <ul className="space-y-3" data-testid="orphans">
      {orphans.map((o) => (
        <OrphanItem key={o.id} orphan={o} showArticle={showArticle} />
      ))}
    </ul>
  );
}

/** Why the re-anchoring left it (lib/anchoring/reanchor.ts stores one of two English sentences). */
const REASONS = {
  "the quote was reworded beyond light edits": "reworded",
  "the quote is not in the new text": "gone",
} as const;

function OrphanItem({ orphan: o, showArticle }: { orphan: OrphanRow; showArticle: boolean }) {
  const router = useRouter();
  const t = useTranslations("articles.orphans");
  const retire = useAction(retireMentionAction);
  const reasonText = (r: string | null) => {
    const key = r && Object.hasOwn(REASONS, r) ? REASONS[r as keyof typeof REASONS] : null;
    return key ? t(key) : (r ?? "");
  };
  return (
    <li className="rounded-lg border border-amber-300 bg-white p-4" data-testid="orphan">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link
          href={`/desk/claims/${o.claim.id}`}
          lang="hi"
          className="font-semibold hover:underline"
        >
          {o.claim.textHi}
        </Link>
        <StatusBadge status={o.claim.status} />
      </div>
      {showArticle && (
        <p className="text-sm text-stone-600">
          {t.rich("inArticle", {
            title: o.article.title,
            link: (chunks) => (
              <Link href={`/desk/articles/${o.article.id}`} lang="hi" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <p className="mt-1 text-sm text-stone-600">
        {t("versions", {
          from: o.revision,
          to: o.article.revision,
          reason: reasonText(o.orphanReason),
        })}
      </p>
      <div className="mt-2">
        <QuoteInContext prefix={o.prefix} exact={o.exact} suffix={o.suffix} />
      </div>
      <FormMessage result={retire.result} />
      {retire.result?.ok && "review" in retire.result.data && (
        <HeldForReview published={retire.result.data.review.published} />
      )}
      <div className="mt-2 flex gap-3 text-sm">
        <Link
          href={`/desk/articles/${o.article.id}?reattach=${o.id}`}
          className="inline-block rounded bg-brand px-3 py-1 font-semibold text-white"
          data-testid="reattach"
        >
          {t("reattach")}
        </Link>
        <Button
          type="button"
          disabled={retire.pending}
          onClick={() =>
            retire.run({ mentionId: o.id, revision: o.article.revision }, () => router.refresh())
          }
          variant="outline"
          size="sm"
          data-testid="retire"
        >
          {t("retire")}
        </Button>
      </div>
    </li>
  );
}
