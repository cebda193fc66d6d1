import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClaimFilterFields } from "@/components/desk/claim-filter-fields";
import { FilterBar, FilterInput, FilterSelect } from "@/components/desk/list-controls";
import { SearchResults } from "@/components/search/results";
import { entitiesByIds } from "@/lib/entity/data";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { listRatings } from "@/lib/rating/data";
import { requireDeskUser } from "@/lib/require-editor";
import { searchDesk } from "@/lib/search/data";
import { SEARCH_STATUSES, type SearchParamsData, searchParamsSchema } from "@/lib/search/schema";

const PATH = "/desk/search";

/** The same search as the report builder's scope: a search kept as a report's address. */
function reportParams(q: SearchParamsData): URLSearchParams {
  const params = new URLSearchParams({ q: q.q.trim() });
  if (q.status) params.set("status", SEARCH_STATUSES[q.status]);
  for (const k of ["topic", "rating", "from", "to"] as const) if (q[k]) params.set(k, String(q[k]));
  // The report's entity covers what it said, relayed, or carried as outlet.
  const entity = q.speaker ?? q.outlet;
  if (entity) params.set("entity", entity);
  return params;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claims.search");
  return { title: t("title") };
}

export default async function DeskSearchPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const raw = await searchParams;
  const query = parseListParams(searchParamsSchema, raw);
  // Signed out, sign-in returns to this search, words included.
  const words = query.q.trim();
  await requireDeskUser(words ? `${PATH}?${new URLSearchParams({ q: words })}` : PATH);
  const [page, chosen, ratings] = await Promise.all([
    searchDesk(query),
    entitiesByIds([query.speaker, query.outlet].filter((id): id is string => !!id)),
    listRatings(),
  ]);
  const { page: _p, ...filters } = query;
  const t = await getTranslations("claims.search");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <FilterBar path={PATH}>
        <FilterInput name="q" label={t("words")} value={query.q} />
        <FilterSelect
          name="type"
          label={t("in")}
          value={query.type}
          options={[
            { value: "claims", label: t("claims") },
            { value: "mentions", label: t("mentions") },
            { value: "articles", label: t("articles") },
            { value: "entities", label: t("entities") },
          ]}
        />
        <ClaimFilterFields
          query={query}
          outlet={chosen.find((e) => e.id === query.outlet) ?? null}
          speaker={chosen.find((e) => e.id === query.speaker) ?? null}
          ratings={ratings}
          ratingLabel={t("verdict")}
        />
        <FilterInput name="from" label={t("from")} type="date" value={query.from} />
        <FilterInput name="to" label={t("to")} type="date" value={query.to} />
      </FilterBar>
      {query.type === "claims" && query.q.trim() && (
        <p className="mt-4 text-sm">
          <a
            href={`/desk/reports?${reportParams(query)}`}
            className="underline"
            data-testid="search-report"
          >
            {t("report")}
          </a>
        </p>
      )}
      <SearchResults page={page} path={PATH} filters={filters} />
    </>
  );
}
