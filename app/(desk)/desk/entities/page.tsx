import Link from "next/link";
import { FilterBar, FilterInput, FilterSelect, Pager } from "@/components/desk/list-controls";
import { DeskList, ListRow } from "@/components/ui/desk-list";
import { listEntities } from "@/lib/entity/data";
import { ENTITY_KINDS, KIND_LABELS } from "@/lib/entity/kinds";
import { entityListQuery } from "@/lib/entity/schema";
import { displayName } from "@/lib/entity/search-key";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

const PATH = "/desk/entities";

// The registry: every person, organisation, outlet, agency and government body claims name.
export default async function EntitiesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireDeskUser(PATH);
  const query = parseListParams(entityListQuery, await searchParams);
  const page = await listEntities(query);
  const { after: _a, before: _b, ...filters } = query;
  return (
    <>
      <h1 className="text-2xl font-bold">
        Entities{" "}
        <span lang="hi" className="text-stone-400">
          · नाम
        </span>
      </h1>
      <p className="mt-1 text-stone-600">
        People, organisations, outlets, agencies and government bodies that claims are attributed
        to.{" "}
        <Link href="/desk/entities/new" className="font-semibold underline">
          Add an entity
        </Link>
      </p>
      <FilterBar path={PATH}>
        <FilterInput name="q" label="Name (Hindi, English or other spelling)" value={query.q} />
        <FilterSelect
          name="kind"
          label="Kind"
          value={query.kind}
          options={ENTITY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k].en }))}
        />
      </FilterBar>
      <DeskList
        items={page.items}
        empty="No entities match."
        testId="entities-list"
        pager={
          <Pager path={PATH} filters={filters} page={page} labels={["← Previous", "Next →"]} />
        }
      >
        {(e) => (
          <ListRow
            key={e.id}
            testId="entity-row"
            badge={
              <>
                {e.appearances.toLocaleString("en-IN")}
                {e.appearancesCapped && "+"} {e.appearances === 1 ? "appearance" : "appearances"}
              </>
            }
          >
            <Link href={`/desk/entities/${e.id}`} className="text-lg font-semibold hover:underline">
              <span lang="hi">{displayName(e, "hi")}</span>
              {e.nameEn && e.nameHi && (
                <span className="ml-2 font-normal text-stone-600">{e.nameEn}</span>
              )}
            </Link>
            <p className="text-sm text-stone-500">
              {KIND_LABELS[e.kind].en}
              {e.affiliation && (
                <>
                  {" "}
                  · belongs to <span lang="hi">{displayName(e.affiliation, "hi")}</span>
                </>
              )}
              {e.aliases.length > 0 && (
                <>
                  {" "}
                  · also <span lang="hi">{e.aliases.slice(0, 4).join(", ")}</span>
                </>
              )}
            </p>
            {e.description && <p className="text-sm">{e.description}</p>}
          </ListRow>
        )}
      </DeskList>
    </>
  );
}
