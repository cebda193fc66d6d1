import { SignInAgain } from "./sign-in-again";

export function FieldError({ errors, id }: { errors?: string[]; id?: string }) {
  if (!errors?.length) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-700">
      {errors.join(" ")}
    </p>
  );
}

export function FormMessage({
  result,
}: {
  result: { ok: boolean; message?: string; code?: string } | null;
}) {
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
      {result.message}
      {/* A session that ran out: sign in without leaving the page, so nothing typed is lost. */}
      {result.code === "UNAUTHENTICATED" && <SignInAgain />}
    </div>
  );
}

export const inputClass =
  "mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2 focus:border-brand focus:outline-none";
export const labelClass = "block text-sm font-semibold";
