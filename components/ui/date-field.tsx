"use client";
// A day typed in the page's language. A native <input type="date"> shows the browser's locale
// ("12/07/2026" in an American browser on a Hindi page), so the day is three parts instead: the day,
// the month chosen by its name in the page's language, the year. The form receives the ISO day
// ("YYYY-MM-DD", or "" when empty) through a hidden input named `name`, and `onChange` hears it too.
// Inside <Field>: pass the control props it hands out (id, aria-invalid, aria-describedby); the
// field's label then labels the day, and `label` names the group of three for a screen reader.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import {
  type Assembled,
  assembleIso,
  type DayParts,
  latinDigits,
  monthNames,
  splitIso,
} from "@/lib/calendar/date-parts";

const partClass =
  "mt-1 rounded border border-stone-300 bg-white px-2 py-2 text-base text-stone-900 focus:border-brand focus:outline-none";

export interface DateFieldProps {
  /** The first control's id (the day): what <Field>'s label points at. */
  id: string;
  /** The form field the ISO day is sent as. */
  name?: string;
  /** The ISO day shown first (uncontrolled). A new value from outside resets the parts. */
  defaultValue?: string;
  /** The ISO day (controlled): pair with onChange. */
  value?: string;
  /** The ISO day after each change: "" when empty or unfinished; a non-existent day as typed. */
  onChange?: (iso: string) => void;
  /** Names the group of three for a screen reader ("From"); the visible label is <Field>'s. */
  label?: string;
  "aria-invalid"?: true | boolean | undefined;
  "aria-describedby"?: string | undefined;
  /** Ignored: the parts have widths of their own (accepted so <Field>'s props can be spread). */
  className?: string;
  disabled?: boolean;
  /** The hidden input's test id; the parts get `<testId>-day`, `-month`, `-year`. */
  testId?: string;
}

export function DateField({
  id,
  name,
  defaultValue,
  value,
  onChange,
  label,
  "aria-invalid": ariaInvalid,
  "aria-describedby": ariaDescribedBy,
  disabled,
  testId,
}: DateFieldProps) {
  const t = useTranslations("dateField");
  const locale = useLocale();
  const months = useMemo(() => monthNames(locale), [locale]);
  const given = value ?? defaultValue ?? "";

  const [parts, setParts] = useState<DayParts>(() => splitIso(given));
  // What the address or the parent gave, sent unchanged until the person edits the parts (so a
  // malformed day in a shared link still reaches the server and is refused there, visibly).
  const [edited, setEdited] = useState(false);
  const [touched, setTouched] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  const hidden = useRef<HTMLInputElement>(null);
  const errorId = `${useId()}-date-error`;

  const assembled: Assembled = assembleIso(parts);
  const sent = edited ? assembled.iso : given;

  // A value from outside (a new address, the parent's state) that is not what the parts say
  // replaces them, unless the person is typing in them.
  const lastGiven = useRef(given);
  useEffect(() => {
    if (given === lastGiven.current) return;
    lastGiven.current = given;
    if (group.current?.contains(document.activeElement)) return;
    if (edited && assembleIso(parts).iso === given) return;
    setParts(splitIso(given));
    setEdited(false);
    setTouched(false);
  }, [given, edited, parts]);

  const change = (next: DayParts) => {
    setParts(next);
    setEdited(true);
    const iso = assembleIso(next).iso;
    // Written at once, not on the next render: a form's own onChange (further up, in the same
    // event) reads the hidden input's value.
    if (hidden.current) hidden.current.value = iso;
    onChange?.(iso);
  };

  const error = touched && !assembled.ok ? assembled.error : null;
  const errorText =
    error === "noSuchDay"
      ? t("errors.noSuchDay", {
          day: String(Number(latinDigits(parts.day))),
          month: months[Number(parts.month) - 1] ?? "",
          year: parts.year,
        })
      : error
        ? t(`errors.${error}`)
        : null;
  const describedBy = [ariaDescribedBy, errorText ? errorId : ""].filter(Boolean).join(" ");
  const control = {
    "aria-invalid": ariaInvalid || !!errorText || undefined,
    "aria-describedby": describedBy || undefined,
    disabled,
  };

  return (
    <div>
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset would need a legend; <Field> labels it */}
      <div
        ref={group}
        role="group"
        aria-label={label}
        className="flex items-end gap-2"
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setTouched(true);
        }}
      >
        <label className="flex w-16 flex-col text-xs text-stone-700">
          {t("day")}
          <input
            {...control}
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={2}
            className={`${partClass} w-full`}
            value={parts.day}
            onChange={(e) => change({ ...parts, day: e.target.value })}
            data-testid={testId ? `${testId}-day` : undefined}
          />
        </label>
        <label className="flex min-w-0 flex-1 flex-col text-xs text-stone-700">
          {t("month")}
          <select
            {...control}
            className={`${partClass} w-full`}
            value={parts.month}
            onChange={(e) => change({ ...parts, month: e.target.value })}
            data-testid={testId ? `${testId}-month` : undefined}
          >
            <option value="">{t("noMonth")}</option>
            {months.map((m, i) => (
              <option key={m} value={String(i + 1)}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label className="flex w-20 flex-col text-xs text-stone-700">
          {t("year")}
          <input
            {...control}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            className={`${partClass} w-full`}
            value={parts.year}
            onChange={(e) => change({ ...parts, year: e.target.value })}
            data-testid={testId ? `${testId}-year` : undefined}
          />
        </label>
      </div>
      {name !== undefined && (
        <input ref={hidden} type="hidden" name={name} value={sent} data-testid={testId} />
      )}
      {errorText && (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {errorText}
        </p>
      )}
    </div>
  );
}
