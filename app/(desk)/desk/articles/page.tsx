import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { OutletName } from "@/components/desk/article-desk-parts";
import { EntityFilterField, OUTLET_KINDS } from "@/components/desk/entity-picker";
import { FilterBar, FilterInput, FilterSelect, Pager } from "@/components/desk/list-controls";
import { SentBackToYou } from "@/components/desk/sent-back-to-you";
import { DateField } from "@/components/ui/date-field";
import { DeskList, ListRow } from "@/components/ui/desk-list";
import { listArticles } from "@/lib/article/data";
import { articleListQuery } from "@/lib/article/schema";
import { formatArticleDate } from "@/lib/calendar/format";
import { entitiesByIds } from "@/lib/entity/data";
import { langOf } from "@/lib/i18n/locale";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";
import { listSentBackToMe } from "@/lib/review/data";

const PATH = "/desk/articles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.list");
  return { title: t("title") };
}

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
  const [t, locale] = await Promise.all([getTranslations("articles"), getLocale()]);
  const pagerLabels: Record<string, [string, string]> = {
    newest: [t("list.newer"), t("list.older")],
    oldest: [t("list.olderBack"), t("list.newerOn")],
    title: [t("list.previous"), t("list.next")],
  };
  return (
    <>
      {/* The desk opens here (/desk): what a reviewer sent back to you comes before anything else. */}
      <SentBackToYou claims={sentBack} />
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      <p className="mt-1 text-stone-600">
        {t("list.intro")}{" "}
        <Link href="/desk/articles/new" className="font-semibold underline">
          {t("list.add")}
        </Link>
      </p>
      <FilterBar path={PATH}>
        <FilterInput name="q" label={t("list.words")} value={query.q} />
        <div className="min-w-56">
          <EntityFilterField
            key={outlet?.id ?? "none"}
            name="outlet"
            label={t("list.outlet")}
            testId="filter-outlet"
            initial={outlet ?? null}
            kinds={OUTLET_KINDS}
          />
        </div>
        <FilterSelect
          name="lang"
          label={t("list.language")}
          value={query.lang}
          options={[
            { value: "hi", label: t("language.hi") },
            { value: "en", label: t("language.en") },
          ]}
        />
        {/* Days read in the page's language (day, month by name, year), sent as ISO days. */}
        {(["from", "to"] as const).map((k) => (
          <div key={k} className="flex flex-col gap-1">
            <label htmlFor={`articles-${k}`} className="font-semibold">
              {t(`list.${k}`)}
            </label>
            <DateField
              id={`articles-${k}`}
              name={k}
              defaultValue={query[k] ?? ""}
              label={t(`list.${k}`)}
              testId={`filter-${k}`}
            />
          </div>
        ))}
        <FilterSelect
          name="sort"
          label={t("list.order")}
          value={query.sort}
          options={[
            { value: "newest", label: t("list.newest") },
            { value: "oldest", label: t("list.oldest") },
            { value: "title", label: t("list.byTitle") },
          ]}
        />
      </FilterBar>
      <DeskList
        items={page.items}
        empty={t("list.empty")}
        testId="articles-list"
        pager={<Pager path={PATH} filters={filters} page={page} labels={pagerLabels[query.sort]} />}
      >
        {(a) => (
          <ListRow key={a.id} badge={t("list.logged", { count: a.mentionCount })}>
            <Link
              href={`/desk/articles/${a.id}`}
              lang={a.lang}
              className="text-lg font-semibold hover:underline"
            >
              {a.title}
            </Link>
            <p className="text-sm text-stone-600">
              {a.outlet ? (
                <OutletName outlet={a.outlet} lang={langOf(locale)} />
              ) : (
                t("outletUnknown")
              )}{" "}
              · {formatArticleDate(a, locale)}
            </p>
          </ListRow>
        )}
      </DeskList>
    </>
  );
}
