import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClaimFilterFields } from "@/components/desk/claim-filter-fields";
import { FilterBar, FilterInput, FilterSelect, Pager } from "@/components/desk/list-controls";
import { RatingBadge } from "@/components/rating-badge";
import { StatusBadge } from "@/components/status-badge";
import { DeskTable } from "@/components/ui/desk-list";
import { formatDateTime, formatNumber } from "@/lib/calendar/format";
import { listClaimsForDesk } from "@/lib/claim/data";
import { claimListQuery } from "@/lib/claim/schema";
import { langAttr, wordingIn } from "@/lib/claim/wording";
import { entitiesByIds } from "@/lib/entity/data";
import { langOf } from "@/lib/i18n/locale";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { listRatings } from "@/lib/rating/data";
import { requireDeskUser } from "@/lib/require-editor";

const PATH = "/desk/claims";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claims.list");
  return { title: t("title") };
}

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
  const [t, locale] = await Promise.all([getTranslations("claims.list"), getLocale()]);
  const lang = langOf(locale);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <FilterBar path={PATH}>
        <FilterInput name="q" label={t("words")} value={query.q} />
        <ClaimFilterFields
          query={query}
          outlet={chosen.find((e) => e.id === query.outlet) ?? null}
          speaker={chosen.find((e) => e.id === query.speaker) ?? null}
          ratings={ratings}
          ratingLabel={t("rating")}
        />
        <FilterInput name="from" label={t("loggedFrom")} type="date" value={query.from} />
        <FilterInput name="to" label={t("to")} type="date" value={query.to} />
        <FilterSelect
          name="sort"
          label={t("order")}
          value={query.sort}
          options={[
            { value: "newest", label: t("newest") },
            { value: "oldest", label: t("oldest") },
          ]}
        />
        <label className="flex items-center gap-1 py-1.5">
          <input type="checkbox" name="mine" value="1" defaultChecked={!!query.mine} /> {t("mine")}
        </label>
        <label className="flex items-center gap-1 py-1.5">
          <input type="checkbox" name="assigned" value="1" defaultChecked={!!query.assigned} />{" "}
          {t("assignedToMe")}
        </label>
        <label className="flex items-center gap-1 py-1.5">
          <input type="checkbox" name="withdrawn" value="1" defaultChecked={!!query.withdrawn} />{" "}
          {t("withdrawn")}
        </label>
      </FilterBar>
      <DeskTable
        items={page.items}
        empty={t("empty")}
        testId="claims-list"
        rowKey={(c) => c.id}
        columns={[
          {
            header: t("claim"),
            cell: (c) => {
              // The page's language first; a claim with no English wording shows its Hindi.
              const [text] = wordingIn(c, lang);
              return (
                <Link
                  href={`/desk/claims/${c.id}`}
                  lang={langAttr(text.lang, lang)}
                  className="font-semibold hover:underline"
                >
                  {text.text}
                </Link>
              );
            },
          },
          {
            header: t("status"),
            cell: (c) => (
              <StatusBadge
                status={c.status}
                withdrawn={c.mergedIntoId ? "merged" : !!c.withdrawnAt}
              />
            ),
          },
          {
            header: t("verdict"),
            cell: (c) =>
              c.verdicts[0] ? <RatingBadge rating={c.verdicts[0].rating} size="sm" /> : "—",
          },
          { header: t("appearances"), cell: (c) => formatNumber(c.mentionCount, locale) },
          { header: t("sources"), cell: (c) => formatNumber(c.evidenceCount, locale) },
          {
            header: t("logged"),
            cell: (c) => formatDateTime(c.createdAt, locale),
            className: "text-stone-600",
          },
        ]}
        pager={
          <Pager
            path={PATH}
            filters={filters}
            page={page}
            labels={
              query.sort === "oldest"
                ? [t("olderFirst"), t("newerAfter")]
                : [t("newer"), t("older")]
            }
          />
        }
      />
    </>
  );
}
