import { formatDate, isoDay } from "@/lib/calendar/format";

/** What readers are told first when a published fact check changed after publication. */
const NOTICES = {
  RETRACTION: {
    hi: "यह फैक्ट चेक वापस ले लिया गया है",
    en: "This fact check has been retracted",
    box: "border-red-700 bg-red-50",
    title: "text-red-800",
    testId: "retracted-banner",
  },
  CORRECTION: {
    hi: "इस फैक्ट चेक में सुधार किया गया है",
    en: "This fact check has been corrected",
    box: "border-amber-600 bg-amber-50",
    title: "text-amber-900",
    testId: "corrected-notice",
  },
  CLARIFICATION: {
    hi: "इस फैक्ट चेक में स्पष्टीकरण जोड़ा गया है",
    en: "A clarification has been added to this fact check",
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
  return (
    <div
      role="note"
      className={`space-y-2 rounded-lg border-2 p-4 ${n.box}`}
      data-testid={n.testId}
    >
      <p className={`text-lg font-bold ${n.title}`}>
        <span lang="hi">{n.hi}</span> · {n.en}{" "}
        <time dateTime={isoDay(at) ?? undefined} data-testid="notice-date">
          (<span lang="hi">{formatDate(at, "hi")}</span> · {formatDate(at)})
        </time>
      </p>
      {change && (
        <>
          <p lang="hi" className="whitespace-pre-line">
            {change.noteHi}
          </p>
          {change.noteEn && <p className="whitespace-pre-line">{change.noteEn}</p>}
          {!retractedAt && (
            <p className="text-sm">
              <a href={`#correction-${change.id}`} className="underline">
                <span lang="hi">सुधार का ब्योरा</span> · What changed
              </a>
            </p>
          )}
        </>
      )}
    </div>
  );
}
