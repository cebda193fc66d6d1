import { formatDateTime, STANCE_LABELS, STATUS_LABELS } from "@/lib/format";
import { type CitationReport, formatCitation } from "@/lib/report/build";
import { PrintButton } from "./print-button";

/** The printable citation report: the same data as the CSV and JSON downloads. */
export function CitationReportView({
  report,
  downloadBase,
}: {
  report: CitationReport;
  downloadBase: string;
}) {
  return (
    <article
      className="mx-auto max-w-4xl space-y-8 bg-white p-8 shadow-sm print:shadow-none"
      data-testid="citation-report"
    >
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <p className="text-sm uppercase tracking-wide text-stone-500">
          Citation report · {report.scope.type}
        </p>
        <h1 lang="hi" className="text-2xl font-bold">
          {report.scope.title}
        </h1>
        <p className="text-sm text-stone-500">
          Generated {formatDateTime(report.generatedAt)} · {report.claims.length} claim
          {report.claims.length === 1 ? "" : "s"}
        </p>
        <div className="no-print flex gap-3 text-sm">
          <a
            href={`${downloadBase}?format=csv`}
            className="rounded bg-stone-800 px-3 py-1 text-white"
            data-testid="download-csv"
          >
            Download CSV
          </a>
          <a
            href={`${downloadBase}?format=json`}
            className="rounded border border-stone-400 px-3 py-1"
            data-testid="download-json"
          >
            Download JSON
          </a>
          <PrintButton />
        </div>
      </header>
      {report.claims.map((c, i) => (
        <section key={c.id} className="space-y-3 break-inside-avoid">
          <h2 lang="hi" className="text-xl font-semibold">
            {i + 1}. {c.textHi}
          </h2>
          {c.textEn && <p className="text-stone-600">{c.textEn}</p>}
          <p className="text-sm">
            Status: <strong>{STATUS_LABELS[c.status].en}</strong>
            {c.verdict && (
              <>
                {" "}
                · Verdict: <strong lang="hi">{c.verdict.ratingHi}</strong> ({c.verdict.ratingEn},{" "}
                {STATUS_LABELS[c.verdict.status].en}) · by {c.verdict.author}
                {c.verdict.reviewer && `, reviewed by ${c.verdict.reviewer}`}
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
          <h3 className="font-semibold">Appearances</h3>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {c.appearances.map((a) => (
              <li key={a.mentionId}>
                <span lang="hi">“{a.quote}”</span> — <span lang="hi">{a.speaker}</span>
                {a.relayedBy.length > 0 && (
                  <>
                    , via <span lang="hi">{a.relayedBy.join(" → ")}</span>
                  </>
                )}
                ; in <em lang="hi">{a.articleTitle}</em>
                {a.outlet && (
                  <>
                    , <span lang="hi">{a.outlet}</span>
                  </>
                )}
                , {a.date ?? "undated"}.
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
        </section>
      ))}
    </article>
  );
}
