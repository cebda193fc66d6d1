import { useTranslations } from "next-intl";
import { LocalLink as Link } from "./local-link";

/**
 * Previous/next links between the parts of a long article (`lib/article/parts.ts`), with "part n
 * of m". Nothing for a one-part article. `href(n)` keeps whatever else the page's address says.
 */
export function ArticlePartsNav({
  n,
  count,
  href,
  position,
}: {
  n: number;
  count: number;
  href: (n: number) => string;
  position: "top" | "bottom";
}) {
  const t = useTranslations("verdict.parts");
  if (count <= 1) return null;
  return (
    <nav
      aria-label={t(position)}
      className="my-3 flex items-center justify-between gap-4 text-sm text-stone-600"
      data-testid={`article-parts-${position}`}
    >
      {n > 1 ? (
        <Link href={href(n - 1)} rel="prev" className="underline">
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("position", { n, count })}</span>
      {n < count ? (
        <Link href={href(n + 1)} rel="next" className="underline">
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
