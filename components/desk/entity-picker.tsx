"use client";
import { useId, useState } from "react";
import { displayName, rankEntities } from "@/lib/entity/search-key";
import { ENTITY_KINDS } from "@/lib/claim/schema";
import { FieldError, inputClass } from "./field";

export interface EntityOption {
  id: string;
  kind: string;
  nameHi: string | null;
  nameEn: string | null;
  aliases: string[];
}

export interface PartyValue {
  entityId?: string;
  newEntityName?: string;
  newEntityKind?: (typeof ENTITY_KINDS)[number];
  cue?: string;
}

const KIND_LABELS: Record<string, string> = { PERSON: "Person", ORGANISATION: "Organisation", OUTLET: "Outlet / agency", GOVERNMENT: "Government body" };

/** Pick an entity by any of its names (Hindi or English), or name a new one. */
export function EntityPicker({
  label,
  value,
  onChange,
  entities,
  errors,
  testId,
  defaultKind = "PERSON",
}: {
  label: string;
  value: PartyValue;
  onChange: (v: PartyValue) => void;
  entities: EntityOption[];
  errors?: Record<string, string[] | undefined>;
  testId: string;
  defaultKind?: PartyValue["newEntityKind"];
}) {
  const id = useId();
  const [query, setQuery] = useState(value.newEntityName ?? "");
  const [open, setOpen] = useState(false);
  const chosen = value.entityId ? entities.find((e) => e.id === value.entityId) : undefined;
  const matches = rankEntities(entities, query, 8);

  return (
    <div data-testid={testId}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {chosen ? (
        <div className="mt-1 flex items-center gap-2">
          <span className="rounded bg-stone-800 px-3 py-1.5 text-white" data-testid={`${testId}-chosen`}>
            <span lang="hi">{displayName(chosen, "hi")}</span>
            {chosen.nameEn && chosen.nameHi && <span className="ml-2 text-stone-300">{chosen.nameEn}</span>}
          </span>
          <button type="button" className="text-sm underline" onClick={() => onChange({ cue: value.cue })}>
            change
          </button>
        </div>
      ) : (
        <div className="relative">
          <input
            id={id}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
              onChange({ ...value, entityId: undefined, newEntityName: e.target.value || undefined, newEntityKind: value.newEntityKind ?? defaultKind });
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            placeholder="Type a name: बीबीसी, BBC, किम जोंग…"
            className={inputClass}
            autoComplete="off"
            role="combobox"
            aria-expanded={open}
            aria-controls={`${id}-list`}
          />
          {open && matches.length > 0 && (
            <ul id={`${id}-list`} role="listbox" className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded border border-stone-200 bg-white shadow-lg">
              {matches.map((e) => (
                <li key={e.id} role="option" aria-selected={false}>
                  <button
                    type="button"
                    className="flex w-full items-baseline justify-between px-3 py-2 text-left hover:bg-amber-50"
                    onMouseDown={(ev) => ev.preventDefault()}
                    onClick={() => {
                      onChange({ entityId: e.id, cue: value.cue });
                      setOpen(false);
                    }}
                  >
                    <span>
                      <span lang="hi">{displayName(e, "hi")}</span>
                      {e.nameEn && e.nameHi && <span className="ml-2 text-stone-500">{e.nameEn}</span>}
                    </span>
                    <span className="text-xs text-stone-400">{KIND_LABELS[e.kind]}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {value.newEntityName && (
            <div className="mt-2 flex items-center gap-2 text-sm">
              <span>
                New entity “<span lang="hi">{value.newEntityName}</span>”, a
              </span>
              <select
                aria-label="Kind of new entity"
                value={value.newEntityKind ?? defaultKind}
                onChange={(e) => onChange({ ...value, newEntityKind: e.target.value as PartyValue["newEntityKind"] })}
                className="rounded border border-stone-300 px-2 py-1"
              >
                {ENTITY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
              <span className="text-stone-500">(or pick one from the list)</span>
            </div>
          )}
        </div>
      )}
      <FieldError errors={[...(errors?.entityId ?? []), ...(errors?.newEntityName ?? []), ...(errors?.newEntityKind ?? [])]} />
      <label className="mt-2 block text-xs text-stone-600">
        Cue words in the text (optional)
        <input
          value={value.cue ?? ""}
          onChange={(e) => onChange({ ...value, cue: e.target.value || undefined })}
          placeholder="के मुताबिक / ने कहा / के हवाले से"
          className="mt-1 w-full rounded border border-stone-200 px-2 py-1 text-sm"
          lang="hi"
          data-testid={`${testId}-cue`}
        />
      </label>
    </div>
  );
}
