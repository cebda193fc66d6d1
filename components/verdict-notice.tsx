import { useLocale, useTranslations } from "next-intl";
import { formatDate, isoDay } from "@/lib/calendar/format";
import { langOf } from "@/lib/i18n/locale";
import { inLang, langIf } from "@/lib/public/in-lang";

/** What readers are told first when a published fact check changed after publication. */
const NOTICES = {
  RETRACTION: {
    box: "border-red-700 bg-red-50",
    title: "text-red-800",
    testId: "retracted-banner",
  },
  CORRECTION: {
    box: "border-amber-600 bg-amber-50",
    title: "text-amber-900",
    testId: "corrected-notice",
  },
  CLARIFICATION: {
    box: "border-sky-700 bg-sky-50",
    title: "text-sky-900",
    testId: "corrected-notice",
  },
} as const;

type Change = {
  id: string;
  kind: keyof typeof NOTICES;
  noteHi: string;
  noteEn: string | null;
  publishedAt: Date | string | null;
};

/**
 * The dated notice at the top of a verdict page: a retraction, else the newest published correction
 * or clarification, with its note and a link to its entry in the corrections log. One component for
 * every kind, so a corrected page says so as plainly as a retracted one. The date is the newsroom
 * day it was published (lib/calendar), the day the log and the feed give it.
 */
export function VerdictNotice({
  retractedAt,
  corrections,
}: {
  retractedAt: Date | string | null;
  corrections: Change[];
}) {
  const t = useTranslations("verdict.notice");
  const locale = useLocale();
  const lang = langOf(locale);
  const published = corrections.filter((c) => c.publishedAt);
  const change = retractedAt
    ? published.find((c) => c.kind === "RETRACTION")
    : published.toSorted(
        (a, b) => +new Date(b.publishedAt ?? 0) - +new Date(a.publishedAt ?? 0),
      )[0];
  const kind = retractedAt ? "RETRACTION" : change?.kind;
  const at = retractedAt ?? change?.publishedAt;
  if (!kind || !at) return null;
  const n = NOTICES[kind];
  const note = change ? inLang(lang, change.noteHi, change.noteEn) : null;
  return (
    <div
      role="note"
      className={`space-y-2 rounded-lg border-2 p-4 ${n.box}`}
      data-testid={n.testId}
    >
      <p className={`text-lg font-bold ${n.title}`}>
        {t(kind)}{" "}
        <time dateTime={isoDay(at) ?? undefined} data-testid="notice-date">
          ({formatDate(at, locale)})
        </time>
      </p>
      {change && note && (
        <>
          <p lang={langIf(note.lang, lang)} className="whitespace-pre-line">
            {note.text}
          </p>
          {note.other && (
            <p lang={note.other.lang} className="whitespace-pre-line text-stone-700">
              {note.other.text}
            </p>
          )}
          {!retractedAt && (
            <p className="text-sm">
              <a href={`#correction-${change.id}`} className="underline">
                {t("whatChanged")}
              </a>
            </p>
          )}
        </>
      )}
    </div>
  );
}
