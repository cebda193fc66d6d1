import { InboxList } from "@/components/desk/inbox-list";
import { Pager } from "@/components/desk/list-controls";
import { EmptyList } from "@/components/ui/desk-list";
import { formatDateTime } from "@/lib/calendar/format";
import { listInbox } from "@/lib/notification/data";
import { inboxQuery } from "@/lib/notification/schema";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

const PATH = "/desk/inbox";

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireDeskUser(PATH);
  const query = parseListParams(inboxQuery, await searchParams);
  const seenAt = new Date().toISOString();
  const page = await listInbox(query);
  return (
    <>
      <h1 className="text-2xl font-bold">
        Inbox{" "}
        <span lang="hi" className="text-stone-400">
          · सूचनाएँ
        </span>
      </h1>
      {page.items.length === 0 ? (
        <EmptyList>Nothing yet.</EmptyList>
      ) : (
        <InboxList
          notices={page.items.map((n) => ({ ...n, when: formatDateTime(n.createdAt) }))}
          seenAt={seenAt}
        />
      )}
      <Pager path={PATH} filters={{}} page={page} />
    </>
  );
}
