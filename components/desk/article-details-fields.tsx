"use client";
import { EntityPicker, OUTLET_KINDS, type PickedEntity } from "./entity-picker";
import { FieldError, inputClass, labelClass } from "./field";

const LANGUAGES = [
  { value: "hi", label: "Hindi" },
  { value: "en", label: "English" },
  { value: "ur", label: "Urdu" },
];

type Details = { url: string; publishedAt: string; lang: string };
type Errors = Partial<Record<string, string[]>> | undefined;

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
  outletErrors: string[] | undefined;
}) {
  return (
    <>
      <EntityPicker
        label="Outlet"
        value={outlet}
        onChange={setOutlet}
        kinds={OUTLET_KINDS}
        testId="article-outlet"
        errors={{ entityId: outletErrors }}
      />
      <label className={labelClass}>
        Address (URL)
        <input value={values.url} onChange={set("url")} className={inputClass} name="url" />
      </label>
      <FieldError errors={errors?.url} />
      <div className="flex gap-4">
        <label className={labelClass}>
          Published on
          <input
            type="date"
            value={values.publishedAt}
            onChange={set("publishedAt")}
            className={inputClass}
            name="publishedAt"
          />
        </label>
        <label className={labelClass}>
          Language
          <select value={values.lang} onChange={set("lang")} className={inputClass} name="lang">
            {LANGUAGES.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldError errors={[...(errors?.publishedAt ?? []), ...(errors?.lang ?? [])]} />
    </>
  );
}
