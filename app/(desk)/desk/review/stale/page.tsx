import Link from "next/link";
import { Pager } from "@/components/desk/list-controls";
import { VerdictHandOver } from "@/components/desk/verdict-hand-over";
import { RatingBadge } from "@/components/rating-badge";
import { EmptyList } from "@/components/ui/desk-list";
import { formatDateTime } from "@/lib/calendar/format";
import { listAssignableEditors } from "@/lib/claim/data";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";
import { listStaleDrafts } from "@/lib/verdict/data";
import { staleDraftsQuery } from "@/lib/verdict/schema";

const PATH = "/desk/review/stale";

/** Verdict drafts nobody has touched since the newsroom day began: stranded at a shift's end. */
export default async function StaleDraftsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireDeskUser(PATH);
  const query = parseListParams(staleDraftsQuery, await searchParams);
  const [page, editors] = await Promise.all([listStaleDrafts(query), listAssignableEditors()]);
  const me = { id: user.id, name: user.name };
  return (
    <>
      <h1 className="text-2xl font-bold">
        Stale drafts{" "}
        <span lang="hi" className="text-stone-400">
          · रुके हुए ड्राफ़्ट
        </span>
      </h1>
      <p className="mt-1 text-stone-600">
        Verdict drafts nobody has saved since {formatDateTime(page.staleBefore)} (the start of today
        in the newsroom), oldest first. Hand one to an editor on shift, or take it over.{" "}
        <Link href="/desk/review" className="underline">
          Review queue
        </Link>
      </p>
      {page.items.length === 0 ? (
        <EmptyList testId="stale-empty">
          No stranded drafts: every draft was touched today. · कोई रुका हुआ ड्राफ़्ट नहीं।
        </EmptyList>
      ) : (
        <ul className="mt-6 space-y-3" data-testid="stale-drafts">
          {page.items.map((v) => (
            <li
              key={v.id}
              className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
              data-testid="stale-draft"
            >
              <div className="flex flex-wrap items-center justify-between gap-3">
                <RatingBadge rating={v.rating} size="sm" />
                <span className="text-sm text-stone-500">
                  held by <strong>{v.author.name}</strong> · last touched by {v.lastTouchedBy} ·{" "}
                  {formatDateTime(v.updatedAt)}
                </span>
              </div>
              <Link
                href={`/desk/claims/${v.claim.id}`}
                lang="hi"
                className="block text-lg font-semibold hover:underline"
              >
                {v.claim.textHi}
              </Link>
              <p lang="hi" className="text-stone-700">
                {v.summaryHi}
              </p>
              <VerdictHandOver
                verdictId={v.id}
                version={v.version}
                holder={v.author}
                me={me}
                editors={editors}
                canTake
              />
            </li>
          ))}
        </ul>
      )}
      <Pager path={PATH} filters={{}} page={page} labels={["← Older", "Newer →"]} />
    </>
  );
}
