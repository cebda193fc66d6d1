import { formatDateTime } from "@/lib/calendar/format";
import { dayOf } from "@/lib/calendar/zoned";
import { CORRECTION_KIND_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/labels";
import type { CitationReport, ReportClaim } from "@/lib/report/model";
import { attributionLine, formatCitation } from "@/lib/report/text";
import { StatusBadge } from "../status-badge";
import { PrintButton } from "./print-button";

/** A retracted fact check no longer stands behind its rating: said above everything else about it. */
function Retracted({ claim }: { claim: ReportClaim }) {
  const note = claim.corrections.find((k) => k.kind === "RETRACTION");
  return (
    <p className="rounded bg-red-50 p-2 text-sm text-red-900" data-testid="report-retracted">
      <strong>
        <span lang="hi">वापस लिया गया</span> · Retracted {dayOf(claim.retractedAt)}
      </strong>
      {note && (
        <>
          {" "}
          — <span lang="hi">{note.textHi}</span>
          {note.textEn && <> ({note.textEn})</>}
        </>
      )}
    </p>
  );
}

/**
 * The printable citation report: the same structured report every download is written from. Printing
 * shows the report alone: the desk's header and this page's links are marked no-print.
 */
export function CitationReportView({
  report,
  builderHref,
}: {
  report: CitationReport & { truncated: boolean };
  builderHref: string;
}) {
  return (
    <article
      className="mx-auto max-w-4xl space-y-8 bg-white p-8 shadow-sm print:p-0 print:shadow-none"
      data-testid="citation-report"
    >
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <p className="text-sm uppercase tracking-wide text-stone-500">Citation report · प्रमाण</p>
        <h1 lang="hi" className="text-2xl font-bold">
          {report.scope.title}
        </h1>
        <p className="text-sm text-stone-500">
          Generated {formatDateTime(report.generatedAt)} · dates in {report.timeZone} ·{" "}
          {report.claims.length} claim{report.claims.length === 1 ? "" : "s"} ·{" "}
          {report.includesDrafts ? "includes drafts, marked DRAFT" : "published work only"}
        </p>
        {report.truncated && (
          <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="truncated">
            This page shows the first {report.claims.length} claims only. Download the report for
            all of them.
          </p>
        )}
        <div className="no-print flex flex-wrap gap-3 text-sm">
          <a href={builderHref} className="rounded border border-stone-400 px-3 py-1">
            ← Report builder and downloads
          </a>
          <PrintButton />
        </div>
      </header>
      {report.claims.map((c, i) => (
        <section key={c.id} className="space-y-3 break-inside-avoid">
          <h2 lang="hi" className="text-xl font-semibold">
            {i + 1}. {c.textHi}
            {c.isDraft && (
              <span className="ml-2 rounded bg-amber-100 px-2 text-sm text-amber-900">DRAFT</span>
            )}
          </h2>
          {c.retractedAt && <Retracted claim={c} />}
          {c.textEn && <p className="text-stone-600">{c.textEn}</p>}
          <p className="text-sm">
            Status: <StatusBadge status={c.status} />
            {c.verdict && (
              <>
                {" "}
                · Verdict: <strong lang="hi">{c.verdict.rating.labelHi}</strong> (
                {c.verdict.rating.labelEn}, {STATUS_LABELS[c.verdict.status].en}) · by{" "}
                {c.verdict.authors.map((a) => a.name).join(", ")}
                {c.verdict.reviewer && `, reviewed by ${c.verdict.reviewer.name}`}
                {c.verdict.publishedAt && ` · published ${dayOf(c.verdict.publishedAt)}`}
              </>
            )}
            {c.url && (
              <>
                {" "}
                · <a href={c.url}>{c.url}</a>
              </>
            )}
          </p>
          {c.verdict && <p lang="hi">{c.verdict.summaryHi}</p>}
          {c.verdict?.summaryEn && <p className="text-stone-600">{c.verdict.summaryEn}</p>}
          {c.verdict?.rationale.trim() && (
            <>
              <h3 className="font-semibold">
                <span lang="hi">हमारी पड़ताल</span> · Why this rating
              </h3>
              <p lang="hi" className="whitespace-pre-line text-sm" data-testid="report-rationale">
                {c.verdict.rationale.trim()}
              </p>
            </>
          )}
          <h3 className="font-semibold">Appearances</h3>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {c.appearances.map((a) => (
              <li key={a.mentionId}>
                <span lang="hi">“{a.quote}”</span>
                {/* The chain as the verdict page says it, ending with the outlet. */}
                <br />
                <span lang="hi" data-testid="report-chain">
                  {attributionLine(a)}
                </span>
                <br />
                <span className="text-stone-600">{attributionLine(a, "en")}</span>
                <br />
                In{" "}
                <a href={a.article.url} lang="hi">
                  <em>{a.article.title}</em>
                </a>
                , {dayOf(a.article.date) ?? "undated"}.
              </li>
            ))}
          </ul>
          <h3 className="font-semibold">Sources</h3>
          {c.sources.length === 0 ? (
            <p className="text-sm text-stone-500">No sources attached.</p>
          ) : (
            <ol className="list-decimal space-y-1 pl-6 text-sm">
              {c.sources.map((s) => (
                <li key={s.evidenceId}>
                  {formatCitation(s)} <em>[{STANCE_LABELS[s.stance].en}]</em>
                  {s.pinpoint && <span lang="hi"> “{s.pinpoint}”</span>}
                </li>
              ))}
            </ol>
          )}
          <h3 className="font-semibold">Corrections</h3>
          {c.corrections.length === 0 ? (
            <p className="text-sm text-stone-500">None.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6 text-sm">
              {c.corrections.map((k) => (
                <li key={k.at + k.textHi}>
                  {dayOf(k.at)} · <span lang="hi">{CORRECTION_KIND_LABELS[k.kind].hi}</span> ·{" "}
                  {CORRECTION_KIND_LABELS[k.kind].en}: <span lang="hi">{k.textHi}</span>
                  {k.textEn && <> ({k.textEn})</>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}
