import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InboxList } from "@/components/desk/inbox-list";
import { Pager } from "@/components/desk/list-controls";
import { EmptyList } from "@/components/ui/desk-list";
import { formatDateTime } from "@/lib/calendar/format";
import { listInbox } from "@/lib/notification/data";
import { inboxQuery } from "@/lib/notification/schema";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

const PATH = "/desk/inbox";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("desk.inbox");
  return { title: t("metaTitle") };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireDeskUser(PATH);
  const query = parseListParams(inboxQuery, await searchParams);
  const seenAt = new Date().toISOString();
  const page = await listInbox(query);
  const [t, locale] = await Promise.all([getTranslations("desk"), getLocale()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("inbox.title")}</h1>
      {page.items.length === 0 ? (
        <EmptyList>{t("inbox.empty")}</EmptyList>
      ) : (
        <InboxList
          notices={page.items.map((n) => ({ ...n, when: formatDateTime(n.createdAt, locale) }))}
          seenAt={seenAt}
        />
      )}
      <Pager
        path={PATH}
        filters={{}}
        page={page}
        labels={[t("pager.newerBack"), t("pager.olderNext")]}
      />
    </>
  );
}
