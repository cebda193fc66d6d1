// The desk article page's parts: its header (title, credits line, details and new-version forms),
// the banner saying what a selection will do (log, re-select, re-attach an orphan), and the list of
// claims logged in it. Kept apart so the page reads as its layout.
import Link from "next/link";
import { ArticleChanged } from "@/components/article-changed";
import { StatusBadge } from "@/components/status-badge";
import type { getArticleForDesk } from "@/lib/article/data";
import { formatArticleDate, isoDay } from "@/lib/calendar/format";
import type { listArticleOrphans } from "@/lib/claim/mention-data";
import { displayName } from "@/lib/entity/search-key";
import { ArticleMetaForm } from "./article-meta-form";
import { ArticleRevisionForm } from "./article-revision-form";
import { OrphanList } from "./orphan-list";

type DeskArticle = NonNullable<Awaited<ReturnType<typeof getArticleForDesk>>>;
type Orphan = Awaited<ReturnType<typeof listArticleOrphans>>[number];

export function ArticleDeskHeader({ article }: { article: DeskArticle }) {
  return (
    <>
      <h1 className="text-2xl font-bold" lang={article.lang}>
        {article.title}
      </h1>
      <p className="text-sm text-stone-500" data-testid="article-meta">
        {article.outlet ? displayName(article.outlet) : "Outlet not recorded"} ·{" "}
        {formatArticleDate(article)} ·{" "}
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
      {/* Only the details it edits: a client component's props are sent to the browser, and the
          whole article would carry its body (a 1M-character article made the page 3.2 MB). */}
      <ArticleMetaForm
        article={{
          id: article.id,
          version: article.version,
          title: article.title,
          url: article.url,
          lang: article.lang,
          publishedAt: article.publishedAt,
          // The newsroom's day, worked out here: the browser does not know the newsroom's zone.
          publishedDay: isoDay(article.publishedAt) ?? "",
          outletId: article.outletId,
          outlet: article.outlet,
        }}
      />
      <ArticleRevisionForm articleId={article.id} revision={article.revision} />
    </>
  );
}

export function ArticleModeBanner({
  articleId,
  orphans,
  reattaching: orphan,
  reselectClaimId,
}: {
  articleId: string;
  orphans: Orphan[];
  reattaching?: Orphan;
  reselectClaimId?: string;
}) {
  return (
    <>
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
            <Link href={`/desk/articles/${articleId}`} className="underline">
              Cancel
            </Link>
          </p>
          <p className="mt-1" lang="hi">
            Was: …{orphan.prefix}
            <mark className="claim">{orphan.exact}</mark>
            {orphan.suffix}…
          </p>
        </div>
      ) : reselectClaimId ? (
        <p
          className="mt-2 rounded bg-blue-50 px-3 py-2 text-sm text-blue-900"
          data-testid="reselect-banner"
        >
          Select the new words for this appearance, then press “Use these words”.{" "}
          <Link href={`/desk/claims/${reselectClaimId}`} className="underline">
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
          <mark className="suggestion">suggested by the spotter</mark> <span lang="hi">· सुझाव</span>
        </span>
      </p>
    </>
  );
}

export function LoggedInArticle({ mentions }: { mentions: DeskArticle["mentions"] }) {
  return (
    <>
      <h2 className="mt-8 font-semibold">Logged in this article ({mentions.length})</h2>
      <ul className="mt-3 space-y-2 text-sm">
        {mentions.map((m) => (
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
    </>
  );
}
