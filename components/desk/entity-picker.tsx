"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { FieldErrorList } from "@/components/ui/field";
import { findEntitiesAction } from "@/lib/entity/actions";
import {
  OUTLET_KINDS as ARTICLE_OUTLET_KINDS,
  ENTITY_KINDS,
  type EntityKindName,
} from "@/lib/entity/kinds";
import { langOf } from "@/lib/i18n/locale";
import { AddEntityPanel } from "./entity-add-panel";
import { EntityNames, langAttr, langTag, nameIn, scriptLang } from "./entity-name";
import { FieldError, inputClass } from "./field";
import { callAction } from "./use-action";

/** An entity as a picker shows it: enough to tell look-alikes apart. */
export interface EntityChoice {
  id: string;
  slug: string;
  kind: string;
  nameHi: string | null;
  nameEn: string | null;
  description?: string | null;
  affiliation?: { id: string; nameHi: string | null; nameEn: string | null } | null;
}

/**
 * The picker's value: the chosen entity's id, with its names so the form can show them again; or,
 * until one is chosen, the words typed. Those live in the form, not the picker, so the form keeps them
 * across a refused save and sends them: the server refuses a typed name nobody picked
 * (lib/entity/unpicked.ts) instead of saving "none".
 */
export interface PickedEntity {
  entityId?: string;
  entity?: EntityChoice;
  typed?: string;
}

export const pickedOf = (e: EntityChoice | null | undefined): PickedEntity =>
  e ? { entityId: e.id, entity: e } : {};

/** What publishes or carries an article: an outlet or a news agency (the server checks the same). */
export const OUTLET_KINDS: EntityKindName[] = [...ARTICLE_OUTLET_KINDS];

/** The kinds an organisation-like affiliation can be (an anonymous source's, a person's). */
export const ORGANISATION_KINDS: EntityKindName[] = [
  "ORGANISATION",
  "GOVERNMENT",
  "OUTLET",
  "NEWS_AGENCY",
];

export const DEVANAGARI = /[\u0900-\u097F]/u;
const SEARCH_DELAY_MS = 150;

/** Both names, the page language's first. */
export function EntityLabel({ e }: { e: EntityChoice }) {
  return <EntityNames e={e} lang={langOf(useLocale())} secondClassName="ml-2 opacity-70" />;
}

/** What tells look-alikes apart: kind, organisation, description. */
export function Details({ e }: { e: EntityChoice }) {
  const t = useTranslations("entities.picker");
  const tKind = useTranslations("enums.EntityKind");
  const lang = langOf(useLocale());
  const kind = ENTITY_KINDS.includes(e.kind as EntityKindName)
    ? tKind(e.kind as EntityKindName)
    : e.kind;
  const org = e.affiliation && nameIn(e.affiliation, lang);
  return (
    <span className="block text-xs text-stone-600">
      {kind}
      {org && <> · {t.rich("of", { name: org.text, n: langTag(org.lang, lang) })}</>}
      {e.description && (
        <>
          {" · "}
          <span lang={langAttr(scriptLang(e.description), lang)}>{e.description}</span>
        </>
      )}
    </span>
  );
}

/**
 * Picks a registry entity by any of its names: a WAI-ARIA combobox with a listbox popup whose
 * suggestions the server finds as the editor types. Focus stays in the input; ArrowDown/ArrowUp move
 * the highlight (aria-activedescendant), Enter picks the highlighted suggestion and never submits the
 * form or creates anything, Escape closes, Tab leaves. A new name is added only through the list's
 * last option, which opens the registry's duplicate-checked add panel.
 */
export function EntityPicker({
  label,
  value,
  onChange,
  errors,
  testId,
  kinds,
  pickOnly = false,
  name,
  focusOnMount = false,
}: {
  label: string;
  value: PickedEntity;
  onChange: (v: PickedEntity) => void;
  errors?: Record<string, FieldErrorList | undefined>;
  testId: string;
  /** Only suggest these kinds (an affiliation is an organisation, a relay an outlet or agency). */
  kinds?: EntityKindName[];
  /** Only entities already in the registry: no "add" option (filters, an article's outlet). */
  pickOnly?: boolean;
  /** A plain GET form's field name: the chosen id travels in a hidden input. */
  name?: string;
  /** Focus the input when it appears (a relay row just added by "+ Add a relay"). */
  focusOnMount?: boolean;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const t = useTranslations("entities.picker");
  const lang = langOf(useLocale());
  const inputRef = useRef<HTMLInputElement>(null);
  const chipRef = useRef<HTMLSpanElement>(null);
  // Set when a pick replaces the input with the chosen name: focus follows to that name, or it would
  // fall to the page (the input it was in is gone).
  const focusChosen = useRef(false);
  const query = value.typed ?? "";
  const setQuery = (typed: string) => onChange({ typed });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [found, setFound] = useState<{ q: string; list: EntityChoice[] }>({ q: "", list: [] });
  const [adding, setAdding] = useState<string | null>(null);
  const asked = useRef(0);
  const kindKey = kinds?.join(",");

  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount, as autoFocus would
  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus();
  }, []);
  useEffect(() => {
    if (value.entityId && focusChosen.current) {
      focusChosen.current = false;
      chipRef.current?.focus();
    }
  }, [value.entityId]);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const ticket = ++asked.current;
    const timer = setTimeout(async () => {
      const r = await callAction(findEntitiesAction, {
        q,
        kinds: kindKey ? (kindKey.split(",") as EntityKindName[]) : undefined,
      });
      // An answer to an earlier question arriving late is dropped: the list always fits the input.
      if (ticket === asked.current && r.ok) setFound({ q, list: r.data });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, kindKey]);

  const typed = query.trim();
  // Until the server has answered for these very words, nothing is offered: an arrow key and Enter
  // pressed quickly must not land on "Add…" because the suggestions were still on their way.
  const answered = !!typed && found.q === typed;
  const suggestions = answered ? found.list : [];
  const canAdd = !pickOnly && answered && typed.length >= 2;
  const count = suggestions.length + (canAdd ? 1 : 0);
  const showList = open && typed.length > 0 && count > 0;

  const choose = (e: EntityChoice) => {
    focusChosen.current = true;
    onChange(pickedOf(e));
    setOpen(false);
    setActive(-1);
  };
  const pickAt = (i: number) => {
    if (i < suggestions.length) {
      const e = suggestions[i];
      if (e) choose(e);
    } else if (canAdd) {
      setAdding(typed);
      setOpen(false);
    }
  };

  const onKeyDown = (ev: React.KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (count === 0) return;
      const down = ev.key === "ArrowDown";
      if (!showList) {
        setOpen(true);
        setActive(down ? 0 : count - 1);
        return;
      }
      setActive((a) => (down ? (a + 1) % count : a <= 0 ? count - 1 : a - 1));
    } else if (ev.key === "Enter") {
      // Never submits the form: with nothing highlighted, Enter does nothing at all.
      ev.preventDefault();
      if (showList && active >= 0) pickAt(active);
    } else if (ev.key === "Escape") {
      if (showList) ev.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (ev.key === "Tab") {
      setOpen(false);
    }
  };

  const chosen = value.entity;
  return (
    <div data-testid={testId}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {name && <input type="hidden" name={name} value={value.entityId ?? ""} />}
      {value.entityId ? (
        <div className="mt-1 flex items-center gap-2">
          <span
            ref={chipRef}
            tabIndex={-1}
            className="rounded bg-stone-800 px-3 py-1.5 text-white focus:outline-2 focus:outline-offset-2 focus:outline-brand"
            data-testid={`${testId}-chosen`}
          >
            {chosen ? <EntityLabel e={chosen} /> : value.entityId}
          </span>
          <Button
            type="button"
            variant="link"
            className="text-sm"
            aria-label={t("changeLabel", { label })}
            onClick={() => {
              onChange({});
              // The input replaces the chip: focus it so a keyboard user carries on typing.
              setTimeout(() => inputRef.current?.focus(), 0);
            }}
          >
            {t("change")}
          </Button>
        </div>
      ) : (
        <div className="relative">
          <input
            id={id}
            ref={inputRef}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            placeholder={t("placeholder")}
            className={inputClass}
            autoComplete="off"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={showList}
            aria-controls={listId}
            aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
            aria-invalid={!!errors?.entityId}
            aria-describedby={typed && !showList && adding === null ? `${id}-unpicked` : undefined}
          />
          <div
            id={listId}
            role="listbox"
            aria-label={t("listLabel", { label })}
            hidden={!showList}
            className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded border border-stone-200 bg-white shadow-lg"
          >
            {suggestions.map((e, i) => (
              // Options are not focusable: keyboard users move through them from the input (above).
              // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
              <div
                key={e.id}
                tabIndex={-1}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-3 py-2 ${i === active ? "bg-amber-100" : "hover:bg-amber-50"}`}
                onMouseDown={(ev) => ev.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(e)}
              >
                <EntityLabel e={e} />
                <Details e={e} />
              </div>
            ))}
            {canAdd && (
              // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
              <div
                id={`${id}-opt-${suggestions.length}`}
                tabIndex={-1}
                role="option"
                aria-selected={active === suggestions.length}
                className={`cursor-pointer border-t border-stone-100 px-3 py-2 text-brand ${active === suggestions.length ? "bg-amber-100" : "hover:bg-amber-50"}`}
                onMouseDown={(ev) => ev.preventDefault()}
                onMouseEnter={() => setActive(suggestions.length)}
                onClick={() => pickAt(suggestions.length)}
              >
                {t.rich("addTyped", { typed, q: langTag(scriptLang(typed), lang) })}
              </div>
            )}
          </div>
          <span className="sr-only" aria-live="polite">
            {open && answered ? t("announce", { count: suggestions.length }) : ""}
          </span>
        </div>
      )}
      {adding !== null && !value.entityId && (
        <AddEntityPanel
          typed={adding}
          kinds={kinds}
          testId={`${testId}-add`}
          onAdded={(e) => {
            setAdding(null);
            choose(e);
          }}
          onCancel={() => {
            setAdding(null);
            setTimeout(() => inputRef.current?.focus(), 0);
          }}
        />
      )}
      <FieldError errors={errors?.entityId} />
      {/* After the field's error, so the message reads first and the way out right under it. */}
      {!value.entityId && typed && !showList && adding === null && (
        <Unpicked
          id={`${id}-unpicked`}
          typed={typed}
          refused={!!errors?.entityId?.length}
          testId={testId}
          onAdd={pickOnly ? undefined : () => setAdding(typed)}
        />
      )}
    </div>
  );
}

/**
 * Under a picker that holds typed words nobody picked: says so before the save does, and offers the
 * registry's add panel right there (a picker for filters only says to choose).
 */
function Unpicked({
  id,
  typed,
  refused,
  testId,
  onAdd,
}: {
  id: string;
  typed: string;
  /** The save already refused it: the field's error says what; only the offer is left to show. */
  refused: boolean;
  testId: string;
  onAdd?: () => void;
}) {
  const t = useTranslations("entities.picker");
  const lang = langOf(useLocale());
  return (
    <p id={id} className="mt-1 text-sm text-amber-900" data-testid={`${testId}-unpicked`}>
      {!refused && <>{t(onAdd ? "unpickedOrAdd" : "unpicked")} </>}
      {onAdd && (
        <button
          type="button"
          onClick={onAdd}
          className="rounded border border-amber-400 bg-amber-50 px-2 py-0.5 font-semibold hover:bg-amber-100"
          data-testid={`${testId}-offer-add`}
        >
          {t.rich("addTyped", { typed, q: langTag(scriptLang(typed), lang) })}
        </button>
      )}
    </p>
  );
}

/**
 * A picker for a plain GET form (the claims list's and desk search's filters): it keeps its own
 * choice, and the chosen id travels in a hidden input named `name`.
 */
export function EntityFilterField({
  initial,
  onPicked,
  ...props
}: {
  name: string;
  label: string;
  testId: string;
  initial: EntityChoice | null;
  kinds?: EntityKindName[];
  /** Called after a pick or a "change" (a live form re-reads its fields then). */
  onPicked?: () => void;
}) {
  const [value, setValue] = useState(() => pickedOf(initial));
  return (
    <EntityPicker
      {...props}
      value={value}
      onChange={(v) => {
        setValue(v);
        // Typing changes the value too; a live form re-reads its fields only when the pick changes.
        if (v.entityId !== value.entityId) onPicked?.();
      }}
      pickOnly
    />
  );
}
