"use client";
// The verdict form's "who it really came from" section: the verified originator, the source that
// shows it, a note, and which appearances attribute the claim wrongly. The picker here is a small
// server-search combobox of its own, so the shared entity picker can replace it without touching
// the rest of the section.
import { useEffect, useId, useRef, useState } from "react";
import { findEntitiesAction } from "@/lib/entity/actions";
import { displayName } from "@/lib/entity/search-key";
import {
  attributedTo,
  type ChainSpeakerLink,
  isOwnAssertion,
  suggestMisattributed,
} from "@/lib/verdict/originator";
import { FieldError, inputClass, labelClass } from "./field";
import { callAction } from "./use-action";

export type OriginatorEntity = {
  id: string;
  nameHi: string | null;
  nameEn: string | null;
  affiliationId?: string | null;
};

export type OriginatorForm = {
  originator: OriginatorEntity | null;
  originatorEvidenceId: string;
  originatorNote: string;
  misattributedMentionIds: string[];
};

interface Props {
  value: OriginatorForm;
  onChange: (next: OriginatorForm) => void;
  errors?: Record<string, string[] | undefined>;
  evidence: { id: string; source: { title: string } }[];
  mentions: { id: string; article: { title: string }; chain: ChainSpeakerLink[] }[];
}

export function OriginatorFields({ value, onChange, errors, evidence, mentions }: Props) {
  const pick = (originator: OriginatorEntity | null) =>
    onChange(
      originator
        ? {
            ...value,
            originator,
            // Pre-ticked as a suggestion: the editor unticks what is not a misattribution.
            misattributedMentionIds: suggestMisattributed(mentions, originator),
          }
        : {
            originator: null,
            originatorEvidenceId: "",
            originatorNote: "",
            misattributedMentionIds: [],
          },
    );
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...value,
      misattributedMentionIds: on
        ? [...value.misattributedMentionIds, id]
        : value.misattributedMentionIds.filter((x) => x !== id),
    });
  return (
    <fieldset
      className="space-y-3 rounded border border-stone-200 p-3"
      data-testid="originator-fields"
    >
      <legend className="px-1 text-sm font-semibold">
        Who it really came from · <span lang="hi">असल में किसने कहा</span> (optional)
      </legend>
      <p className="text-sm text-stone-600">
        When the evidence shows the claim came from someone other than the article says.
      </p>
      <OriginatorPicker
        label="Verified originator · असली स्रोत"
        value={value.originator}
        onChange={pick}
        errors={errors?.originatorId}
        testId="originator-picker"
      />
      {value.originator && (
        <>
          <div>
            <label className={labelClass} htmlFor="o-evidence">
              The source that shows it · सबूत
            </label>
            <select
              id="o-evidence"
              value={value.originatorEvidenceId}
              onChange={(e) => onChange({ ...value, originatorEvidenceId: e.target.value })}
              className={inputClass}
              aria-invalid={!!errors?.originatorEvidenceId}
            >
              <option value="">Choose one of this claim's sources…</option>
              {evidence.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.source.title}
                </option>
              ))}
            </select>
            <FieldError errors={errors?.originatorEvidenceId} />
          </div>
          <div>
            <label className={labelClass} htmlFor="o-note">
              Note (one line, optional) · टिप्पणी
            </label>
            <input
              id="o-note"
              lang="hi"
              value={value.originatorNote}
              onChange={(e) => onChange({ ...value, originatorNote: e.target.value })}
              className={inputClass}
            />
            <FieldError errors={errors?.originatorNote} />
          </div>
          <fieldset>
            <legend className={labelClass}>Appearances that attribute it wrongly</legend>
            {mentions.map((m) => (
              <label key={m.id} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={value.misattributedMentionIds.includes(m.id)}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                  data-testid={`misattributed-${m.id}`}
                />
                <span>
                  <span lang="hi">{m.article.title}</span>
                  {isOwnAssertion(m.chain) ? (
                    " says it in its own voice"
                  ) : (
                    <>
                      {" names "}
                      <strong>{attributedTo(m.chain, "en")}</strong>
                    </>
                  )}
                  : this article attributes it wrongly
                </span>
              </label>
            ))}
            <FieldError errors={errors?.misattributedMentionIds} />
          </fieldset>
        </>
      )}
    </fieldset>
  );
}

type Suggestion = {
  id: string;
  nameHi: string | null;
  nameEn: string | null;
  description: string | null;
  affiliation: { id: string } | null;
};

/**
 * An ARIA combobox over the registry (WAI-ARIA APG "combobox with listbox popup"): typing searches
 * the server, arrows move the highlight, Enter picks it, Escape closes. It never creates an entity:
 * the originator must already be in the registry.
 */
function OriginatorPicker({
  label,
  value,
  onChange,
  errors,
  testId,
}: {
  label: string;
  value: OriginatorEntity | null;
  onChange: (e: OriginatorEntity | null) => void;
  errors?: string[];
  testId: string;
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(0);
  const asked = useRef(0);

  useEffect(() => {
    const words = q.trim();
    if (!words) {
      setItems([]);
      return;
    }
    const n = ++asked.current;
    const t = setTimeout(async () => {
      const r = await callAction(findEntitiesAction, { q: words });
      // Only the answer to the latest words: a slow earlier answer must not replace it.
      if (n !== asked.current || !r.ok) return;
      setItems(r.data);
      setActive(0);
      setOpen(true);
    }, 150);
    return () => clearTimeout(t);
  }, [q]);

  const choose = (s: Suggestion) => {
    onChange({ id: s.id, nameHi: s.nameHi, nameEn: s.nameEn, affiliationId: s.affiliation?.id });
    setQ("");
    setItems([]);
    setOpen(false);
  };

  if (value)
    return (
      <div data-testid={testId}>
        <span className={labelClass}>{label}</span>
        <p className="flex items-center gap-3">
          <strong data-testid="originator-chosen">
            <span lang="hi">{displayName(value, "hi")}</span>
            {value.nameEn && value.nameHi ? ` · ${value.nameEn}` : ""}
          </strong>
          <button
            type="button"
            className="rounded border border-stone-400 px-2 py-0.5 text-sm"
            onClick={() => onChange(null)}
          >
            Clear
          </button>
        </p>
        <FieldError errors={errors} />
      </div>
    );

  const listId = `${id}-list`;
  const shown = open && items.length > 0;
  return (
    <div className="relative" data-testid={testId}>
      <label className={labelClass} htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${id}-opt-${active}` : undefined}
        aria-invalid={!!errors}
        autoComplete="off"
        value={q}
        placeholder="Type a name in Hindi or English"
        className={inputClass}
        onChange={(e) => setQ(e.target.value)}
        onBlur={() => setOpen(false)}
        onFocus={() => items.length && setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            if (!shown) return setOpen(items.length > 0);
            const step = e.key === "ArrowDown" ? 1 : -1;
            setActive((active + step + items.length) % items.length);
          } else if (e.key === "Enter") {
            // Enter picks the highlighted suggestion; it never submits the verdict or creates a name.
            e.preventDefault();
            if (shown && items[active]) choose(items[active]);
          } else if (e.key === "Escape" && shown) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      {shown && (
        <div
          id={listId}
          role="listbox"
          aria-label={`${label}: matching names`}
          className="absolute z-10 mt-1 w-full rounded border border-stone-300 bg-white shadow"
        >
          {items.map((s, i) => (
            // Options are not focusable: keyboard users move through them from the input (above).
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
            <div
              key={s.id}
              id={`${id}-opt-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1 ${i === active ? "bg-amber-100" : "hover:bg-amber-50"}`}
              // Before the input's blur closes the list.
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(s)}
            >
              <span lang="hi">{displayName(s, "hi")}</span>
              {s.nameEn && s.nameHi ? ` · ${s.nameEn}` : ""}
              {s.description && (
                <span className="block text-xs text-stone-500">{s.description}</span>
              )}
            </div>
          ))}
        </div>
      )}
      <FieldError errors={errors} />
    </div>
  );
}
