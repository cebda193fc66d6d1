// The desk article page's parts: its header (title, credits line, details and new-version forms),
// the banner saying what a selection will do (log, re-select, re-attach an orphan), and the list of
// claims logged in it. Kept apart so the page reads as its layout.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleChanged } from "@/components/article-changed";
import { StatusBadge } from "@/components/status-badge";
import type { getArticleForDesk } from "@/lib/article/data";
import { formatArticleDate, isoDay } from "@/lib/calendar/format";
import type { listArticleOrphans } from "@/lib/claim/mention-data";
import { displayName, type NamedEntity } from "@/lib/entity/search-key";
import { type Lang, langOf } from "@/lib/i18n/locale";
import { pathIn } from "@/lib/i18n/negotiate.mjs";
import { ArticleMetaForm } from "./article-meta-form";
import { ArticleRevisionForm } from "./article-revision-form";
import { OrphanList } from "./orphan-list";

type DeskArticle = NonNullable<Awaited<ReturnType<typeof getArticleForDesk>>>;
type Orphan = Awaited<ReturnType<typeof listArticleOrphans>>[number];

/** An outlet's name in the page's language, or in the other one (marked as such) when it has none. */
export function OutletName({ outlet, lang }: { outlet: NamedEntity; lang: Lang }) {
  const own = lang === "hi" ? outlet.nameHi : outlet.nameEn;
  const other = lang === "hi" ? outlet.nameEn : outlet.nameHi;
  const shownLang = !own && other ? (lang === "hi" ? "en" : "hi") : undefined;
  return <span lang={shownLang}>{displayName(outlet, lang)}</span>;
}

export async function ArticleDeskHeader({ article }: { article: DeskArticle }) {
  const [t, locale] = await Promise.all([getTranslations("articles"), getLocale()]);
  return (
    <>
      <h1 className="text-2xl font-bold" lang={article.lang}>
        {article.title}
      </h1>
      <p className="text-sm text-stone-600" data-testid="article-meta">
        {article.outlet ? (
          <OutletName outlet={article.outlet} lang={langOf(locale)} />
        ) : (
          t("outletUnknown")
        )}{" "}
        · {formatArticleDate(article, locale)} ·{" "}
        <Link href={`/desk/reports?article=${article.id}`} className="underline">
          {t("page.citationReport")}
        </Link>{" "}
        ·{" "}
        <Link href={pathIn(`/articles/${article.id}`, langOf(locale))} className="underline">
          {t("page.publicPage")}
        </Link>
        {article.url && (
          <>
            {" "}
            ·{" "}
            <a href={article.url} className="underline" rel="noopener noreferrer">
              {t("page.original")}
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

export async function ArticleModeBanner({
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
  const t = await getTranslations("articles.page");
  const tc = await getTranslations("common");
  return (
    <>
      {orphans.length > 0 && !orphan && (
        <section
          id="orphans"
          className="mt-3 rounded border-2 border-amber-400 bg-amber-50 p-3"
          data-testid="orphan-banner"
        >
          <h2 className="font-semibold text-amber-900">
            {t("orphansHeading", { count: orphans.length })}
          </h2>
          <p className="mb-2 text-sm text-amber-900">{t("orphansHint")}</p>
          <OrphanList orphans={orphans} showArticle={false} />
        </section>
      )}
      {orphan ? (
        <div
          className="mt-2 rounded bg-blue-50 px-3 py-2 text-sm text-blue-900"
          data-testid="reattach-banner"
        >
          <p>
            {t("reattachHint")}{" "}
            <Link href={`/desk/articles/${articleId}`} className="underline">
              {tc("cancel")}
            </Link>
          </p>
          <p className="mt-1">
            {t("was")}{" "}
            <span lang="hi">
              …{orphan.prefix}
              <mark className="claim">{orphan.exact}</mark>
              {orphan.suffix}…
            </span>
          </p>
        </div>
      ) : reselectClaimId ? (
        <p
          className="mt-2 rounded bg-blue-50 px-3 py-2 text-sm text-blue-900"
          data-testid="reselect-banner"
        >
          {t("reselectHint")}{" "}
          <Link href={`/desk/claims/${reselectClaimId}`} className="underline">
            {tc("cancel")}
          </Link>
        </p>
      ) : (
        <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("selectHint")}
        </p>
      )}
      <p className="mt-2 flex flex-wrap gap-4 text-sm text-stone-600" data-testid="legend">
        <span>
          <mark className="claim">{t("legendLogged")}</mark>
        </span>
        <span>
          <mark className="claim withdrawn">{t("legendWithdrawn")}</mark>
        </span>
        <span>
          <mark className="suggestion">{t("legendSuggested")}</mark>
        </span>
      </p>
    </>
  );
}

export async function LoggedInArticle({ mentions }: { mentions: DeskArticle["mentions"] }) {
  const t = await getTranslations("articles.page");
  return (
    <>
      <h2 className="mt-8 font-semibold">{t("loggedHeading", { count: mentions.length })}</h2>
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
