import Link from "next/link";
import { formatArticleDate } from "@/lib/calendar/format";
import type { DossierMention } from "@/lib/claim/dossier";
import { ArticleChanged } from "./article-changed";
import { AttributionChain } from "./attribution-chain";
import { QuoteInContext } from "./quote-in-context";

export function ClaimAppearances({
  mentions,
  articleHref,
  actions,
  notes,
  changes = [],
}: {
  mentions: DossierMention[];
  /** Articles whose text changed since first imported (lib/article/data.ts listArticleChanges). */
  changes?: { id: string; revision: number; revisedAt: Date | null }[];
  articleHref: (m: DossierMention) => string;
  /** The desk's corrections under each appearance; readers get none. */
  actions?: (m: DossierMention) => React.ReactNode;
  /** What the verdict says of an appearance (a misattribution), for readers and editors alike. */
  notes?: (m: DossierMention) => React.ReactNode;
}) {
  return (
    <ul className="space-y-4" data-testid="appearances">
      {mentions.map((m) => (
        <li key={m.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <Link
              href={articleHref(m)}
              lang="hi"
              className="font-semibold text-brand hover:underline"
            >
              {m.article.title}
            </Link>
            <span className="text-sm text-stone-500">{formatArticleDate(m.article)}</span>
          </div>
          {changes
            .filter((c) => c.id === m.article.id)
            .map((c) => (
              <ArticleChanged key={c.id} revision={c.revision} revisedAt={c.revisedAt} />
            ))}
          {m.orphanedFromRevision !== null && (
            <p
              className="mb-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900"
              data-testid="appearance-orphaned"
            >
              These words were in version {m.orphanedFromRevision} of the article; its current text
              no longer has them. <span lang="hi">· लेख के नए संस्करण में ये शब्द नहीं हैं।</span>
            </p>
          )}
          <QuoteInContext prefix={m.prefix} exact={m.exact} suffix={m.suffix} context={m.context} />
          <div className="mt-3">
            <AttributionChain mention={m} />
          </div>
          {notes?.(m)}
          {actions?.(m)}
        </li>
      ))}
    </ul>
  );
}
