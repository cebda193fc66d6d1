import { useLocale, useTranslations } from "next-intl";
import { LocalLink } from "@/components/local-link";
import { QuoteInContext } from "@/components/quote-in-context";
import { RatingBadge } from "@/components/rating-badge";
import type { PublicArticle } from "@/lib/article/data";
import { langOf } from "@/lib/i18n/locale";
import { langIf } from "@/lib/public/in-lang";

type Mention = Extract<PublicArticle, { full: false }>["mentions"][number];

/**
 * Another outlet's article as readers see it: each published claim with its quote and the few words
 * around it, and its verdict — never the article's paragraphs. Each item carries the appearance's
 * anchor (`#m-…`), so "where it appeared" links from a verdict page land on it.
 */
export function ClaimsInContext({ mentions }: { mentions: Mention[] }) {
  const t = useTranslations("public.article");
  if (mentions.length === 0) return <p className="mt-6 text-stone-600">{t("noneChecked")}</p>;
  return (
    <section className="mt-6" aria-labelledby="checked-claims">
      <h2 id="checked-claims" className="mb-3 text-lg font-semibold">
        {t("checkedClaims")}
      </h2>
      <ol className="space-y-4" data-testid="claims-in-context">
        {mentions.map((m) => (
          <ClaimItem key={m.id} m={m} />
        ))}
      </ol>
    </section>
  );
}

function ClaimItem({ m }: { m: Mention }) {
  const t = useTranslations("public.article");
  const lang = langOf(useLocale());
  const rating = m.claim.verdicts[0]?.rating;
  const href = `/claims/${m.claim.slug}`;
  return (
    <li id={`m-${m.id}`} className="rounded-lg border border-stone-200 bg-white p-4">
      <QuoteInContext prefix={m.prefix} exact={m.exact} suffix={m.suffix} context={m.context} />
      <p lang={langIf("hi", lang)} className="mt-3 font-semibold">
        <LocalLink href={href} className="text-brand hover:underline">
          {m.claim.textHi}
        </LocalLink>
      </p>
      <p className="mt-2">
        <LocalLink
          href={href}
          className="inline-flex items-center gap-2 hover:underline"
          data-testid="verdict-link"
        >
          {rating ? (
            <RatingBadge rating={rating} size="sm" />
          ) : (
            <span className="text-sm text-stone-600">{t("seeFactCheck")}</span>
          )}
          <span className="text-sm">{t("readFactCheck")}</span>
        </LocalLink>
      </p>
    </li>
  );
}
