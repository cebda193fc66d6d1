"use client";
// The registry form's affiliation: an organisation picked from the registry by any of its names,
// searched on the server as the editor types. Pick-only (an affiliation is never created from here)
// and a WAI-ARIA combobox: arrows move, Enter picks the highlighted one and never submits the form,
// Escape closes. Kept to this one field so the shared entity picker can replace it later.
import { useEffect, useId, useState } from "react";
import { findEntitiesAction } from "@/lib/entity/actions";
import { type EntityKindName, KIND_LABELS } from "@/lib/entity/kinds";
import { displayName } from "@/lib/entity/search-key";
import { FieldError, inputClass } from "./field";
import { callAction } from "./use-action";

export interface ChosenEntity {
  id: string;
  nameHi: string | null;
  nameEn: string | null;
}

interface Suggestion extends ChosenEntity {
  kind: string;
  description: string | null;
}

const ORGANISATIONS: EntityKindName[] = ["ORGANISATION", "GOVERNMENT", "OUTLET", "NEWS_AGENCY"];

export function EntityAffiliationField({
  label,
  value,
  onChange,
  errors,
  testId,
  excludeId,
}: {
  label: string;
  value: ChosenEntity | null;
  onChange: (v: ChosenEntity | null) => void;
  errors?: string[];
  testId: string;
  /** The entity being edited: it cannot belong to itself. */
  excludeId?: string;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [matches, setMatches] = useState<Suggestion[]>([]);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setMatches([]);
      return;
    }
    let stale = false;
    // A short pause so each keystroke does not become a request; stale answers are dropped.
    const timer = setTimeout(async () => {
      const r = await callAction(findEntitiesAction, { q, kinds: ORGANISATIONS });
      if (stale) return;
      setMatches(r.ok ? r.data.filter((e) => e.id !== excludeId) : []);
      setActive(0);
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, excludeId]);

  const showList = open && matches.length > 0;
  const choose = (e: Suggestion) => {
    onChange({ id: e.id, nameHi: e.nameHi, nameEn: e.nameEn });
    setQuery("");
    setOpen(false);
  };
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
      {value ? (
        <div className="mt-1 flex items-center gap-2">
          <span
            className="rounded bg-stone-800 px-3 py-1.5 text-white"
            data-testid={`${testId}-chosen`}
          >
            <span lang="hi">{displayName(value, "hi")}</span>
            {value.nameEn && value.nameHi && (
              <span className="ml-2 text-stone-300">{value.nameEn}</span>
            )}
          </span>
          <button type="button" className="text-sm underline" onClick={() => onChange(null)}>
            remove
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
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            placeholder="The organisation it belongs to: रूसी सरकार, US government…"
            className={inputClass}
            autoComplete="off"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listId}
            aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
            aria-describedby={errors?.length ? `${id}-err` : undefined}
          />
          {showList && (
            <div
              id={listId}
              role="listbox"
              aria-label={`${label}: matching names`}
              className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded border border-stone-200 bg-white shadow-lg"
            >
              {matches.map((e, i) => (
                // Options are not focusable: keyboard users move through them from the input.
                // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
                <div
                  key={e.id}
                  id={`${id}-opt-${i}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  className={`cursor-pointer px-3 py-2 ${i === active ? "bg-amber-100" : "hover:bg-amber-50"}`}
                  onMouseDown={(ev) => ev.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => choose(e)}
                >
                  <span lang="hi">{displayName(e, "hi")}</span>
                  {e.nameEn && e.nameHi && <span className="ml-2 text-stone-500">{e.nameEn}</span>}
                  <span className="ml-2 text-xs text-stone-400">
                    {KIND_LABELS[e.kind as EntityKindName]?.en}
                  </span>
                  {e.description && (
                    <span className="block text-xs text-stone-500">{e.description}</span>
                  )}
                </div>
              ))}
            </div>
          )}
        </div>
      )}
      <FieldError errors={errors} id={`${id}-err`} />
    </div>
  );
}
