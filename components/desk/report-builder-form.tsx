"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/field";
import type { ErrorDescriptor } from "@/lib/errors";
import { langOf } from "@/lib/i18n/locale";
import type { FilterKey } from "@/lib/report/builder-query";
import { DATE_ON_CHOICES, type DateOn } from "@/lib/report/date-on";
import { inLang } from "@/lib/report/in-lang";
import { type EntityChoice, EntityFilterField } from "./entity-picker";
import { FieldError, labelClass } from "./field";

type Rating = { id: string; labelHi: string; labelEn: string };

// Long enough that typing an id is one update, short enough to feel live.
const DEBOUNCE_MS = 400;

/** Fields as the builder's address: empty ones left out, "drafts" only when ticked. */
function toQuery(fields: Iterable<[string, FormDataEntryValue]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of fields) {
    if (typeof v === "string" && v.trim() !== "") params.set(k, v.trim());
  }
  // Which date a range is on means nothing without a range: not written into the address.
  if (!params.has("from") && !params.has("to")) params.delete("on");
  return params.toString();
}

const formQuery = (form: HTMLFormElement) => toQuery(new FormData(form));

/**
 * The report's scope as a plain GET form, so the page's address is the report's and works without
 * JavaScript. With it, each change replaces the address after a pause and the server re-renders the
 * preview; the inputs are uncontrolled, so what the editor typed stays while the page updates.
 */
export function ReportBuilderForm({
  values,
  includeDrafts,
  errors,
  ratings,
  entity,
}: {
  values: Record<FilterKey, string>;
  includeDrafts: boolean;
  errors: Partial<Record<FilterKey, ErrorDescriptor[]>>;
  ratings: Rating[];
  /** The entity the address names (loaded by id): picked by name, never by typing its id. */
  entity: EntityChoice | null;
}) {
  const t = useTranslations("reports.builder");
  const te = useTranslations("enums");
  const lang = langOf(useLocale());
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const sent = useRef<string | null>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  // Marks the form as hydrated: a change made before then would not reach the live preview.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  // The inputs are uncontrolled so typing is never overwritten by a slower render. An address the
  // form did not write itself (the menu's "Reports", the back button, a link) is copied into them.
  const shown = toQuery([...Object.entries(values), ["drafts", includeDrafts ? "1" : ""]] as [
    string,
    string,
  ][]);
  useEffect(() => {
    const el = form.current;
    if (!el || shown === sent.current) return;
    for (const [k, v] of Object.entries(values)) {
      const field = el.elements.namedItem(k);
      // …never into the field being typed in.
      if (field === document.activeElement) continue;
      // The date choice shows its default when the address has no range.
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement)
        field.value = k === "on" ? v || "article" : v;
    }
    const drafts = el.elements.namedItem("drafts");
    if (drafts instanceof HTMLInputElement) drafts.checked = includeDrafts;
    sent.current = shown;
  }, [shown, values, includeDrafts]);

  const update = (el: HTMLFormElement, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const query = formQuery(el);
      sent.current = query;
      router.replace(query ? `/desk/reports?${query}` : "/desk/reports", { scroll: false });
    }, delay);
  };

  const text = (name: FilterKey, label: string, hint?: string) => (
    <Field id={`report-${name}`} label={label} errors={errors[name]}>
      {(control) => (
        <input
          {...control}
          name={name}
          defaultValue={values[name]}
          placeholder={hint}
          data-testid={`filter-${name}`}
        />
      )}
    </Field>
  );
  // A rating from another scale (typed into the address) stays selectable rather than silently dropped.
  const ratingOptions =
    values.rating && !ratings.some((r) => r.id === values.rating)
      ? [...ratings, { id: values.rating, labelHi: values.rating, labelEn: values.rating }]
      : ratings;

  return (
    <form
      ref={form}
      method="get"
      action="/desk/reports"
      className="space-y-4 self-start rounded-lg bg-white p-4 shadow-sm"
      data-testid="report-filters"
      data-ready={ready}
      aria-label={t("formLabel")}
      onChange={(e) => {
        // The entity picker's search box is not a field of the report: its pick updates the address.
        if (e.target instanceof HTMLElement && e.target.getAttribute("role") === "combobox") return;
        // Typing waits for a pause; a select or a checkbox is one deliberate change.
        const typing = e.target instanceof HTMLInputElement && e.target.type !== "checkbox";
        update(e.currentTarget, typing ? DEBOUNCE_MS : 0);
      }}
      onSubmit={(e) => {
        e.preventDefault();
        update(e.currentTarget, 0);
      }}
    >
      <h2 className="font-semibold">{t("scope")}</h2>
      {text("q", t("q"), t("qHint"))}
      {text("claim", t("claim"), "claim_…")}
      {text("article", t("article"), "art_…")}
      <EntityFilterField
        // A new address (the menu's "Reports", the back button) starts the picker afresh.
        key={values.entity || "none"}
        name="entity"
        label={t("entity")}
        testId="filter-entity"
        initial={entity}
        onPicked={() => {
          const el = form.current;
          if (el) update(el, 0);
        }}
      />
      <FieldError errors={errors.entity} id="report-entity-error" />
      {text("topic", t("topic"))}
      <Field id="report-status" label={t("status")} errors={errors.status}>
        {(control) => (
          <select
            {...control}
            name="status"
            defaultValue={values.status}
            data-testid="filter-status"
          >
            <option value="">{t("any")}</option>
            {(["OPEN", "SENT_BACK", "IN_REVIEW", "PUBLISHED"] as const).map((s) => (
              <option key={s} value={s}>
                {te(`ClaimStatus.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="report-rating" label={t("rating")} errors={errors.rating}>
        {(control) => (
          <select
            {...control}
            name="rating"
            defaultValue={values.rating}
            data-testid="filter-rating"
          >
            <option value="">{t("any")}</option>
            {ratingOptions.map((r) => {
              const label = inLang(r.labelHi, r.labelEn, lang);
              return (
                <option
                  key={r.id}
                  value={r.id}
                  lang={label && label.firstLang !== lang ? label.firstLang : undefined}
                >
                  {label?.first ?? r.id}
                </option>
              );
            })}
          </select>
        )}
      </Field>
      <fieldset className="space-y-2">
        <legend className={labelClass}>{t("dates")}</legend>
        <Field
          id="report-on"
          label={t("on")}
          hint={t(
            `onHints.${(DATE_ON_CHOICES as readonly string[]).includes(values.on) ? (values.on as DateOn) : "article"}`,
          )}
          errors={errors.on}
        >
          {(control) => (
            <select
              {...control}
              name="on"
              // A range without `on` in its address is on the article's date (lib/report/scope.ts).
              defaultValue={values.on || "article"}
              data-testid="filter-on"
            >
              {DATE_ON_CHOICES.map((on) => (
                <option key={on} value={on}>
                  {t(`onChoices.${on}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {(["from", "to"] as const).map((name) => (
          <Field key={name} id={`report-${name}`} label={t(name)} errors={errors[name]}>
            {(control) => (
              <DateField
                {...control}
                name={name}
                defaultValue={values[name]}
                label={t(name)}
                testId={`filter-${name}`}
              />
            )}
          </Field>
        ))}
        <p className="text-xs text-stone-600">{t("daysNote")}</p>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="drafts"
          value="1"
          defaultChecked={includeDrafts}
          data-testid="toggle-drafts"
        />
        {t("drafts")}
      </label>
      <p className="text-xs text-stone-600">{t("draftsHint")}</p>
      <Button type="submit" variant="brand" size="md">
        {t("update")}
      </Button>
    </form>
  );
}
