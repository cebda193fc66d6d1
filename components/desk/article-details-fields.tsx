"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/field";
import type { ErrorDescriptor, FieldErrors } from "@/lib/errors";
import { EntityPicker, OUTLET_KINDS, type PickedEntity } from "./entity-picker";
import { FieldError, inputClass, labelClass } from "./field";

const LANGUAGES = ["hi", "en", "ur"] as const;

type Details = { url: string; publishedAt: string; lang: string };
type Errors = FieldErrors | undefined;

/**
 * An article's outlet, address, date and language: the same fields when it is pasted in and when its
 * details are corrected later. The outlet is picked from the registry, or added to it from the
 * picker (duplicate-checked); a name typed and not picked is sent along and refused by name.
 */
export function ArticleDetailsFields({
  values,
  set,
  outlet,
  setOutlet,
  errors,
  outletErrors,
}: {
  values: Details;
  set: (k: keyof Details) => (e: { target: { value: string } }) => void;
  outlet: PickedEntity;
  setOutlet: (v: PickedEntity) => void;
  errors: Errors;
  outletErrors: ErrorDescriptor[] | undefined;
}) {
  const t = useTranslations("articles");
  const dateId = `${useId()}-published`;
  return (
    <>
      <EntityPicker
        label={t("details.outlet")}
        value={outlet}
        onChange={setOutlet}
        kinds={OUTLET_KINDS}
        testId="article-outlet"
        errors={{ entityId: outletErrors }}
      />
      <label className={labelClass}>
        {t("details.url")}
        <input value={values.url} onChange={set("url")} className={inputClass} name="url" />
      </label>
      <FieldError errors={errors?.url} />
      <div className="flex flex-wrap items-start gap-4">
        {/* The day in the page's language (day, month by name, year), sent as an ISO day. */}
        <Field id={dateId} label={t("details.publishedOn")} errors={errors?.publishedAt}>
          {(control) => (
            <DateField
              {...control}
              name="publishedAt"
              value={values.publishedAt}
              onChange={(iso) => set("publishedAt")({ target: { value: iso } })}
              label={t("details.publishedOn")}
              testId="article-published"
            />
          )}
        </Field>
        <label className={labelClass}>
          {t("details.language")}
          <select value={values.lang} onChange={set("lang")} className={inputClass} name="lang">
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldError errors={errors?.lang} />
    </>
  );
}
