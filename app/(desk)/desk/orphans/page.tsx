import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/desk/list-controls";
import { OrphanList } from "@/components/desk/orphan-list";
import { listOrphans } from "@/lib/claim/mention-data";
import { orphanListQuery } from "@/lib/claim/mention-schema";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

const PATH = "/desk/orphans";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.orphans");
  return { title: t("title") };
}

export default async function OrphanQueuePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireDeskUser(PATH);
  const query = parseListParams(orphanListQuery, await searchParams);
  const [page, t, tl] = await Promise.all([
    listOrphans(query),
    getTranslations("articles.orphans"),
    getTranslations("articles.list"),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-600">{t("intro")}</p>
      <div className="mt-6">
        {page.items.length === 0 ? (
          <p className="text-stone-600" data-testid="no-orphans">
            {t("empty")}
          </p>
        ) : (
          <OrphanList orphans={page.items} showArticle />
        )}
      </div>
      <Pager path={PATH} filters={{}} page={page} labels={[tl("newer"), tl("older")]} />
    </>
  );
}
