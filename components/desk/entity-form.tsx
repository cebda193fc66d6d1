"use client";
// The registry's create and edit form. A name another entry already has is never saved silently:
// the server answers with those entries, shown here as "Already in the registry" cards, and the
// editor either goes to one ("Use this one") or says it is someone else and tells them apart.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createEntityAction, updateEntityAction } from "@/lib/entity/actions";
import { ENTITY_KINDS, type EntityKindName } from "@/lib/entity/kinds";
import { langOf } from "@/lib/i18n/locale";
import { HeldForReview } from "./change-decision";
import { EntityNames, langAttr, langTag, nameIn, scriptLang, textTag } from "./entity-name";
import { type EntityChoice, EntityPicker, ORGANISATION_KINDS, pickedOf } from "./entity-picker";
import { FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

export interface EntityFormValues {
  id?: string;
  version?: number;
  kind: EntityKindName;
  nameHi: string | null;
  nameEn: string | null;
  aliases: string[];
  description: string | null;
  url: string | null;
  affiliation: EntityChoice | null;
}

interface Duplicate {
  id: string;
  kind: string;
  nameHi: string | null;
  nameEn: string | null;
  aliases: string[];
  description: string | null;
  affiliation: { id: string; nameHi: string | null; nameEn: string | null } | null;
}

const EMPTY: EntityFormValues = {
  kind: "PERSON",
  nameHi: null,
  nameEn: null,
  aliases: [],
  description: null,
  url: null,
  affiliation: null,
};

export function EntityForm({ initial = EMPTY }: { initial?: EntityFormValues }) {
  const uid = useId();
  const router = useRouter();
  const t = useTranslations("entities.form");
  const tKind = useTranslations("enums.EntityKind");
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const editing = !!initial.id;
  const [f, setF] = useState({
    kind: initial.kind,
    nameHi: initial.nameHi ?? "",
    nameEn: initial.nameEn ?? "",
    aliases: initial.aliases.join("\n"),
    description: initial.description ?? "",
    url: initial.url ?? "",
  });
  const [affiliation, setAffiliation] = useState(pickedOf(initial.affiliation));
  const [version, setVersion] = useState(initial.version ?? 1);
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);
  const [someoneElse, setSomeoneElse] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const create = useAction(createEntityAction);
  const update = useAction(updateEntityAction);
  const { pending, result, errors } = editing ? update : create;
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => {
    setF({ ...f, [k]: e.target.value });
    setSaved(false);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const input = {
      ...f,
      aliases: f.aliases.split("\n"),
      affiliationId: affiliation.entityId ?? "",
      affiliationTyped: affiliation.typed,
      notADuplicateOf: someoneElse.length ? someoneElse : undefined,
    };
    if (editing && initial.id)
      update.run({ ...input, entityId: initial.id, version }, (data) => {
        if ("review" in data) return setDuplicates([]);
        if (!data.saved) return setDuplicates(data.duplicates);
        setDuplicates([]);
        setVersion(data.version);
        setSaved(true);
        router.refresh();
      });
    else
      create.run(input, (data) => {
        if (!data.created) return setDuplicates(data.duplicates);
        router.push(`/desk/entities/${data.entity.id}`);
      });
  };

  const waiting = duplicates.filter((d) => !someoneElse.includes(d.id));
  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="entity-form"
      // Set once hydrated: before that, what a fast typist (or a test) enters would be reset.
      data-ready={ready}
    >
      <FormMessage result={result} />
      {duplicates.length > 0 && (
        <DuplicateCards
          duplicates={duplicates}
          someoneElse={someoneElse}
          onSomeoneElse={(id) => setSomeoneElse([...someoneElse, id])}
        />
      )}
      <label className={labelClass}>
        {t("kind")}
        <select value={f.kind} onChange={set("kind")} className={inputClass} name="kind">
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {tKind(k)}
            </option>
          ))}
        </select>
      </label>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={`${uid}-nameHi`} label={t("nameHi")} errors={errors?.nameHi}>
          {(control) => (
            <input {...control} value={f.nameHi} onChange={set("nameHi")} name="nameHi" lang="hi" />
          )}
        </Field>
        <Field id={`${uid}-nameEn`} label={t("nameEn")} errors={errors?.nameEn}>
          {(control) => (
            <input {...control} value={f.nameEn} onChange={set("nameEn")} name="nameEn" />
          )}
        </Field>
      </div>
      <Field
        id={`${uid}-aliases`}
        label={t("aliases")}
        errors={Object.entries(errors ?? {}).flatMap(([k, v]) =>
          k.startsWith("aliases") ? (v ?? []) : [],
        )}
      >
        {(control) => (
          <textarea
            {...control}
            value={f.aliases}
            onChange={set("aliases")}
            name="aliases"
            rows={3}
            lang="hi"
          />
        )}
      </Field>
      <Field id={`${uid}-description`} label={t("description")} errors={errors?.description}>
        {(control) => (
          <input
            {...control}
            value={f.description}
            onChange={set("description")}
            name="description"
            placeholder={t("descriptionPlaceholder")}
          />
        )}
      </Field>
      <Field id={`${uid}-url`} label={t("url")} errors={errors?.url}>
        {(control) => (
          <input
            {...control}
            value={f.url}
            onChange={set("url")}
            name="url"
            type="url"
            placeholder="https://…"
          />
        )}
      </Field>
      <EntityPicker
        label={t("affiliation")}
        value={affiliation}
        onChange={(v) => {
          setAffiliation(v);
          setSaved(false);
        }}
        errors={{ entityId: errors?.affiliationId }}
        testId="entity-affiliation"
        kinds={ORGANISATION_KINDS}
        pickOnly
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending || waiting.length > 0} variant="dark" size="md">
          {duplicates.length > 0 && waiting.length === 0
            ? t(editing ? "saveAnyway" : "createAnyway")
            : t(editing ? "save" : "create")}
        </Button>
        {update.result?.ok && "review" in update.result.data && (
          <HeldForReview published={update.result.data.review.published} />
        )}
        {saved && (
          <span role="status" className="text-sm text-green-800" data-testid="entity-saved">
            {t("saved")}
          </span>
        )}
      </div>
    </form>
  );
}

function DuplicateCards({
  duplicates,
  someoneElse,
  onSomeoneElse,
}: {
  duplicates: Duplicate[];
  someoneElse: string[];
  onSomeoneElse: (id: string) => void;
}) {
  const allElse = duplicates.every((d) => someoneElse.includes(d.id));
  const t = useTranslations("entities.duplicates");
  const tBelongs = useTranslations("entities.entry");
  const tKind = useTranslations("enums.EntityKind");
  const lang = langOf(useLocale());
  return (
    <section
      className="rounded border border-amber-400 bg-amber-50 p-3"
      aria-labelledby="dup-heading"
      data-testid="entity-duplicates"
    >
      {/* Announced when it appears: the editor pressed save and nothing was saved. */}
      <div role="alert">
        <h2 id="dup-heading" className="font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-stone-700">{t("intro", { count: duplicates.length })}</p>
      </div>
      <ul className="mt-2 space-y-2">
        {duplicates.map((d) => (
          <li
            key={d.id}
            className="rounded border border-stone-200 bg-white p-3"
            data-testid="entity-duplicate"
          >
            <p>
              <span className="font-semibold">
                <EntityNames e={d} lang={lang} secondClassName="ml-2 font-normal text-stone-600" />
              </span>
              {ENTITY_KINDS.includes(d.kind as EntityKindName) && (
                <span className="ml-2 text-xs text-stone-600">
                  {tKind(d.kind as EntityKindName)}
                </span>
              )}
            </p>
            {d.aliases.length > 0 && (
              <p className="text-sm text-stone-600">
                {t.rich("also", {
                  names: d.aliases.join(", "),
                  n: textTag(d.aliases.join(", "), lang),
                })}
              </p>
            )}
            {d.description && (
              <p className="text-sm" lang={langAttr(scriptLang(d.description), lang)}>
                {d.description}
              </p>
            )}
            {d.affiliation && (
              <p className="text-sm text-stone-600">
                {tBelongs.rich("belongsTo", {
                  name: nameIn(d.affiliation, lang).text,
                  n: langTag(nameIn(d.affiliation, lang).lang, lang),
                })}
              </p>
            )}
            <div className="mt-2 flex gap-3 text-sm">
              <Link
                href={`/desk/entities/${d.id}`}
                className="rounded bg-stone-800 px-3 py-1 text-white"
              >
                {t("useThisOne")}
              </Link>
              {someoneElse.includes(d.id) ? (
                <span className="text-stone-600">{t("markedElse")}</span>
              ) : (
                <Button type="button" variant="link" onClick={() => onSomeoneElse(d.id)}>
                  {t("someoneElse")}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {allElse && (
        <p className="mt-2 text-sm font-semibold" data-testid="entity-describe-apart">
          {t("describeApart")}
        </p>
      )}
    </section>
  );
}
