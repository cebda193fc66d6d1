import { useTranslations } from "next-intl";
import type { STATUS_LABELS } from "@/lib/labels";

// A sent-back claim must not look like a new one: it has its own colour wherever a status shows.
const TONES: Record<keyof typeof STATUS_LABELS, string> = {
  OPEN: "bg-stone-200 text-stone-800",
  SENT_BACK: "bg-amber-200 text-amber-900 ring-1 ring-amber-500",
  DRAFT: "bg-stone-200 text-stone-800",
  IN_REVIEW: "bg-sky-100 text-sky-900",
  PUBLISHED: "bg-green-100 text-green-900",
};

/** A claim's or verdict's status, in the page's language. */
export function StatusBadge({
  status,
  withdrawn = false,
  testId = "status-badge",
}: {
  status: keyof typeof STATUS_LABELS;
  /** A withdrawn or merged claim keeps its status underneath; the badge says what an editor needs. */
  withdrawn?: boolean | "merged";
  testId?: string;
}) {
  const t = useTranslations();
  if (withdrawn) {
    return (
      <span
        className="inline-block rounded bg-stone-100 px-2 py-0.5 text-xs font-semibold text-stone-700 line-through decoration-stone-500"
        data-testid={testId}
        data-status={withdrawn === "merged" ? "MERGED" : "WITHDRAWN"}
      >
        {withdrawn === "merged" ? t("verdict.status.merged") : t("verdict.status.withdrawn")}
      </span>
    );
  }
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}
      data-testid={testId}
      data-status={status}
    >
      {status === "DRAFT" ? t("enums.VerdictStatus.DRAFT") : t(`enums.ClaimStatus.${status}`)}
    </span>
  );
}
