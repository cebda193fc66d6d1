import { Pager } from "@/components/desk/list-controls";
import { OrphanList } from "@/components/desk/orphan-list";
import { listOrphans } from "@/lib/claim/mention-data";
import { orphanListQuery } from "@/lib/claim/mention-schema";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

const PATH = "/desk/orphans";

export default async function OrphanQueuePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireDeskUser(PATH);
  const query = parseListParams(orphanListQuery, await searchParams);
  const page = await listOrphans(query);
  return (
    <>
      <h1 className="text-2xl font-bold">
        Orphaned appearances{" "}
        <span lang="hi" className="text-stone-400">
          · अनाथ उल्लेख
        </span>
      </h1>
      <p className="mt-1 text-stone-600">
        Claims whose words a new version of their article no longer has, newest first. Re-attach
        each to its words in the new text, or retire it: nothing is dropped without an editor.
      </p>
      <div className="mt-6">
        {page.items.length === 0 ? (
          <p className="text-stone-500" data-testid="no-orphans">
            No orphans: every appearance is placed in its article's current text.
          </p>
        ) : (
          <OrphanList orphans={page.items} showArticle />
        )}
      </div>
      <Pager path={PATH} filters={{}} page={page} />
    </>
  );
}
