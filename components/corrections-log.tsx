import { formatDateTime, zoneLabel } from "@/lib/calendar/format";
import { CORRECTION_KIND_LABELS } from "@/lib/labels";
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
const zonedDateTime = (d: Date | string | null) =>
  d ? `${formatDateTime(d)} ${zoneLabel(d)}` : formatDateTime(d);

function RatingChange({ from, to }: { from: Rating | null; to: Rating | null }) {
  if (!from || !to || from.labelEn === to.labelEn) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm" data-testid="rating-change">
      <span className="sr-only">Rating changed from</span>
      <RatingBadge rating={from} size="sm" />
      <span aria-hidden="true">→</span>
      <span className="sr-only">changed to</span>
      <RatingBadge rating={to} size="sm" />
    </span>
  );
}

export function CorrectionEntry({ c, children }: { c: LogEntry; children?: React.ReactNode }) {
  return (
    <li
      id={`correction-${c.id}`}
      className="space-y-1 rounded-lg bg-white p-4"
      data-testid="correction"
    >
      <p className="text-sm">
        <strong data-testid="correction-kind">
          <span lang="hi">{CORRECTION_KIND_LABELS[c.kind].hi}</span> ·{" "}
          {CORRECTION_KIND_LABELS[c.kind].en}
        </strong>{" "}
        <time
          className="text-stone-500"
          dateTime={c.publishedAt ? new Date(c.publishedAt).toISOString() : undefined}
        >
          {zonedDateTime(c.publishedAt)}
        </time>
      </p>
      {children}
      <p lang="hi" className="whitespace-pre-line" data-testid="correction-note">
        {c.noteHi}
      </p>
      {c.noteEn && <p className="whitespace-pre-line text-stone-600">{c.noteEn}</p>}
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
  if (corrections.length === 0) return null;
  return (
    <section id="corrections">
      <h2 className="mb-3 text-xl font-semibold">
        <span lang="hi">सुधार</span> · Corrections and clarifications
      </h2>
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
