import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pager } from "@/components/desk/list-controls";
import { VerdictHandOver } from "@/components/desk/verdict-hand-over";
import { RatingBadge } from "@/components/rating-badge";
import { EmptyList } from "@/components/ui/desk-list";
import { formatDateTime } from "@/lib/calendar/format";
import { listAssignableEditors } from "@/lib/claim/data";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";
import { listStaleDrafts } from "@/lib/verdict/data";
import { staleDraftsQuery } from "@/lib/verdict/schema";

const PATH = "/desk/review/stale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verdicts.stale");
  return { title: t("metaTitle") };
}

/** Verdict drafts nobody has touched since the newsroom day began: stranded at a shift's end. */
export default async function StaleDraftsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireDeskUser(PATH);
  const query = parseListParams(staleDraftsQuery, await searchParams);
  const [page, editors] = await Promise.all([listStaleDrafts(query), listAssignableEditors()]);
  const me = { id: user.id, name: user.name };
  const [t, tp, tn, locale] = await Promise.all([
    getTranslations("verdicts.stale"),
    getTranslations("desk.pager"),
    getTranslations("nav.desk"),
    getLocale(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-600">
        {t("intro", { since: formatDateTime(page.staleBefore, locale) })}{" "}
        <Link href="/desk/review" className="underline">
          {tn("reviewQueue")}
        </Link>
      </p>
      {page.items.length === 0 ? (
        <EmptyList testId="stale-empty">{t("empty")}</EmptyList>
      ) : (
        <ul className="mt-6 space-y-3" data-testid="stale-drafts">
          {page.items.map((v) => (
            <li
              key={v.id}
              className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
              data-testid="stale-draft"
            >
              <div className="flex flex-wrap items-center justify-between gap-3">
                <RatingBadge rating={v.rating} size="sm" />
                <span className="text-sm text-stone-600">
                  {t.rich("heldBy", {
                    holder: v.author.name,
                    toucher: v.lastTouchedBy,
                    when: formatDateTime(v.updatedAt, locale),
                    b: (chunks) => <strong>{chunks}</strong>,
                  })}
                </span>
              </div>
              <Link
                href={`/desk/claims/${v.claim.id}`}
                lang="hi"
                className="block text-lg font-semibold hover:underline"
              >
                {v.claim.textHi}
              </Link>
              <p lang="hi" className="text-stone-700">
                {v.summaryHi}
              </p>
              <VerdictHandOver
                verdictId={v.id}
                version={v.version}
                holder={v.author}
                me={me}
                editors={editors}
                canTake
              />
            </li>
          ))}
        </ul>
      )}
      <Pager path={PATH} filters={{}} page={page} labels={[tp("olderBack"), tp("newerNext")]} />
    </>
  );
}
