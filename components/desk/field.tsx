// The field pieces live in components/ui/field (one Field for every form); the desk's forms keep
// importing them from here beside FormMessage, which knows the desk's sign-in-again.
export { FieldError, inputClass, labelClass } from "@/components/ui/field";

import { useTranslations } from "next-intl";
import { type ErrorSay, wordError } from "@/lib/error-words";
import type { ErrorCode, ErrorDescriptor } from "@/lib/errors";
import { SignInAgain } from "./sign-in-again";

/** Why the last save was refused, in the page's language (the server sent a reason, not words). */
export function FormMessage({
  result,
}: {
  result: {
    ok: boolean;
    error?: ErrorDescriptor;
    message?: string;
    code?: ErrorCode | string;
  } | null;
}) {
  const t = useTranslations("errors") as unknown as ErrorSay;
  if (!result || result.ok) return null;
  const tone =
    result.code === "CONFLICT"
      ? "border-amber-400 bg-amber-50 text-amber-900"
      : "border-red-300 bg-red-50 text-red-800";
  return (
    <div
      role="alert"
      className={`rounded border px-3 py-2 text-sm ${tone}`}
      data-testid="form-error"
    >
      {result.error ? wordError(t, result.error) : result.message}
      {/* A session that ran out: sign in without leaving the page, so nothing typed is lost. */}
      {result.code === "UNAUTHENTICATED" && <SignInAgain />}
    </div>
  );
}
