import { formatDateTime } from "@/lib/format";

export function AuditTrail({ events }: { events: { id: string; action: string; createdAt: Date; actor: { name: string } | null }[] }) {
  return (
    <section data-testid="audit-trail">
      <h2 className="font-semibold">History</h2>
      <ol className="mt-3 space-y-2 border-l border-stone-300 pl-4 text-sm">
        {events.map((e) => (
          <li key={e.id}>
            <span className="font-mono text-xs">{e.action}</span> by <strong>{e.actor?.name ?? "system"}</strong>
            <br />
            <time className="text-xs text-stone-500">{formatDateTime(e.createdAt)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}
