import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, zoneLabel } from "@/lib/calendar/format";
import { langOf } from "@/lib/i18n/locale";
import type { CORRECTION_KIND_LABELS } from "@/lib/labels";
import { inLang, langIf } from "@/lib/public/in-lang";
import { RatingBadge } from "./rating-badge";

type Rating = { labelHi: string; labelEn: string; colour: string };
export interface LogEntry {
  id: string;
  kind: keyof typeof CORRECTION_KIND_LABELS;
  noteHi: string;
  noteEn: string | null;
  publishedAt: Date | string | null;
  from: Rating | null;
  to: Rating | null;
}

/** Dated, in the newsroom's zone and saying so: readers elsewhere must not misread the day. */
const zonedDateTime = (d: Date | string | null, locale: string) =>
  d ? `${formatDateTime(d, locale)} ${zoneLabel(d, locale)}` : formatDateTime(d, locale);

function RatingChange({ from, to }: { from: Rating | null; to: Rating | null }) {
  const t = useTranslations("verdict.corrections");
  if (!from || !to || from.labelEn === to.labelEn) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm" data-testid="rating-change">
      <span className="sr-only">{t("ratingChangedFrom")}</span>
      <RatingBadge rating={from} size="sm" />
      <span aria-hidden="true">→</span>
      <span className="sr-only">{t("changedTo")}</span>
      <RatingBadge rating={to} size="sm" />
    </span>
  );
}

export function CorrectionEntry({ c, children }: { c: LogEntry; children?: React.ReactNode }) {
  const t = useTranslations("enums");
  const locale = useLocale();
  const lang = langOf(locale);
  const note = inLang(lang, c.noteHi, c.noteEn);
  return (
    <li
      id={`correction-${c.id}`}
      className="space-y-1 rounded-lg bg-white p-4"
      data-testid="correction"
    >
      <p className="text-sm">
        <strong data-testid="correction-kind">{t(`CorrectionKind.${c.kind}`)}</strong>{" "}
        <time
          className="text-stone-600"
          dateTime={c.publishedAt ? new Date(c.publishedAt).toISOString() : undefined}
        >
          {zonedDateTime(c.publishedAt, locale)}
        </time>
      </p>
      {children}
      <p
        lang={langIf(note.lang, lang)}
        className="whitespace-pre-line"
        data-testid="correction-note"
      >
        {note.text}
      </p>
      {note.other && (
        <p lang={note.other.lang} className="whitespace-pre-line text-stone-700">
          {note.other.text}
        </p>
      )}
      <RatingChange from={c.from} to={c.to} />
    </li>
  );
}

type VersionSeen = { rating: Rating } | null;

/** The verdict page's dated log of its published corrections, clarifications and retraction. */
export function CorrectionsSection({
  corrections,
}: {
  corrections: (Omit<LogEntry, "from" | "to"> & { from: VersionSeen; to: VersionSeen })[];
}) {
  const t = useTranslations("verdict.corrections");
  if (corrections.length === 0) return null;
  return (
    <section id="corrections">
      <h2 className="mb-3 text-xl font-semibold">{t("heading")}</h2>
      <ol className="space-y-3" data-testid="corrections-log">
        {corrections.map((c) => (
          <CorrectionEntry
            key={c.id}
            c={{ ...c, from: c.from?.rating ?? null, to: c.to?.rating ?? null }}
          />
        ))}
      </ol>
    </section>
  );
}
