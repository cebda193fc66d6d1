import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArticleChanged } from "@/components/article-changed";
import { ArticlePartsNav } from "@/components/article-parts-nav";
import { ArticleText } from "@/components/article-text";
import { furnitureOf } from "@/lib/article/furniture";
import { articleParts, partAt, partNamed } from "@/lib/article/parts";
import { displayName } from "@/lib/entity/search-key";
import { formatArticleDate } from "@/lib/format";
import { getPublishedArticle } from "@/lib/public/data";
import { articleIdSchema, parseParam } from "@/lib/public/params";

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
  return article ? { title: article.title } : {};
}

export default async function PublicArticlePage(props: Props) {
  const [article, q] = await Promise.all([articleFor(props), props.searchParams]);
  if (!article) notFound();
  // A long article is read in parts (lib/article/parts.ts): each page is one bounded window.
  const parts = articleParts(article.body);
  const href = (n: number) =>
    n === 1 ? `/articles/${article.id}` : `/articles/${article.id}?part=${n}`;
  // "Where it appeared" links name the appearance (`?m=`): sent on to the part that holds it, so
  // the cached pages are only the parts themselves; a made-up one goes to the first part, not to
  // a render of its own.
  if (q.m !== undefined) {
    const linked = article.mentions.find((m) => m.id === q.m);
    redirect(linked ? `${href(partAt(parts, linked.start).n)}#m-${linked.id}` : href(1));
  }
  const part = q.part === undefined ? parts[0] : partNamed(parts, q.part);
  if (!part) notFound();
  const inPart = article.mentions.filter((m) => m.start < part.end && m.end > part.start);
  const highlights = inPart.map((m) => {
    const rating = m.claim.verdicts[0]?.rating;
    return {
      id: m.id,
      start: m.start,
      end: m.end,
      href: `/claims/${m.claim.slug}`,
      title: rating ? `${rating.labelHi} · ${rating.labelEn}: ${m.claim.textHi}` : m.claim.textHi,
      colour: rating?.colour,
    };
  });
  return (
    <article>
      {/* Imported texts often open with their own headline: then the heading is for screen readers
          and the outline only, not shown twice. */}
      <h1
        lang={article.lang}
        className={
          article.body.slice(0, 400).includes(article.title) ? "sr-only" : "mb-2 text-2xl font-bold"
        }
      >
        {article.title}
      </h1>
      <p className="text-sm text-stone-500">
        {article.outlet ? displayName(article.outlet) : "Outlet not recorded"} ·{" "}
        {formatArticleDate(article)}
        {article.url && (
          <>
            {" · "}
            <a href={article.url} rel="noopener noreferrer nofollow" className="underline">
              original
            </a>
          </>
        )}
      </p>
      <ArticleChanged revision={article.revision} revisedAt={article.revisedAt} />
      <p className="mt-1 text-sm text-stone-600">
        {article.mentions.length === 0
          ? "No claim in this article has a published fact check yet."
          : `${article.mentions.length} fact-checked claim${article.mentions.length === 1 ? "" : "s"} highlighted: follow a highlight to its verdict.`}
      </p>
      <ArticlePartsNav n={part.n} count={parts.length} href={href} position="top" />
      <div className="mt-6 rounded-lg bg-white p-6 shadow-sm">
        {/* Page furniture (ads, other stories' teasers) is left out; highlights keep body offsets. */}
        <ArticleText
          body={article.body}
          highlights={highlights}
          furniture={furnitureOf(article)}
          furnitureMode="omit"
          part={part}
        />
      </div>
      <ArticlePartsNav n={part.n} count={parts.length} href={href} position="bottom" />
    </article>
  );
}
