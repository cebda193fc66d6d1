import Link from "next/link";
import { FoundElsewhere, NameHits, SearchBox, SearchResults } from "@/components/search/results";
import { listHref, parseListParams, type SearchParams } from "@/lib/paging";
import { searchForReaders } from "@/lib/search/data";
import { searchParamsSchema } from "@/lib/search/schema";

const PATH = "/search";

// What readers can search: published fact checks, where their claims appeared, the articles, and the
// names in published fact checks (each opens its entity page).
const READER_TYPES = [
  { type: "claims", en: "Fact checks", hi: "जांच" },
  { type: "mentions", en: "Where claims appeared", hi: "कहां छपा" },
  { type: "articles", en: "Articles", hi: "लेख" },
  { type: "entities", en: "Names", hi: "नाम" },
] as const;

export default async function PublicSearchPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const query = parseListParams(searchParamsSchema, await searchParams);
  const type = READER_TYPES.some((t) => t.type === query.type) ? query.type : "claims";
  const { page, names, elsewhere } = await searchForReaders({ ...query, type });
  const tab = (t: string) => READER_TYPES.find((r) => r.type === t) ?? READER_TYPES[0];
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">
        <span lang="hi">खोज</span> · Search fact checks
      </h1>
      <SearchBox action={PATH} value={query.q} type={type} />
      <nav className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Search in">
        {READER_TYPES.map((t) => (
          <Link
            key={t.type}
            href={listHref(PATH, { q: query.q, type: t.type })}
            aria-current={t.type === type ? "page" : undefined}
            className={t.type === type ? "font-semibold underline" : "hover:underline"}
          >
            {t.en} · <span lang="hi">{t.hi}</span>
          </Link>
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
              here={tab(type)}
              tabs={elsewhere.map((e) => ({
                ...tab(e.type),
                ...e,
                href: listHref(PATH, { q: query.q, type: e.type }),
              }))}
            />
          ) : undefined
        }
      />
    </>
  );
}
