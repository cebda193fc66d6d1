"use client";
import { useId, useState } from "react";
import { ENTITY_KINDS } from "@/lib/entity/kinds";
import { displayName, rankEntities } from "@/lib/entity/search-key";
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

const KIND_LABELS: Record<string, string> = {
  PERSON: "Person",
  ORGANISATION: "Organisation",
  OUTLET: "Outlet / agency",
  GOVERNMENT: "Government body",
};

/** Pick an entity by any of its names (Hindi or English), or name a new one. */
export function EntityPicker({
  label,
  value,
  onChange,
  entities,
  errors,
  testId,
  defaultKind = "PERSON",
  pickOnly = false,
}: {
  label: string;
  value: PartyValue;
  onChange: (v: PartyValue) => void;
  entities: EntityOption[];
  errors?: Record<string, string[] | undefined>;
  testId: string;
  defaultKind?: PartyValue["newEntityKind"];
  /** Only entities already in the registry (an article's outlet): no new names, no cue words. */
  pickOnly?: boolean;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(value.newEntityName ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = value.entityId ? entities.find((e) => e.id === value.entityId) : undefined;
  const matches = rankEntities(entities, query, 8);
  const showList = open && matches.length > 0;

  const choose = (e: EntityOption) => {
    onChange({ entityId: e.id, cue: value.cue });
    setOpen(false);
  };

  // WAI-ARIA combobox with a listbox popup: focus stays in the input, the highlighted option is named
  // by aria-activedescendant. Enter picks the highlighted option and never submits the form (which
  // would create an entity from half a name, such as "NK").
  const onKeyDown = (ev: React.KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!open) return setOpen(true);
      const step = ev.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (matches.length ? (a + step + matches.length) % matches.length : 0));
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (showList && matches[active]) choose(matches[active]);
    } else if (ev.key === "Escape" && open) {
      ev.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div data-testid={testId}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {chosen ? (
        <div className="mt-1 flex items-center gap-2">
          <span
            className="rounded bg-stone-800 px-3 py-1.5 text-white"
            data-testid={`${testId}-chosen`}
          >
            <span lang="hi">{displayName(chosen, "hi")}</span>
            {chosen.nameEn && chosen.nameHi && (
              <span className="ml-2 text-stone-300">{chosen.nameEn}</span>
            )}
          </span>
          <button
            type="button"
            className="text-sm underline"
            onClick={() => onChange({ cue: value.cue })}
          >
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
              setActive(0);
              onChange(
                pickOnly
                  ? {}
                  : {
                      ...value,
                      entityId: undefined,
                      newEntityName: e.target.value || undefined,
                      newEntityKind: value.newEntityKind ?? defaultKind,
                    },
              );
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            placeholder="Type a name: बीबीसी, BBC, किम जोंग…"
            className={inputClass}
            autoComplete="off"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listId}
            aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
          />
          {showList && (
            <div
              id={listId}
              role="listbox"
              aria-label={`${label}: matching names`}
              className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded border border-stone-200 bg-white shadow-lg"
            >
              {matches.map((e, i) => (
                // Options are not focusable: keyboard users move through them from the input (above).
                // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
                <div
                  key={e.id}
                  id={`${id}-opt-${i}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  className={`flex cursor-pointer items-baseline justify-between px-3 py-2 ${i === active ? "bg-amber-100" : "hover:bg-amber-50"}`}
                  onMouseDown={(ev) => ev.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => choose(e)}
                >
                  <span>
                    <span lang="hi">{displayName(e, "hi")}</span>
                    {e.nameEn && e.nameHi && (
                      <span className="ml-2 text-stone-500">{e.nameEn}</span>
                    )}
                  </span>
                  <span className="text-xs text-stone-400">{KIND_LABELS[e.kind]}</span>
                </div>
              ))}
            </div>
          )}
          {!pickOnly && value.newEntityName && (
            <div className="mt-2 flex items-center gap-2 text-sm">
              <span>
                New entity “<span lang="hi">{value.newEntityName}</span>”, a
              </span>
              <select
                aria-label="Kind of new entity"
                value={value.newEntityKind ?? defaultKind}
                onChange={(e) =>
                  onChange({
                    ...value,
                    newEntityKind: e.target.value as PartyValue["newEntityKind"],
                  })
                }
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
      <FieldError
        errors={[
          ...(errors?.entityId ?? []),
          ...(errors?.newEntityName ?? []),
          ...(errors?.newEntityKind ?? []),
        ]}
      />
      {!pickOnly && (
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
      )}
    </div>
  );
}
