import { formatDateTime } from "@/lib/calendar/format";
import type { HistoryEntry } from "@/lib/history/data";
import { HISTORY_LIMIT, relativeTime } from "@/lib/history/describe";
import type { WordPart } from "@/lib/text/word-diff";

/** A word diff inline: removed words struck through and added ones underlined, each also announced
 * in words ("removed:", "added:") so the change does not rest on colour alone. */
function InlineDiff({ parts }: { parts: WordPart[] }) {
  return (
    <span data-testid="history-diff">
      {parts.map((p, i) =>
        p.op === "same" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence
          <span key={i}>{p.text}</span>
        ) : p.op === "del" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence
          <del key={i} className="bg-red-100 text-red-900 line-through">
            <span className="sr-only">[removed: </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence
          <ins key={i} className="bg-green-100 text-green-900 underline">
            <span className="sr-only">[added: </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </span>
  );
}

function Changes({ entry }: { entry: HistoryEntry }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-stone-600 underline">Show changes</summary>
      <dl className="mt-1 space-y-1 text-xs" data-testid="history-changes">
        {entry.changes.map((c) => (
          <div key={c.field}>
            <dt className="font-semibold">{c.label}</dt>
            <dd>
              {c.diff ? (
                <InlineDiff parts={c.diff} />
              ) : (
                <>
                  <span className="text-stone-500">before:</span> {c.before ?? "—"}{" "}
                  <span aria-hidden="true">→</span>
                  <span className="sr-only">, </span>
                  <span className="text-stone-500">after:</span> {c.after ?? "—"}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function AuditTrail({ events, now }: { events: HistoryEntry[]; now: Date }) {
  return (
    <section data-testid="audit-trail">
      <h2 className="font-semibold">History</h2>
      <ol className="mt-3 space-y-3 border-l border-stone-300 pl-4 text-sm">
        {events.map((e) => (
          <li key={e.id} data-testid="history-event" data-action={e.action}>
            <p data-testid="history-sentence">{e.sentence}</p>
            <time
              className="text-xs text-stone-500"
              dateTime={e.createdAt.toISOString()}
              title={formatDateTime(e.createdAt)}
            >
              {relativeTime(e.createdAt, now)} · {formatDateTime(e.createdAt)}
            </time>
            {e.changes.length > 0 && <Changes entry={e} />}
          </li>
        ))}
      </ol>
      {events.length >= HISTORY_LIMIT && (
        <p className="mt-3 text-xs text-stone-500" data-testid="history-limited">
          The newest {HISTORY_LIMIT} changes are shown; older ones stay in the audit log.
        </p>
      )}
    </section>
  );
}
