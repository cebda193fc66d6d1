// One labelled form control: the label, the control, a hint and the errors, wired so that a screen
// reader announces the hint and the error with the control (aria-describedby) and says when the
// value was refused (aria-invalid). The forms each wired this by hand before, and not all alike.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { type ErrorSay, wordError } from "@/lib/error-words";
import type { ErrorDescriptor } from "@/lib/errors";

export const inputClass =
  "mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2 focus:border-brand focus:outline-none";
export const labelClass = "block text-sm font-semibold";

/**
 * What a field's errors can be: reasons the server gave (worded here, in the page's language) or
 * text a form already worded itself.
 */
export type FieldErrorList = readonly (ErrorDescriptor | string)[];

/** The errors the action returned for one field, in the page's language, read out when they appear. */
export function FieldError({ errors, id }: { errors?: FieldErrorList; id?: string }) {
  const t = useTranslations("errors") as unknown as ErrorSay;
  if (!errors?.length) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-700">
      {errors.map((e) => (typeof e === "string" ? e : wordError(t, e))).join(" ")}
    </p>
  );
}

/** What the control must carry for the label, hint and error to be its own. */
export interface FieldControlProps {
  id: string;
  className: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

export function Field({
  id,
  label,
  hint,
  errors,
  labelClassName = labelClass,
  className,
  children,
}: {
  /** The control's id; the hint and error take theirs from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: FieldErrorList;
  /** A smaller label for dense rows (authors' names); the usual one otherwise. */
  labelClassName?: string;
  className?: string;
  /** Renders the control with the props it is given: an input, a select or a textarea. */
  children: (control: FieldControlProps) => ReactNode;
}) {
  const ids = fieldIds(id);
  const invalid = !!errors?.length;
  const describedBy = [hint ? ids.hint : "", invalid ? ids.error : ""].filter(Boolean).join(" ");
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children({
        id,
        className: inputClass,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint && (
        <p id={ids.hint} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      )}
      <FieldError errors={errors} id={ids.error} />
    </div>
  );
}
