import Link from "next/link";
import { ClaimFilterFields } from "@/components/desk/claim-filter-fields";
import { FilterBar, FilterInput, FilterSelect, Pager } from "@/components/desk/list-controls";
import { RatingBadge } from "@/components/rating-badge";
import { StatusBadge } from "@/components/status-badge";
import { DeskTable } from "@/components/ui/desk-list";
import { formatDateTime } from "@/lib/calendar/format";
import { listClaimsForDesk } from "@/lib/claim/data";
import { claimListQuery } from "@/lib/claim/schema";
import { entitiesByIds } from "@/lib/entity/data";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { listRatings } from "@/lib/rating/data";
import { requireDeskUser } from "@/lib/require-editor";

const PATH = "/desk/claims";

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireDeskUser(PATH);
  const query = parseListParams(claimListQuery, await searchParams);
  const [page, chosen, ratings] = await Promise.all([
    listClaimsForDesk(query),
    entitiesByIds([query.speaker, query.outlet].filter((id): id is string => !!id)),
    listRatings(),
  ]);
  const { after: _a, before: _b, ...filters } = query;
  return (
    <>
      <h1 className="text-2xl font-bold">
        Claims{" "}
        <span lang="hi" className="text-stone-400">
          · दावे
        </span>
      </h1>
      <FilterBar path={PATH}>
        <FilterInput name="q" label="Words" value={query.q} />
        <ClaimFilterFields
          query={query}
          outlet={chosen.find((e) => e.id === query.outlet) ?? null}
          speaker={chosen.find((e) => e.id === query.speaker) ?? null}
          ratings={ratings}
          ratingLabel="Rating"
        />
        <FilterInput name="from" label="Logged from" type="date" value={query.from} />
        <FilterInput name="to" label="to" type="date" value={query.to} />
        <FilterSelect
          name="sort"
          label="Order"
          value={query.sort}
          options={[
            { value: "newest", label: "Newest first" },
            { value: "oldest", label: "Oldest first" },
          ]}
        />
        <label className="flex items-center gap-1 py-1.5">
          <input type="checkbox" name="mine" value="1" defaultChecked={!!query.mine} /> Mine
        </label>
        <label className="flex items-center gap-1 py-1.5">
          <input type="checkbox" name="assigned" value="1" defaultChecked={!!query.assigned} />{" "}
          Assigned to me
        </label>
        <label className="flex items-center gap-1 py-1.5">
          <input type="checkbox" name="withdrawn" value="1" defaultChecked={!!query.withdrawn} />{" "}
          Withdrawn
        </label>
      </FilterBar>
      <DeskTable
        items={page.items}
        empty="No claims match."
        testId="claims-list"
        rowKey={(c) => c.id}
        columns={[
          {
            header: "Claim",
            cell: (c) => (
              <Link
                href={`/desk/claims/${c.id}`}
                lang="hi"
                className="font-semibold hover:underline"
              >
                {c.textHi}
              </Link>
            ),
          },
          {
            header: "Status",
            cell: (c) => (
              <StatusBadge
                status={c.status}
                withdrawn={c.mergedIntoId ? "merged" : !!c.withdrawnAt}
              />
            ),
          },
          {
            header: "Verdict",
            cell: (c) =>
              c.verdicts[0] ? <RatingBadge rating={c.verdicts[0].rating} size="sm" /> : "—",
          },
          { header: "Appearances", cell: (c) => c.mentionCount },
          { header: "Sources", cell: (c) => c.evidenceCount },
          {
            header: "Logged",
            cell: (c) => formatDateTime(c.createdAt),
            className: "text-stone-500",
          },
        ]}
        pager={
          <Pager
            path={PATH}
            filters={filters}
            page={page}
            labels={query.sort === "oldest" ? ["← Older", "Newer →"] : ["← Newer", "Older →"]}
          />
        }
      />
    </>
  );
}
