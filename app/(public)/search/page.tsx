import { SearchBox, SearchResults } from "@/components/search/results";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { searchPublished } from "@/lib/search/data";
import { searchParamsSchema } from "@/lib/search/schema";

const PATH = "/search";

export default async function PublicSearchPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const query = parseListParams(searchParamsSchema, await searchParams);
  const page = await searchPublished(query);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">
        <span lang="hi">खोज</span> · Search fact checks
      </h1>
      <SearchBox action={PATH} value={query.q} />
      <SearchResults page={page} path={PATH} filters={{ q: query.q }} />
    </>
  );
}
