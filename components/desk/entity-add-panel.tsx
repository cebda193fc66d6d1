"use client";
// The picker's "+ Add … to the registry" panel (components/desk/entity-picker.tsx): a name is added
// only here, duplicate-checked by the registry, never by pressing Enter in the picker.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { createEntityAction } from "@/lib/entity/actions";
import { ENTITY_KINDS, type EntityKindName } from "@/lib/entity/kinds";
import { type ErrorSay, wordError } from "@/lib/error-words";
import type { ErrorDescriptor, FieldErrors } from "@/lib/errors";
import {
  DEVANAGARI,
  Details,
  type EntityChoice,
  EntityLabel,
  EntityPicker,
  ORGANISATION_KINDS,
  type PickedEntity,
} from "./entity-picker";
import { FieldError } from "./field";
import { callAction } from "./use-action";

type Duplicate = EntityChoice;

/**
 * Adds a name to the registry from inside a form: kind, names, a description and an affiliation.
 * The registry answers with the entities that already have the name; the editor uses one, or says it
 * is someone else and gives a description that tells them apart.
 */
export function AddEntityPanel({
  typed,
  kinds,
  testId,
  onAdded,
  onCancel,
}: {
  typed: string;
  kinds?: EntityKindName[];
  testId: string;
  onAdded: (e: EntityChoice) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("entities.addPanel");
  const tCommon = useTranslations("common");
  const tKind = useTranslations("enums.EntityKind");
  const hindi = DEVANAGARI.test(typed);
  const [kind, setKind] = useState<EntityKindName>(kinds?.[0] ?? "PERSON");
  const [nameHi, setNameHi] = useState(hindi ? typed : "");
  const [nameEn, setNameEn] = useState(hindi ? "" : typed);
  const [description, setDescription] = useState("");
  const [affiliation, setAffiliation] = useState<PickedEntity>({});
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);
  const [someoneElse, setSomeoneElse] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>();
  const [failed, setFailed] = useState<ErrorDescriptor>();
  const say = useTranslations("errors") as unknown as ErrorSay;
  const [pending, setPending] = useState(false);

  const add = async () => {
    setPending(true);
    const r = await callAction(createEntityAction, {
      kind,
      nameHi,
      nameEn,
      description,
      affiliationId: affiliation.entityId ?? "",
      affiliationTyped: affiliation.typed,
      notADuplicateOf: someoneElse ? duplicates.map((d) => d.id) : undefined,
    });
    setPending(false);
    if (!r.ok) {
      setErrors(r.fieldErrors);
      setFailed(r.error);
      return;
    }
    if (r.data.created) {
      const e = r.data.entity;
      onAdded({ ...e, description, affiliation: affiliation.entity ?? null });
      return;
    }
    setErrors(undefined);
    setFailed(undefined);
    setSomeoneElse(false);
    setDuplicates(r.data.duplicates);
  };

  const field = "mt-1 w-full rounded border border-stone-300 px-2 py-1 text-sm";
  return (
    // A group inside the claim form, not a form of its own (forms do not nest): Enter in its fields
    // must not submit the claim form around it.
    <fieldset
      data-testid={testId}
      className="mt-2 space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
      onKeyDown={(e) => {
        if (e.key === "Enter" && e.target instanceof HTMLInputElement) e.preventDefault();
      }}
    >
      <legend className="font-semibold">{t("legend")}</legend>
      {failed && <p className="text-red-800">{wordError(say, failed)}</p>}
      {duplicates.length > 0 && (
        <div className="space-y-1" data-testid={`${testId}-duplicates`}>
          <p className="font-semibold">{t("already")}</p>
          <ul className="space-y-1">
            {duplicates.map((d) => (
              <li
                key={d.id}
                className="flex items-center justify-between gap-2 rounded bg-white p-2"
              >
                <span>
                  <EntityLabel e={d} />
                  <Details e={d} />
                </span>
                <Button type="button" variant="subtle" size="xs" onClick={() => onAdded(d)}>
                  {t("useThis")}
                </Button>
              </li>
            ))}
          </ul>
          {!someoneElse && (
            <Button type="button" variant="link" onClick={() => setSomeoneElse(true)}>
              {t("someoneElse")}
            </Button>
          )}
          {someoneElse && <p>{t("sayHow")}</p>}
        </div>
      )}
      <label className="block">
        {t("kind")}
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as EntityKindName)}
          className={field}
        >
          {ENTITY_KINDS.filter((k) => !kinds || kinds.includes(k)).map((k) => (
            <option key={k} value={k}>
              {tKind(k)}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {t("nameHi")}
        <input
          value={nameHi}
          onChange={(e) => setNameHi(e.target.value)}
          lang="hi"
          className={field}
        />
      </label>
      <FieldError errors={errors?.nameHi} />
      <label className="block">
        {t("nameEn")}
        <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} className={field} />
      </label>
      <FieldError errors={errors?.nameEn} />
      <label className="block">
        {t("description")}
        <input
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          className={field}
          placeholder={t("descriptionPlaceholder")}
        />
      </label>
      <FieldError errors={errors?.description} />
      <EntityPicker
        label={t("affiliation")}
        value={affiliation}
        onChange={setAffiliation}
        testId={`${testId}-affiliation`}
        kinds={ORGANISATION_KINDS}
        errors={{ entityId: errors?.affiliationId }}
        // One add panel at a time: an organisation new to the registry is added on its own first.
        pickOnly
      />
      <div className="flex gap-2">
        <Button
          type="button"
          disabled={pending || (someoneElse && !description.trim())}
          onClick={add}
          variant="brand"
          size="sm"
        >
          {pending ? t("adding") : t("add")}
        </Button>
        <Button type="button" variant="subtle" size="sm" onClick={onCancel}>
          {tCommon("cancel")}
        </Button>
      </div>
    </fieldset>
  );
}
