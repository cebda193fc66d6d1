import { useLocale, useTranslations } from "next-intl";
import { authorsText } from "@/lib/author/names";
import { authorsOf } from "@/lib/author/schema";
import { formatStoredDay } from "@/lib/calendar/format";
import type { DossierEvidence } from "@/lib/claim/dossier";
import { langOf } from "@/lib/i18n/locale";
import { langIf } from "@/lib/public/in-lang";

const STANCE_STYLE = {
  SUPPORTS: "bg-green-100 text-green-900",
  CONTRADICTS: "bg-red-100 text-red-900",
  CONTEXT: "bg-sky-100 text-sky-900",
};

export function SourceList({
  evidence,
  actions,
}: {
  evidence: DossierEvidence[];
  actions?: (e: DossierEvidence) => React.ReactNode;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const lang = langOf(locale);
  if (evidence.length === 0) return <p className="text-stone-600">{t("verdict.source.none")}</p>;
  return (
    <ol className="space-y-3" data-testid="sources">
      {evidence.map((e) => (
        // The anchor a misattribution notice links to ("the evidence shows it came from …").
        <li
          key={e.id}
          id={`source-${e.id}`}
          className="rounded-lg border border-stone-200 bg-white p-4"
        >
          <div className="flex flex-wrap items-center gap-2">
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STANCE_STYLE[e.stance]}`}>
              {t(`enums.Stance.${e.stance}`)}
            </span>
            <a
              href={e.source.url}
              rel="noopener noreferrer nofollow"
              target="_blank"
              className="font-semibold text-brand hover:underline"
              lang={e.source.lang && e.source.lang !== lang ? e.source.lang : undefined}
            >
              {e.source.title}
            </a>
            {actions?.(e)}
          </div>
          <p className="mt-1 text-sm text-stone-600">
            {[
              authorsText(authorsOf(e.source.authors)),
              e.source.publisher,
              e.source.publishedAt &&
                t("verdict.source.published", {
                  date: formatStoredDay(e.source.publishedAt, locale),
                }),
              e.source.accessedAt &&
                t("verdict.source.accessed", {
                  date: formatStoredDay(e.source.accessedAt, locale),
                }),
            ]
              .filter(Boolean)
              .join(" · ")}
            {e.source.archiveUrl && (
              <>
                {" · "}
                <a
                  href={e.source.archiveUrl}
                  rel="noopener noreferrer nofollow"
                  className="underline"
                >
                  {t("verdict.source.archived")}
                </a>
              </>
            )}
          </p>
          {e.quote && (
            <blockquote
              className="mt-2 border-l-2 border-stone-300 pl-3 text-stone-700"
              lang={langIf("hi", lang)}
            >
              “{e.quote}”
            </blockquote>
          )}
          {e.note && <p className="mt-2 text-sm text-stone-700">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
