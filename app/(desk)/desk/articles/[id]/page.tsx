import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleChanged } from "@/components/article-changed";
import { ArticleText } from "@/components/article-text";
import { ArticleMetaForm } from "@/components/desk/article-meta-form";
import { ArticleRevisionForm } from "@/components/desk/article-revision-form";
import { AuditTrail } from "@/components/desk/audit-trail";
import { FurniturePanel } from "@/components/desk/furniture-panel";
import { OrphanList } from "@/components/desk/orphan-list";
import { SelectionLogger } from "@/components/desk/selection-logger";
import { SpotSuggestions } from "@/components/desk/spot-suggestions";
import { StatusBadge } from "@/components/status-badge";
import { getArticleForDesk, listArticleHistory, listOutletOptions } from "@/lib/article/data";
import { furnitureOf } from "@/lib/article/furniture";
import { canEditClaimContent } from "@/lib/claim/policy";
import { displayName } from "@/lib/entity/search-key";
import { formatDate, STATUS_LABELS } from "@/lib/format";
import { describeHistory } from "@/lib/history/data";
import { listArticleOrphans } from "@/lib/mention/data";
import { requireDeskUser } from "@/lib/require-editor";
import { SIGNAL_LABELS } from "@/lib/spot/labels";
import { listSpotSuggestions } from "@/lib/suggestion/data";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ reselect?: string; reattach?: string; furniture?: string }>;
};

export default async function DeskArticlePage({ params, searchParams }: Props) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  const user = await requireDeskUser(`/desk/articles/${id}`);
  const article = await getArticleForDesk(id);
  if (!article) notFound();
  const [outlets, history, suggestions, orphans] = await Promise.all([
    listOutletOptions(),
    listArticleHistory(article.id).then(describeHistory),
    listSpotSuggestions(article.id),
    listArticleOrphans(article.id),
  ]);
  // "Re-attach" from the orphan banner or queue: only one of this article's orphans.
  const orphan = orphans.find((o) => o.id === q.reattach);
  const reattach = orphan ? { mentionId: orphan.id, revision: article.revision } : undefined;
  const open = suggestions?.open ?? [];
  // "Re-select the words" of an appearance: only one of this article's, on a claim still editable.
  const moving = article.mentions.find((m) => m.id === q.reselect);
  const reselect =
    moving && canEditClaimContent(user, moving.claim)
      ? { mentionId: moving.id, claimId: moving.claim.id, version: moving.claim.version }
      : undefined;
  const highlights = article.mentions.map((m) => ({
    id: m.id,
    start: m.start,
    end: m.end,
    href: `/desk/claims/${m.claim.id}`,
    title: `${m.claim.withdrawnAt ? "Withdrawn" : STATUS_LABELS[m.claim.status].en}: ${m.claim.textHi}`,
    withdrawn: !!m.claim.withdrawnAt,
  }));
  const furniture = furnitureOf(article);
  const showFurniture = q.furniture === "show";
  const suggested = open.map((s) => ({
    id: s.key,
    start: s.start,
    end: s.end,
    title: `Suggested: ${s.signals.map((n) => SIGNAL_LABELS[n].en).join(", ")}`,
  }));
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <h1 className="text-2xl font-bold" lang={article.lang}>
          {article.title}
        </h1>
        <p className="text-sm text-stone-500" data-testid="article-meta">
          {article.outlet ? displayName(article.outlet) : "Outlet not recorded"} ·{" "}
          {formatDate(article.publishedAt ?? article.eventDate)} ·{" "}
          <Link href={`/desk/reports?article=${article.id}`} className="underline">
            Citation report
          </Link>{" "}
          ·{" "}
          <Link href={`/articles/${article.id}`} className="underline">
            Public page
          </Link>
          {article.url && (
            <>
              {" "}
              ·{" "}
              <a href={article.url} className="underline" rel="noopener noreferrer">
                Original
              </a>
            </>
          )}
        </p>
        <ArticleChanged revision={article.revision} revisedAt={article.revisedAt} />
        <ArticleMetaForm article={article} outlets={outlets} />
        <ArticleRevisionForm articleId={article.id} revision={article.revision} />
        {orphans.length > 0 && !orphan && (
          <section
            id="orphans"
            className="mt-3 rounded border-2 border-amber-400 bg-amber-50 p-3"
            data-testid="orphan-banner"
          >
            <h2 className="font-semibold text-amber-900">
              {orphans.length} appearance{orphans.length === 1 ? "" : "s"} not found in the new text{" "}
              <span lang="hi">· नए पाठ में नहीं मिले</span>
            </h2>
            <p className="mb-2 text-sm text-amber-900">
              Re-attach each to its words in this version, or retire it.
            </p>
            <OrphanList orphans={orphans} showArticle={false} />
          </section>
        )}
        {orphan ? (
          <div
            className="mt-2 rounded bg-blue-50 px-3 py-2 text-sm text-blue-900"
            data-testid="reattach-banner"
          >
            <p>
              Select the words of this appearance in the text below, then press “Re-attach here”.{" "}
              <Link href={`/desk/articles/${article.id}`} className="underline">
                Cancel
              </Link>
            </p>
            <p className="mt-1" lang="hi">
              Was: …{orphan.prefix}
              <mark className="claim">{orphan.exact}</mark>
              {orphan.suffix}…
            </p>
          </div>
        ) : reselect ? (
          <p
            className="mt-2 rounded bg-blue-50 px-3 py-2 text-sm text-blue-900"
            data-testid="reselect-banner"
          >
            Select the new words for this appearance, then press “Use these words”.{" "}
            <Link href={`/desk/claims/${reselect.claimId}`} className="underline">
              Cancel
            </Link>
          </p>
        ) : (
          <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Select the words of a claim in the text to log it.
          </p>
        )}
        <p className="mt-2 flex flex-wrap gap-4 text-sm text-stone-600" data-testid="legend">
          <span>
            <mark className="claim">logged claim</mark> <span lang="hi">· दर्ज दावा</span>
          </span>
          <span>
            <mark className="claim withdrawn">withdrawn claim</mark>{" "}
            <span lang="hi">· वापस लिया गया</span>
          </span>
          <span>
            <mark className="suggestion">suggested by the spotter</mark>{" "}
            <span lang="hi">· सुझाव</span>
          </span>
        </p>
        <div className="mt-4 rounded-lg bg-white p-6 shadow-sm">
          <SelectionLogger
            articleId={article.id}
            articleVersion={article.version}
            reselect={orphan ? undefined : reselect}
            reattach={reattach}
          >
            {/* Hidden furniture stays in the DOM: selection offsets are counted over the body. */}
            <ArticleText
              body={article.body}
              highlights={highlights}
              suggestions={suggested}
              furniture={furniture}
              furnitureMode={showFurniture ? "show" : "hide"}
            />
          </SelectionLogger>
        </div>
      </div>
      <aside>
        <SpotSuggestions
          articleId={article.id}
          open={open}
          dismissed={suggestions?.dismissed ?? []}
        />
        <h2 className="mt-8 font-semibold">Logged in this article ({article.mentions.length})</h2>
        <ul className="mt-3 space-y-2 text-sm">
          {article.mentions.map((m) => (
            <li key={m.id}>
              <Link href={`/desk/claims/${m.claim.id}`} lang="hi" className="hover:underline">
                {m.claim.textHi}
              </Link>
              <span className="ml-1">
                <StatusBadge status={m.claim.status} withdrawn={!!m.claim.withdrawnAt} />
              </span>
            </li>
          ))}
        </ul>
        <FurniturePanel
          articleId={article.id}
          version={article.version}
          ranges={furniture.map((f) => ({ ...f, text: article.body.slice(f.start, f.end) }))}
          shown={showFurniture}
        />
        <div className="mt-8">
          <AuditTrail events={history} now={new Date()} />
        </div>
      </aside>
    </div>
  );
}
