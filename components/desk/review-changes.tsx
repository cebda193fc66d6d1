import { formatDateTime } from "@/lib/calendar/format";
import type { DiffSection } from "@/lib/review/snapshot";

const CHANGE_WORDS = { added: "added", removed: "removed", changed: "changed" } as const;

/** What changed since the reviewer sent the verdict back: per section, words added and removed. */
export function ReviewChanges({
  sections,
  since,
  by,
}: {
  sections: DiffSection[];
  since: Date;
  by: string;
}) {
  return (
    <div
      className="space-y-3 rounded-lg border-2 border-sky-300 bg-sky-50 p-4"
      data-testid="review-changes"
    >
      <p className="font-semibold">
        Changed since {by} sent it back ({formatDateTime(since)}) ·{" "}
        <span lang="hi">लौटाने के बाद के बदलाव</span>
      </p>
      {sections.length === 0 && (
        <p className="text-sm" data-testid="review-no-changes">
          Nothing in the claim, its attribution, sources or verdict has changed.
        </p>
      )}
      {sections.map((s) => (
        <section key={s.key} data-testid={`changes-${s.key}`}>
          <h4 className="text-sm font-semibold">{s.title}</h4>
          <ul className="mt-1 space-y-1">
            {s.rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are a fixed list per render
              <li key={i} className="rounded bg-white p-2 text-sm">
                <span className="mr-2 text-xs uppercase text-stone-500">
                  {r.label} {CHANGE_WORDS[r.change]}
                </span>
                <span lang="hi" className="whitespace-pre-line">
                  {r.words.map((w, j) =>
                    w.op === "same" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed cut of one text
                      <span key={j}>{w.text}</span>
                    ) : w.op === "add" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: as above
                      <ins key={j} className="bg-green-200 no-underline" data-testid="diff-add">
                        {w.text}
                      </ins>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: as above
                      <del key={j} className="bg-red-200" data-testid="diff-del">
                        {w.text}
                      </del>
                    ),
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
