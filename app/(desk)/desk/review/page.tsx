import { FilterBar, FilterInput, FilterSelect, Pager } from "@/components/desk/list-controls";
import {
  PendingChangeList,
  RetractionRequests,
  ReviewQueueList,
} from "@/components/desk/review-queue-cards";
import { listPendingRetractions } from "@/lib/correction/data";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";
import { listPendingChanges } from "@/lib/review/data";
import { listReviewQueue } from "@/lib/verdict/data";
import { reviewQueueQuery } from "@/lib/verdict/schema";

const PATH = "/desk/review";

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
      <RetractionRequests retractions={retractions} />
      <PendingChangeList changes={changes} userId={user.id} />
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
      <ReviewQueueList queue={page.items} userId={user.id} />
      <Pager
        path={PATH}
        filters={filters}
        page={page}
        labels={query.sort === "newest" ? ["← Newer", "Older →"] : ["← Older", "Newer →"]}
      />
    </>
  );
}
