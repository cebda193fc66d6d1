import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleChanged } from "@/components/article-changed";
import { formatArticleDate } from "@/lib/calendar/format";
import { langOf } from "@/lib/i18n/locale";
import { pathIn } from "@/lib/i18n/negotiate.mjs";
import { readerAlternates } from "@/lib/public/alternates";
import { getPublishedArticle } from "@/lib/public/data";
import { langIf, nameIn } from "@/lib/public/in-lang";
import { articleIdSchema, parseParam } from "@/lib/public/params";
import { ClaimsInContext } from "./claims-in-context";
import { FullText } from "./full-text";
import { OriginalLink } from "./original-link";

// Rendered per request, cached as a page by the production server's front cache (see the claim page).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ part?: string | string[]; m?: string | string[] }>;
};

async function articleFor({ params }: Props) {
  const id = parseParam(articleIdSchema, (await params).id);
  return id === null ? null : getPublishedArticle(id);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const article = await articleFor(props);
  return article
    ? {
        title: article.title,
        alternates: readerAlternates(`/articles/${article.id}`, langOf(await getLocale())),
      }
    : {};
}

export default async function PublicArticlePage(props: Props) {
  const [article, q] = await Promise.all([articleFor(props), props.searchParams]);
  if (!article) notFound();
  const t = await getTranslations("public.article");
  const locale = await getLocale();
  const lang = langOf(locale);
  const base = `/articles/${article.id}`;
  // Another outlet's article is one page of its claims in context (lib/article/text-rights.ts):
  // "where it appeared" links land on the claim's item, and a part of the text is not there to show
  // (`?part=1` is the page itself, as the front cache already keys it).
  if (!article.full && (q.m !== undefined || (q.part !== undefined && q.part !== "1"))) {
    const linked = article.mentions.find((m) => m.id === q.m);
    redirect(pathIn(linked ? `${base}#m-${linked.id}` : base, lang));
  }
  const outlet = article.outlet ? nameIn(article.outlet, lang) : null;
  const headlineInText = article.full && article.body.slice(0, 400).includes(article.title);
  return (
    <article>
      {/* Imported texts often open with their own headline: then the heading is for screen readers
          and the outline only, not shown twice. */}
      <h1
        lang={langIf(article.lang === "en" ? "en" : "hi", lang)}
        className={headlineInText ? "sr-only" : "mb-2 text-2xl font-bold"}
      >
        {article.title}
      </h1>
      <p className="text-sm text-stone-600">
        {outlet ? (
          <span lang={langIf(outlet.lang, lang)}>{outlet.text}</span>
        ) : (
          t("outletNotRecorded")
        )}
        {" · "}
        {formatArticleDate(article, locale)}
        {article.full && article.url && (
          <>
            {" · "}
            <a href={article.url} rel="noopener noreferrer nofollow" className="underline">
              {t("original")}
            </a>
          </>
        )}
      </p>
      <ArticleChanged revision={article.revision} revisedAt={article.revisedAt} />
      {article.full ? (
        <FullText article={article} q={q} base={base} lang={lang} />
      ) : (
        <>
          <OriginalLink url={article.url} outlet={article.outlet} />
          <ClaimsInContext mentions={article.mentions} />
        </>
      )}
    </article>
  );
}
