import Link from "next/link";
import { STATUS_LABELS } from "@/lib/labels";
import type { ReportPreview } from "@/lib/report/data";
import { StatusBadge } from "../status-badge";

const count = (n: number) => n.toLocaleString("en-IN");

/** What the report's filters cover, counted: the builder's preview, drawn on the server. */
export function ReportPreviewView({
  preview,
  includeDrafts,
}: {
  preview: ReportPreview;
  includeDrafts: boolean;
}) {
  const verdicts = preview.byRating.reduce((n, r) => n + r.verdicts, 0);
  const widest = Math.max(1, ...preview.byRating.map((r) => r.verdicts));
  return (
    <section
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm"
      aria-labelledby="report-preview-title"
      data-testid="report-preview"
    >
      <header>
        <p className="text-sm uppercase tracking-wide text-stone-500">
          Preview · झलक {includeDrafts ? "(drafts included)" : "(published work only)"}
        </p>
        <h2
          id="report-preview-title"
          lang="hi"
          className="text-xl font-semibold"
          data-testid="report-title"
        >
          {preview.title}
        </h2>
      </header>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {(
          [
            ["Claims · दावे", preview.claims, "claims"],
            ["Appearances · उल्लेख", preview.appearances, "appearances"],
            ["Sources · स्रोत", preview.sources, "sources"],
            ["Verdicts · फ़ैसले", verdicts, "verdicts"],
          ] as const
        ).map(([label, n, id]) => (
          <div key={id} className="rounded bg-stone-100 p-3">
            <dt className="text-stone-600">{label}</dt>
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
            {STATUS_LABELS[s].en}:{" "}
            <strong data-testid={`status-${s}`}>{count(preview.byStatus[s])}</strong>
          </span>
        ))}
      </p>
      {preview.byRating.length > 0 && (
        <figure>
          <figcaption className="text-sm font-semibold">
            Verdicts by rating · रेटिंग के अनुसार फ़ैसले
          </figcaption>
          {/* A list of text with bars beside it: screen readers read the numbers, not the shapes. */}
          <ul className="mt-2 space-y-1 text-sm" data-testid="rating-chart">
            {preview.byRating.map((r) => (
              <li key={r.id} className="grid grid-cols-[10rem_1fr_3rem] items-center gap-2">
                <span>
                  <span lang="hi">{r.labelHi}</span> · {r.labelEn}
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
            ))}
          </ul>
        </figure>
      )}
      {preview.claims === 0 ? (
        <p className="text-sm text-stone-500" data-testid="no-claims">
          No claims match these filters
          {includeDrafts ? "." : " among published work. Tick “Include drafts” to count the rest."}
        </p>
      ) : (
        <div>
          <h3 className="text-sm font-semibold">
            {preview.claims > preview.first.length
              ? `The first ${preview.first.length} of ${count(preview.claims)} claims`
              : "Claims"}
          </h3>
          <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm" data-testid="first-claims">
            {preview.first.map((c) => (
              <li key={c.id}>
                <Link href={`/desk/claims/${c.id}`} lang="hi" className="hover:underline">
                  {c.textHi}
                </Link>{" "}
                <StatusBadge status={c.status} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
