import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/calendar/format";
import { dayOf } from "@/lib/calendar/zoned";
import { langOf } from "@/lib/i18n/locale";
import type { CitationReport, ReportClaim } from "@/lib/report/model";
import { attributionLine, formatCitation, inLang } from "@/lib/report/text";
import { StatusBadge } from "../status-badge";
import { PrintButton } from "./print-button";

/**
 * Of a text the data holds in both languages: the page's language first, the other after it, each
 * marked with its language when it is not the page's. Nothing when neither is there.
 */
function Both({
  hi,
  en,
  lang,
  secondClassName = "text-stone-700",
  as: Tag = "p",
  className,
  testId,
}: {
  hi: string | null | undefined;
  en: string | null | undefined;
  lang: "hi" | "en";
  secondClassName?: string;
  as?: "p" | "span";
  className?: string;
  testId?: string;
}) {
  const b = inLang(hi, en, lang);
  if (!b) return null;
  const mark = (l: "hi" | "en") => (l === lang ? undefined : l);
  return (
    <>
      <Tag lang={mark(b.firstLang)} className={className} data-testid={testId}>
        {b.first}
      </Tag>
      {b.second && (
        <Tag lang={mark(b.secondLang)} className={[className, secondClassName].join(" ")}>
          {b.second}
        </Tag>
      )}
    </>
  );
}

/** A retracted fact check no longer stands behind its rating: said above everything else about it. */
function Retracted({ claim, lang }: { claim: ReportClaim; lang: "hi" | "en" }) {
  const t = useTranslations("reports.doc");
  const note = claim.corrections.find((k) => k.kind === "RETRACTION");
  const words = note && inLang(note.textHi, note.textEn, lang);
  return (
    <p className="rounded bg-red-50 p-2 text-sm text-red-900" data-testid="report-retracted">
      <strong>{t("retracted", { day: dayOf(claim.retractedAt) ?? "" })}</strong>
      {words && (
        <>
          {" "}
          — <span lang={words.firstLang === lang ? undefined : words.firstLang}>{words.first}</span>
          {words.second && (
            <>
              {" "}
              (
              <span lang={words.secondLang === lang ? undefined : words.secondLang}>
                {words.second}
              </span>
              )
            </>
          )}
        </>
      )}
    </p>
  );
}

/**
 * The printable citation report: the same structured report every download is written from, in the
 * page's language. Printing shows the report alone: the desk's header and this page's links are
 * marked no-print.
 */
export function CitationReportView({
  report,
  builderHref,
}: {
  report: CitationReport & { truncated: boolean };
  builderHref: string;
}) {
  const locale = useLocale();
  const lang = langOf(locale);
  const t = useTranslations("reports");
  const te = useTranslations("enums");
  const other = lang === "hi" ? "en" : "hi";
  return (
    <article
      className="mx-auto max-w-4xl space-y-8 bg-white p-8 shadow-sm print:p-0 print:shadow-none"
      data-testid="citation-report"
    >
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <p className="text-sm uppercase tracking-wide text-stone-600">{t("print.kicker")}</p>
        <h1 className="text-2xl font-bold">{report.scope.title}</h1>
        <p className="text-sm text-stone-600">
          {t("print.generated", {
            when: formatDateTime(report.generatedAt, locale),
            zone: report.timeZone,
          })}{" "}
          · {t("print.claimCount", { count: report.claims.length })} ·{" "}
          {report.includesDrafts ? t("doc.draftsIncluded") : t("doc.publishedOnly")}
        </p>
        {report.truncated && (
          <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="truncated">
            {t("print.truncated", { count: report.claims.length })}
          </p>
        )}
        <div className="no-print flex flex-wrap gap-3 text-sm">
          <a href={builderHref} className="rounded border border-stone-400 px-3 py-1">
            {t("print.back")}
          </a>
          <PrintButton />
        </div>
      </header>
      {report.claims.map((c, i) => {
        const text = inLang(c.textHi, c.textEn, lang);
        const rating =
          c.verdict && inLang(c.verdict.rating.labelHi, c.verdict.rating.labelEn, lang);
        return (
          <section key={c.id} className="space-y-3 break-inside-avoid">
            <h2 className="text-xl font-semibold">
              {i + 1}.{" "}
              <span lang={text && text.firstLang !== lang ? text.firstLang : undefined}>
                {text?.first}
              </span>
              {c.isDraft && (
                <span className="ml-2 rounded bg-amber-100 px-2 text-sm text-amber-900">
                  {t("doc.draft")}
                </span>
              )}
            </h2>
            {c.retractedAt && <Retracted claim={c} lang={lang} />}
            {text?.second && (
              <p lang={text.secondLang} className="text-stone-700">
                {text.second}
              </p>
            )}
            <p className="text-sm">
              {t("doc.claimStatus")}: <StatusBadge status={c.status} />
              {c.verdict && (
                <>
                  {" "}
                  · {t("doc.verdict")}:{" "}
                  <strong lang={rating && rating.firstLang !== lang ? rating.firstLang : undefined}>
                    {rating?.first}
                  </strong>{" "}
                  (
                  {rating?.second && (
                    <>
                      <span lang={other}>{rating.second}</span>,{" "}
                    </>
                  )}
                  {te(`VerdictStatus.${c.verdict.status}`)}) · {t("doc.by")}:{" "}
                  {c.verdict.authors.map((a) => a.name).join(", ")}
                  {c.verdict.reviewer &&
                    `; ${t("doc.reviewedBy", { name: c.verdict.reviewer.name })}`}
                  {c.verdict.publishedAt &&
                    ` · ${t("doc.published", { when: dayOf(c.verdict.publishedAt) ?? "" })}`}
                </>
              )}
              {c.url && (
                <>
                  {" "}
                  · <a href={c.url}>{c.url}</a>
                </>
              )}
            </p>
            {c.verdict && <Both hi={c.verdict.summaryHi} en={c.verdict.summaryEn} lang={lang} />}
            {c.verdict?.rationale.trim() && (
              <>
                <h3 className="font-semibold">{t("doc.why")}</h3>
                {/* The rationale is typed in Hindi (the verdict page's language of record). */}
                <p
                  lang={lang === "hi" ? undefined : "hi"}
                  className="whitespace-pre-line text-sm"
                  data-testid="report-rationale"
                >
                  {c.verdict.rationale.trim()}
                </p>
              </>
            )}
            <h3 className="font-semibold">{t("doc.appearances")}</h3>
            {c.appearances.length === 0 ? (
              <p className="text-sm text-stone-600">{t("doc.none")}</p>
            ) : (
              <ul className="list-disc space-y-1 pl-6 text-sm">
                {c.appearances.map((a) => (
                  <li key={a.mentionId}>
                    <span lang={a.article.lang === lang ? undefined : a.article.lang}>
                      “{a.quote}”
                    </span>
                    {/* The chain as the verdict page says it, ending with the outlet. */}
                    <br />
                    <span data-testid="report-chain">{attributionLine(a, lang)}</span>
                    <br />
                    {t("doc.inArticle")}{" "}
                    <a
                      href={a.article.url}
                      lang={a.article.lang === lang ? undefined : a.article.lang}
                    >
                      <em>{a.article.title}</em>
                    </a>
                    , {dayOf(a.article.date) ?? t("doc.undated")}.
                  </li>
                ))}
              </ul>
            )}
            <h3 className="font-semibold">{t("doc.sources")}</h3>
            {c.sources.length === 0 ? (
              <p className="text-sm text-stone-600">{t("doc.noSources")}</p>
            ) : (
              <ol className="list-decimal space-y-1 pl-6 text-sm">
                {c.sources.map((s) => (
                  <li key={s.evidenceId}>
                    {formatCitation(s, lang)} <em>[{te(`Stance.${s.stance}`)}]</em>
                    {s.pinpoint && (
                      <span lang={s.language && s.language !== lang ? s.language : undefined}>
                        {" "}
                        “{s.pinpoint}”
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            )}
            <h3 className="font-semibold">{t("doc.corrections")}</h3>
            {c.corrections.length === 0 ? (
              <p className="text-sm text-stone-600">{t("doc.none")}</p>
            ) : (
              <ul className="list-disc space-y-1 pl-6 text-sm">
                {c.corrections.map((k) => (
                  <li key={k.at + k.textHi}>
                    {dayOf(k.at)} · {te(`CorrectionKind.${k.kind}`)}:{" "}
                    <Both
                      hi={k.textHi}
                      en={k.textEn}
                      lang={lang}
                      as="span"
                      secondClassName="ml-1"
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </article>
  );
}
