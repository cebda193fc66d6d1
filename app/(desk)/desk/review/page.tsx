import Link from "next/link";
import { ChangeDecision } from "@/components/desk/change-decision";
import { FilterBar, FilterInput, FilterSelect, Pager } from "@/components/desk/list-controls";
import { RatingBadge } from "@/components/rating-badge";
import { listPendingRetractions } from "@/lib/correction/data";
import { formatDateTime } from "@/lib/format";
import { CORRECTION_KIND_LABELS } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";
import { listPendingChanges } from "@/lib/review/data";
import { listReviewQueue } from "@/lib/verdict/data";
import { reviewQueueQuery } from "@/lib/verdict/schema";

const PATH = "/desk/review";

const CHANGE_LABELS = {
  ENTITY_UPDATE: "Registry entry edit",
  ENTITY_MERGE: "Registry merge",
  ARTICLE_UPDATE: "Article details edit",
  MENTION_REATTACH: "Re-attached quote",
  MENTION_RETIRE: "Retired appearance",
} as const;

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireDeskUser(PATH);
  const query = parseListParams(reviewQueueQuery, await searchParams);
  const [page, retractions, changes] = await Promise.all([
    listReviewQueue(query),
    listPendingRetractions(),
    listPendingChanges(),
  ]);
  const queue = page.items;
  const { after: _a, before: _b, ...filters } = query;
  return (
    <>
      <h1 className="text-2xl font-bold">
        Review queue{" "}
        <span lang="hi" className="text-stone-400">
          · समीक्षा
        </span>
      </h1>
      <p className="mt-1 text-stone-600">
        Verdicts waiting for a second editor. You cannot review your own.
      </p>
      {retractions.length > 0 && (
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
      )}
      {changes.length > 0 && (
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
                <ChangeDecision requestId={c.id} mine={c.proposedBy.id === user.id} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <FilterBar path={PATH}>
        <FilterInput name="q" label="Words" value={query.q} />
        <label className="flex items-center gap-1 py-1.5">
          <input type="checkbox" name="forMe" value="1" defaultChecked={!!query.forMe} /> Waiting
          for me (not one I wrote)
        </label>
        <FilterSelect
          name="sort"
          label="Order"
          value={query.sort}
          options={[
            { value: "oldest", label: "Waiting longest" },
            { value: "newest", label: "Newest" },
          ]}
        />
      </FilterBar>
      {queue.length === 0 ? (
        <p className="mt-6 text-stone-500">Nothing is waiting for review.</p>
      ) : (
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
              {(v.author.id === user.id || v.contributors.some((c) => c.userId === user.id)) && (
                <p className="mt-1 text-xs text-stone-500">
                  You wrote or edited this verdict: another editor must review it.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager
        path={PATH}
        filters={filters}
        page={page}
        labels={query.sort === "newest" ? ["← Newer", "Older →"] : ["← Older", "Newer →"]}
      />
    </>
  );
}
