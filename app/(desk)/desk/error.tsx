"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
// A desk page that could not be read (the database is down, say) shows this instead of a blank
// error page, inside the desk's own header so the editor can still move around. Forms on pages that
// did load keep their text: their actions answer with an error result, not an exception.
export default function DeskError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("desk.error");
  return (
    <div
      role="alert"
      className="max-w-2xl space-y-3 rounded-lg border border-red-300 bg-red-50 p-6 text-red-900"
      data-testid="desk-error"
    >
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest && (
        <p className="text-sm text-red-800">{t("reference", { digest: error.digest })}</p>
      )}
      <Button type="button" onClick={reset} variant="danger" size="md">
        {t("retry")}
      </Button>
    </div>
  );
}
