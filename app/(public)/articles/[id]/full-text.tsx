import { notFound, redirect } from "next/navigation";
import { useTranslations } from "next-intl";
import { ArticlePartsNav } from "@/components/article-parts-nav";
import { ArticleText } from "@/components/article-text";
import type { PublicArticle } from "@/lib/article/data";
import { articleParts, partAt, partNamed } from "@/lib/article/parts";
import { type Lang, pathIn } from "@/lib/i18n/negotiate.mjs";
import { inLang } from "@/lib/public/in-lang";
import { furnitureOf } from "@/lib/text/furniture";

type Full = Extract<PublicArticle, { full: true }>;

/**
 * The newsroom's own or a licensed article: the whole annotated text, read in parts
 * (lib/article/parts.ts), each page one bounded window.
 */
export function FullText({
  article,
  q,
  base,
  lang,
}: {
  lang: Lang;
  article: Full;
  q: { part?: string | string[]; m?: string | string[] };
  base: string;
}) {
  const t = useTranslations("public.article");
  const parts = articleParts(article.body);
  const href = (n: number) => (n === 1 ? base : `${base}?part=${n}`);
  // "Where it appeared" links name the appearance (`?m=`): sent on to the part that holds it, so
  // the cached pages are only the parts themselves; a made-up one goes to the first part, not to
  // a render of its own.
  if (q.m !== undefined) {
    const linked = article.mentions.find((m) => m.id === q.m);
    redirect(
      pathIn(linked ? `${href(partAt(parts, linked.start).n)}#m-${linked.id}` : href(1), lang),
    );
  }
  const part = q.part === undefined ? parts[0] : partNamed(parts, q.part);
  if (!part) notFound();
  const inPart = article.mentions.filter((m) => m.start < part.end && m.end > part.start);
  const highlights = inPart.map((m) => {
    const rating = m.claim.verdicts[0]?.rating;
    // The article's claims come with their Hindi wording (lib/article/data.ts getPublicArticle).
    const text = inLang(lang, m.claim.textHi, null);
    return {
      id: m.id,
      start: m.start,
      end: m.end,
      href: `/claims/${m.claim.slug}`,
      title: rating
        ? `${lang === "en" ? rating.labelEn : rating.labelHi}: ${text.text}`
        : text.text,
      colour: rating?.colour,
    };
  });
  return (
    <>
      <p className="mt-1 text-sm text-stone-600">
        {t("highlighted", { count: article.mentions.length })}
      </p>
      <ArticlePartsNav n={part.n} count={parts.length} href={href} position="top" />
      <div className="mt-6 rounded-lg bg-white p-6 shadow-sm" data-testid="article-full-text">
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
    </>
  );
}
