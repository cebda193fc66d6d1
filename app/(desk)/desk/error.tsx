"use client";
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
  return (
    <div
      role="alert"
      className="max-w-2xl space-y-3 rounded-lg border border-red-300 bg-red-50 p-6 text-red-900"
      data-testid="desk-error"
    >
      <h1 className="text-xl font-semibold">
        This page could not be loaded <span lang="hi">· यह पन्ना खुल नहीं सका</span>
      </h1>
      <p>
        The database may not be answering just now. Nothing you saved earlier is lost. Try again in
        a moment.
      </p>
      {error.digest && <p className="text-sm text-red-700">Reference: {error.digest}</p>}
      <Button type="button" onClick={reset} variant="danger" size="md">
        Try again
      </Button>
    </div>
  );
}
