import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/calendar/format";
import type { ClaimDossier } from "@/lib/claim/dossier";
import { langOf } from "@/lib/i18n/locale";
import { inLang, langIf } from "@/lib/public/in-lang";
import { LocalLink } from "./local-link";
import { RatingBadge } from "./rating-badge";

export function VerdictCard({ claim }: { claim: ClaimDossier }) {
  const t = useTranslations("verdict");
  const locale = useLocale();
  const lang = langOf(locale);
  const v = claim.verdict;
  if (!v) return null; // only published claims, which always have a verdict, reach this card
  const text = inLang(lang, claim.textHi, claim.textEn);
  const summary = inLang(lang, v.summaryHi, v.summaryEn);
  return (
    <article
      className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
      data-testid="verdict-card"
    >
      <div className="flex items-center justify-between gap-3">
        {claim.retractedAt ? (
          <span className="text-sm font-semibold text-red-800" data-testid="card-retracted">
            {t("retracted")}
          </span>
        ) : (
          <RatingBadge rating={v.rating} size="sm" />
        )}
        <time className="text-sm text-stone-600">{formatDate(v.publishedAt, locale)}</time>
      </div>
      <h2 lang={langIf(text.lang, lang)} className="mt-3 text-xl font-semibold">
        <LocalLink href={`/claims/${claim.slug}`} className="hover:underline">
          {text.text}
        </LocalLink>
      </h2>
      <p lang={langIf(summary.lang, lang)} className="mt-2 text-stone-700">
        {summary.text}
      </p>
    </article>
  );
}
