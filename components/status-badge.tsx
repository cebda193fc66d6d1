import { STATUS_LABELS } from "@/lib/format";

// A sent-back claim must not look like a new one: it has its own colour wherever a status shows.
const TONES: Record<keyof typeof STATUS_LABELS, string> = {
  OPEN: "bg-stone-200 text-stone-800",
  SENT_BACK: "bg-amber-200 text-amber-900 ring-1 ring-amber-500",
  DRAFT: "bg-stone-200 text-stone-800",
  IN_REVIEW: "bg-sky-100 text-sky-900",
  PUBLISHED: "bg-green-100 text-green-900",
};

/** A claim's or verdict's status; sent-back claims carry both languages ("Sent back · लौटाया गया"). */
export function StatusBadge({
  status,
  testId = "status-badge",
}: {
  status: keyof typeof STATUS_LABELS;
  testId?: string;
}) {
  const label = STATUS_LABELS[status];
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}
      data-testid={testId}
      data-status={status}
    >
      {label.en}
      {status === "SENT_BACK" && (
        <>
          {" · "}
          <span lang="hi">{label.hi}</span>
        </>
      )}
    </span>
  );
}
