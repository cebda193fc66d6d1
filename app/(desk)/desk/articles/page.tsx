import Link from "next/link";
import { EntityFilterField, OUTLET_KINDS } from "@/components/desk/entity-picker";
import { FilterBar, FilterInput, FilterSelect, Pager } from "@/components/desk/list-controls";
import { SentBackToYou } from "@/components/desk/sent-back-to-you";
import { DeskList, ListRow } from "@/components/ui/desk-list";
import { listArticles } from "@/lib/article/data";
import { articleListQuery } from "@/lib/article/schema";
import { formatArticleDate } from "@/lib/calendar/format";
import { entitiesByIds } from "@/lib/entity/data";
import { displayName } from "@/lib/entity/search-key";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";
import { listSentBackToMe } from "@/lib/review/data";

const PATH = "/desk/articles";
const PAGER_LABELS: Record<string, [string, string]> = {
  newest: ["← Newer", "Older →"],
  oldest: ["← Older", "Newer →"],
  title: ["← Previous", "Next →"],
};

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireDeskUser(PATH);
  const query = parseListParams(articleListQuery, await searchParams);
  const [page, [outlet], sentBack] = await Promise.all([
    listArticles(query),
    entitiesByIds(query.outlet ? [query.outlet] : []),
    listSentBackToMe(),
  ]);
  const { after: _a, before: _b, ...filters } = query;
  return (
    <>
      {/* The desk opens here (/desk): what a reviewer sent back to you comes before anything else. */}
      <SentBackToYou claims={sentBack} />
      <h1 className="text-2xl font-bold">
        Articles{" "}
        <span lang="hi" className="text-stone-400">
          · लेख
        </span>
      </h1>
      <p className="mt-1 text-stone-600">
        Open an article and select the words of a claim to log it.{" "}
        <Link href="/desk/articles/new" className="font-semibold underline">
          Add articles
        </Link>
      </p>
      <FilterBar path={PATH}>
        <FilterInput name="q" label="Words" value={query.q} />
        <div className="min-w-56">
          <EntityFilterField
            key={outlet?.id ?? "none"}
            name="outlet"
            label="Outlet"
            testId="filter-outlet"
            initial={outlet ?? null}
            kinds={OUTLET_KINDS}
          />
        </div>
        <FilterSelect
          name="lang"
          label="Language"
          value={query.lang}
          options={[
            { value: "hi", label: "Hindi" },
            { value: "en", label: "English" },
          ]}
        />
        <FilterInput name="from" label="Published from" type="date" value={query.from} />
        <FilterInput name="to" label="to" type="date" value={query.to} />
        <FilterSelect
          name="sort"
          label="Order"
          value={query.sort}
          options={[
            { value: "newest", label: "Newest added" },
            { value: "oldest", label: "Oldest added" },
            { value: "title", label: "Title" },
          ]}
        />
      </FilterBar>
      <DeskList
        items={page.items}
        empty="No articles match."
        testId="articles-list"
        pager={
          <Pager path={PATH} filters={filters} page={page} labels={PAGER_LABELS[query.sort]} />
        }
      >
        {(a) => (
          <ListRow key={a.id} badge={`${a.mentionCount} logged`}>
            <Link
              href={`/desk/articles/${a.id}`}
              lang="hi"
              className="text-lg font-semibold hover:underline"
            >
              {a.title}
            </Link>
            <p className="text-sm text-stone-500">
              {a.outlet ? displayName(a.outlet) : "Outlet not recorded"} · {formatArticleDate(a)}
            </p>
          </ListRow>
        )}
      </DeskList>
    </>
  );
}
