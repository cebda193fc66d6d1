"use client";
// The picker's "+ Add … to the registry" panel (components/desk/entity-picker.tsx): a name is added
// only here, duplicate-checked by the registry, never by pressing Enter in the picker.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { createEntityAction } from "@/lib/entity/actions";
import { ENTITY_KINDS, type EntityKindName, KIND_LABELS } from "@/lib/entity/kinds";
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
  const hindi = DEVANAGARI.test(typed);
  const [kind, setKind] = useState<EntityKindName>(kinds?.[0] ?? "PERSON");
  const [nameHi, setNameHi] = useState(hindi ? typed : "");
  const [nameEn, setNameEn] = useState(hindi ? "" : typed);
  const [description, setDescription] = useState("");
  const [affiliation, setAffiliation] = useState<PickedEntity>({});
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);
  const [someoneElse, setSomeoneElse] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>();
  const [message, setMessage] = useState<string>();
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
      setMessage(r.message);
      return;
    }
    if (r.data.created) {
      const e = r.data.entity;
      onAdded({ ...e, description, affiliation: affiliation.entity ?? null });
      return;
    }
    setErrors(undefined);
    setMessage(undefined);
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
      <legend className="font-semibold">Add to the registry</legend>
      {message && <p className="text-red-800">{message}</p>}
      {duplicates.length > 0 && (
        <div className="space-y-1" data-testid={`${testId}-duplicates`}>
          <p className="font-semibold">Already in the registry with this name:</p>
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
                  Use this
                </Button>
              </li>
            ))}
          </ul>
          {!someoneElse && (
            <Button type="button" variant="link" onClick={() => setSomeoneElse(true)}>
              It is someone else
            </Button>
          )}
          {someoneElse && (
            <p>Say in the description how this one differs (role, organisation, country).</p>
          )}
        </div>
      )}
      <label className="block">
        Kind
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as EntityKindName)}
          className={field}
        >
          {ENTITY_KINDS.filter((k) => !kinds || kinds.includes(k)).map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k].en} · {KIND_LABELS[k].hi}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        Hindi name
        <input
          value={nameHi}
          onChange={(e) => setNameHi(e.target.value)}
          lang="hi"
          className={field}
        />
      </label>
      <FieldError errors={errors?.nameHi} />
      <label className="block">
        English name
        <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} className={field} />
      </label>
      <FieldError errors={errors?.nameEn} />
      <label className="block">
        Short description
        <input
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          className={field}
          placeholder="role, organisation, country"
        />
      </label>
      <FieldError errors={errors?.description} />
      <EntityPicker
        label="Belongs to (optional)"
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
          {pending ? "Adding…" : "Add to registry"}
        </Button>
        <Button type="button" variant="subtle" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </fieldset>
  );
}
