import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.queue");
  return { title: t("metaTitle") };
}

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
  const [t, tp] = await Promise.all([
    getTranslations("review.queue"),
    getTranslations("desk.pager"),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-600">{t("intro")}</p>
      <RetractionRequests retractions={retractions} />
      <PendingChangeList changes={changes} userId={user.id} />
      <FilterBar path={PATH}>
        <FilterInput name="q" label={t("words")} value={query.q} />
        <label className="flex items-center gap-1 py-1.5">
          <input type="checkbox" name="forMe" value="1" defaultChecked={!!query.forMe} />{" "}
          {t("forMe")}
        </label>
        <FilterSelect
          name="sort"
          label={t("order")}
          value={query.sort}
          options={[
            { value: "oldest", label: t("oldest") },
            { value: "newest", label: t("newest") },
          ]}
        />
      </FilterBar>
      <ReviewQueueList queue={page.items} userId={user.id} />
      <Pager
        path={PATH}
        filters={filters}
        page={page}
        labels={
          query.sort === "newest"
            ? [tp("newerBack"), tp("olderNext")]
            : [tp("olderBack"), tp("newerNext")]
        }
      />
    </>
  );
}
