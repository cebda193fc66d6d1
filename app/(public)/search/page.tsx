import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LocalLink } from "@/components/local-link";
import { FoundElsewhere, NameHits, SearchBox, SearchResults } from "@/components/search/results";
import { langOf } from "@/lib/i18n/locale";
import { pathIn } from "@/lib/i18n/negotiate.mjs";
import { listHref, parseListParams, type SearchParams } from "@/lib/paging";
import { readerAlternates } from "@/lib/public/alternates";
import { searchForReaders } from "@/lib/search/data";
import { searchParamsSchema } from "@/lib/search/schema";

const PATH = "/search";

// What readers can search: published fact checks, where their claims appeared, the articles, and the
// names in published fact checks (each opens its entity page).
const READER_TYPES = ["claims", "mentions", "articles", "entities"] as const;
type ReaderType = (typeof READER_TYPES)[number];
const isReaderType = (t: string | undefined): t is ReaderType =>
  (READER_TYPES as readonly (string | undefined)[]).includes(t);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.search");
  return { title: t("title"), alternates: readerAlternates(PATH, langOf(await getLocale())) };
}

export default async function PublicSearchPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const t = await getTranslations("public.search");
  const lang = langOf(await getLocale());
  const query = parseListParams(searchParamsSchema, await searchParams);
  const type: ReaderType = isReaderType(query.type) ? query.type : "claims";
  const { page, names, elsewhere } = await searchForReaders({ ...query, type });
  const label = (x: string) => t(`tabs.${isReaderType(x) ? x : "claims"}`);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <SearchBox action={pathIn(PATH, lang)} value={query.q} type={type} />
      <nav className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("searchIn")}>
        {READER_TYPES.map((x) => (
          <LocalLink
            key={x}
            href={listHref(PATH, { q: query.q, type: x })}
            aria-current={x === type ? "page" : undefined}
            className={x === type ? "font-semibold underline" : "hover:underline"}
          >
            {label(x)}
          </LocalLink>
        ))}
      </nav>
      {names && (
        <NameHits page={names} allHref={listHref(PATH, { q: query.q, type: "entities" })} />
      )}
      <SearchResults
        page={page}
        path={PATH}
        filters={{ q: query.q, type }}
        empty={
          query.q.trim() ? (
            <FoundElsewhere
              here={label(type)}
              tabs={elsewhere.map((e) => ({
                ...e,
                label: label(e.type),
                href: listHref(PATH, { q: query.q, type: e.type }),
              }))}
            />
          ) : undefined
        }
      />
    </>
  );
}
