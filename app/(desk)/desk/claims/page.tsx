import Link from "next/link";
import { ClaimFilterFields } from "@/components/desk/claim-filter-fields";
import { FilterBar, FilterInput, FilterSelect, Pager } from "@/components/desk/list-controls";
import { RatingBadge } from "@/components/rating-badge";
import { StatusBadge } from "@/components/status-badge";
import { listClaimsForDesk } from "@/lib/claim/data";
import { claimListQuery } from "@/lib/claim/schema";
import { entitiesByIds } from "@/lib/entity/data";
import { formatDateTime } from "@/lib/format";
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
      {page.items.length === 0 ? (
        <p className="mt-6 text-stone-500">No claims match.</p>
      ) : (
        <table
          className="mt-6 w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm"
          data-testid="claims-list"
        >
          <thead className="bg-stone-100 text-left">
            <tr>
              <th className="p-3">Claim</th>
              <th className="p-3">Status</th>
              <th className="p-3">Verdict</th>
              <th className="p-3">Appearances</th>
              <th className="p-3">Sources</th>
              <th className="p-3">Logged</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((c) => (
              <tr key={c.id} className="border-t border-stone-100">
                <td className="p-3">
                  <Link
                    href={`/desk/claims/${c.id}`}
                    lang="hi"
                    className="font-semibold hover:underline"
                  >
                    {c.textHi}
                  </Link>
                </td>
                <td className="p-3">
                  <StatusBadge
                    status={c.status}
                    withdrawn={c.mergedIntoId ? "merged" : !!c.withdrawnAt}
                  />
                </td>
                <td className="p-3">
                  {c.verdicts[0] ? <RatingBadge rating={c.verdicts[0].rating} size="sm" /> : "—"}
                </td>
                <td className="p-3">{c.mentionCount}</td>
                <td className="p-3">{c.evidenceCount}</td>
                <td className="p-3 text-stone-500">{formatDateTime(c.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        path={PATH}
        filters={filters}
        page={page}
        labels={query.sort === "oldest" ? ["← Older", "Newer →"] : ["← Newer", "Older →"]}
      />
    </>
  );
}
