import { useLocale, useTranslations } from "next-intl";
import { formatArticleDate } from "@/lib/calendar/format";
import type { DossierMention } from "@/lib/claim/dossier";
import { langOf } from "@/lib/i18n/locale";
import { langIf } from "@/lib/public/in-lang";
import { ArticleChanged } from "./article-changed";
import { AttributionChain } from "./attribution-chain";
import { LocalLink } from "./local-link";
import { QuoteInContext } from "./quote-in-context";

/** An article's title is in the article's language (Hindi unless recorded otherwise). */
function articleLang(article: { lang?: string | null }, page: "hi" | "en") {
  const l = article.lang === "en" ? "en" : "hi";
  return langIf(l, page);
}

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
  const t = useTranslations("verdict.appearance");
  const locale = useLocale();
  const lang = langOf(locale);
  return (
    <ul className="space-y-4" data-testid="appearances">
      {mentions.map((m) => (
        <li key={m.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <LocalLink
              href={articleHref(m)}
              lang={articleLang(m.article, lang)}
              className="font-semibold text-brand hover:underline"
            >
              {m.article.title}
            </LocalLink>
            <span className="text-sm text-stone-600">{formatArticleDate(m.article, locale)}</span>
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
              {t("orphaned", { version: m.orphanedFromRevision })}
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
