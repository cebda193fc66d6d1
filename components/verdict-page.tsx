import { useLocale, useTranslations } from "next-intl";
import { ClaimAppearances } from "@/components/claim-appearances";
import { CorrectionsSection } from "@/components/corrections-log";
import { MisattributionNote, OriginatorLine } from "@/components/misattribution-note";
import { RatingBadge } from "@/components/rating-badge";
import { SourceList } from "@/components/source-list";
import { VerdictNotice } from "@/components/verdict-notice";
import { formatDate, joinNames } from "@/lib/calendar/format";
import type { ClaimDossier } from "@/lib/claim/dossier";
import { langOf } from "@/lib/i18n/locale";
import { inLang, langIf } from "@/lib/public/in-lang";

/**
 * The public verdict page's content. The reader's page renders it for a published claim; the desk's
 * publish preview renders it from the draft, so the reviewer confirms exactly what readers will get.
 * The ClaimReview markup is the caller's (the preview must not carry any).
 */
export function PublicVerdict({
  claim,
  verdict: v,
  children,
  changes,
}: {
  claim: ClaimDossier;
  verdict: NonNullable<ClaimDossier["verdict"]>;
  /** Rendered first inside the article: the public page's JSON-LD script. */
  children?: React.ReactNode;
  /** Articles the claim appears in whose text changed: said beside each appearance. */
  changes?: { id: string; revision: number; revisedAt: Date | null }[];
}) {
  const t = useTranslations("verdict");
  const locale = useLocale();
  const lang = langOf(locale);
  const text = inLang(lang, claim.textHi, claim.textEn);
  const summary = inLang(lang, v.summaryHi, v.summaryEn);
  const updated =
    v.updatedAt && v.publishedAt && +new Date(v.updatedAt) - +new Date(v.publishedAt) > 60_000;
  return (
    <article className="space-y-8">
      {children}
      <VerdictNotice retractedAt={claim.retractedAt} corrections={claim.corrections} />
      <header className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-stone-600">{t("claim")}</p>
        <h1
          lang={langIf(text.lang, lang)}
          className="text-3xl font-bold leading-snug"
          data-testid="claim-text"
        >
          {text.text}
        </h1>
        {text.other && (
          <p
            lang={text.other.lang}
            className="text-lg text-stone-700"
            data-testid="claim-text-other"
          >
            {text.other.text}
          </p>
        )}
        {claim.retractedAt ? (
          <p className="flex items-center gap-3">
            <span className="line-through opacity-60">
              <RatingBadge rating={v.rating} size="lg" />
            </span>
            <span className="font-semibold text-red-800" data-testid="rating-withdrawn">
              {t("ratingWithdrawn")}
            </span>
          </p>
        ) : (
          <RatingBadge rating={v.rating} size="lg" />
        )}
        <p lang={langIf(summary.lang, lang)} className="text-xl" data-testid="verdict-summary">
          {summary.text}
        </p>
        {summary.other && (
          <p lang={summary.other.lang} className="text-stone-700">
            {summary.other.text}
          </p>
        )}
        <OriginatorLine verdict={v} evidence={claim.evidence} />
      </header>

      <section>
        <h2 className="mb-3 text-xl font-semibold">{t("whyThisRating")}</h2>
        <div
          lang={langIf("hi", lang)}
          className="whitespace-pre-line rounded-lg bg-white p-5 text-lg"
          data-testid="rationale"
        >
          {v.rationale}
        </div>
      </section>

      <section>
        <h2 className="mb-3 text-xl font-semibold">{t("whoSaidIt")}</h2>
        <ClaimAppearances
          mentions={claim.mentions}
          articleHref={(m) =>
            // An orphaned appearance has no highlight in the current text to jump to. `?m=` sends
            // the reader on to the part of a long article that holds the words.
            m.orphanedFromRevision === null
              ? `/articles/${m.article.id}?m=${m.id}#m-${m.id}`
              : `/articles/${m.article.id}`
          }
          changes={changes}
          notes={(m) => <MisattributionNote mention={m} verdict={v} evidence={claim.evidence} />}
        />
      </section>

      <section>
        <h2 className="mb-3 text-xl font-semibold">{t("sources")}</h2>
        <SourceList evidence={claim.evidence} />
      </section>

      <CorrectionsSection corrections={claim.corrections} />

      <footer
        className="rounded-lg bg-stone-100 p-4 text-sm text-stone-700"
        data-testid="review-credits"
      >
        {t.rich("credits", {
          b: (chunks) => <strong>{chunks}</strong>,
          authors: joinNames(v.authors, locale),
          reviewer: v.reviewer?.name ?? "—",
          published: formatDate(v.publishedAt, locale),
        })}
        {updated ? t("updated", { updated: formatDate(v.updatedAt, locale) }) : ""}
      </footer>
    </article>
  );
}
