import { changedFields, describeAction, eventReason } from "@/lib/audit-words";
import { formatDateTime } from "@/lib/format";

interface AuditEventView {
  id: string;
  action: string;
  createdAt: Date;
  before: unknown;
  after: unknown;
  actor: { name: string } | null;
}

export function AuditTrail({ events }: { events: AuditEventView[] }) {
  return (
    <section data-testid="audit-trail">
      <h2 className="font-semibold">History</h2>
      <ol className="mt-3 space-y-2 border-l border-stone-300 pl-4 text-sm">
        {events.map((e) => {
          // Field names only for edits: a workflow step (submit, publish) already says what changed.
          const changed = e.action.endsWith(".update") ? changedFields(e.before, e.after) : [];
          const reason = eventReason(e.after);
          return (
            <li key={e.id}>
              <strong>{e.actor?.name ?? "System"}</strong> {describeAction(e.action)}
              {changed.length > 0 && (
                <span className="text-stone-600"> ({changed.join(", ")})</span>
              )}
              {reason && <span className="text-stone-600">: “{reason}”</span>}
              <br />
              <time className="text-xs text-stone-500">{formatDateTime(e.createdAt)}</time>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
