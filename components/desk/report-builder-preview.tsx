import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/calendar/format";
import { langOf } from "@/lib/i18n/locale";
import type { ReportPreview } from "@/lib/report/data";
import { inLang } from "@/lib/report/in-lang";
import { StatusBadge } from "../status-badge";

/** What the report's filters cover, counted: the builder's preview, drawn on the server. */
export function ReportPreviewView({
  preview,
  includeDrafts,
}: {
  preview: ReportPreview;
  includeDrafts: boolean;
}) {
  const t = useTranslations("reports.preview");
  const te = useTranslations("enums");
  const locale = useLocale();
  const lang = langOf(locale);
  const count = (n: number) => formatNumber(n, locale);
  const verdicts = preview.byRating.reduce((n, r) => n + r.verdicts, 0);
  const widest = Math.max(1, ...preview.byRating.map((r) => r.verdicts));
  return (
    <section
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm"
      aria-labelledby="report-preview-title"
      data-testid="report-preview"
    >
      <header>
        <p className="text-sm uppercase tracking-wide text-stone-600">
          {t("heading")} {includeDrafts ? t("draftsIncluded") : t("publishedOnly")}
        </p>
        <h2 id="report-preview-title" className="text-xl font-semibold" data-testid="report-title">
          {preview.title}
        </h2>
      </header>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {(
          [
            [t("claims"), preview.claims, "claims"],
            [t("appearances"), preview.appearances, "appearances"],
            [t("sources"), preview.sources, "sources"],
            [t("verdicts"), verdicts, "verdicts"],
          ] as const
        ).map(([label, n, id]) => (
          <div key={id} className="rounded bg-stone-100 p-3">
            <dt className="text-stone-700">{label}</dt>
            <dd className="text-2xl font-bold" data-testid={`count-${id}`}>
              {count(n)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm" data-testid="count-by-status">
        {(["OPEN", "SENT_BACK", "IN_REVIEW", "PUBLISHED"] as const).map((s, i) => (
          <span key={s}>
            {i > 0 && " · "}
            {te(`ClaimStatus.${s}`)}:{" "}
            <strong data-testid={`status-${s}`}>{count(preview.byStatus[s])}</strong>
          </span>
        ))}
      </p>
      {preview.byRating.length > 0 && (
        <figure>
          <figcaption className="text-sm font-semibold">{t("byRating")}</figcaption>
          {/* A list of text with bars beside it: screen readers read the numbers, not the shapes. */}
          <ul className="mt-2 space-y-1 text-sm" data-testid="rating-chart">
            {preview.byRating.map((r) => {
              const label = inLang(r.labelHi, r.labelEn, lang);
              return (
                <li key={r.id} className="grid grid-cols-[10rem_1fr_3rem] items-center gap-2">
                  <span lang={label && label.firstLang !== lang ? label.firstLang : undefined}>
                    {label?.first}
                  </span>
                  <span className="h-3 rounded bg-stone-100" aria-hidden="true">
                    <span
                      className="block h-3 rounded"
                      style={{
                        width: `${(100 * r.verdicts) / widest}%`,
                        backgroundColor: r.colour,
                      }}
                    />
                  </span>
                  <span className="text-right tabular-nums">{count(r.verdicts)}</span>
                </li>
              );
            })}
          </ul>
        </figure>
      )}
      {preview.claims === 0 ? (
        <p className="text-sm text-stone-600" data-testid="no-claims">
          {includeDrafts ? t("noClaims") : t("noPublishedClaims")}
        </p>
      ) : (
        <div>
          <h3 className="text-sm font-semibold">
            {preview.claims > preview.first.length
              ? t("firstOf", { shown: preview.first.length, total: preview.claims })
              : t("claimsHeading")}
          </h3>
          <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm" data-testid="first-claims">
            {preview.first.map((c) => {
              const text = inLang(c.textHi, c.textEn, lang);
              return (
                <li key={c.id}>
                  <Link
                    href={`/desk/claims/${c.id}`}
                    lang={text && text.firstLang !== lang ? text.firstLang : undefined}
                    className="hover:underline"
                  >
                    {text?.first}
                  </Link>{" "}
                  <StatusBadge status={c.status} />
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
