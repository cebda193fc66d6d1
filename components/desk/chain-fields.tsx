"use client";
import { useId } from "react";
import { errorsUnder } from "@/lib/form-errors";
import { type EntityOption, EntityPicker, type PartyValue } from "./entity-picker";

/** What the speaker and relay fields hold while an editor types: the form keeps it across errors. */
export interface ChainValue {
  speakerType: "entity" | "article";
  speaker: PartyValue;
  articleCue: string;
  // Each relay row keeps a stable key: with the index as key, removing relay 1 of 3 would hand
  // relay 2's half-typed name to relay 1's picker.
  relays: { key: number; party: PartyValue }[];
}

export function initialChain(speaker?: PartyValue, relays: PartyValue[] = []): ChainValue {
  return {
    speakerType: "entity",
    speaker: speaker ?? {},
    articleCue: "",
    relays: relays.map((party, key) => ({ key, party })),
  };
}

/** The chain as the server's schema takes it. */
export function chainInput(v: ChainValue) {
  return {
    speaker:
      v.speakerType === "article"
        ? { type: "article" as const, cue: v.articleCue }
        : { type: "entity" as const, party: v.speaker },
    relays: v.relays.map((r) => r.party),
  };
}

/** "Who said it" and "Relayed by": the speaker (a named party or the article itself) and its relays. */
export function ChainFields({
  value,
  onChange,
  entities,
  errors,
}: {
  value: ChainValue;
  onChange: (v: ChainValue) => void;
  entities: EntityOption[];
  errors?: Record<string, string[] | undefined>;
}) {
  const group = useId();
  const set = (patch: Partial<ChainValue>) => onChange({ ...value, ...patch });
  const { relays } = value;
  const addRelay = () =>
    set({ relays: [...relays, { key: Math.max(-1, ...relays.map((r) => r.key)) + 1, party: {} }] });
  return (
    <>
      <fieldset className="space-y-3 rounded-lg border border-stone-200 p-4">
        <legend className="px-1 font-semibold">Who said it · किसने कहा</legend>
        <div className="flex gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={group}
              checked={value.speakerType === "entity"}
              onChange={() => set({ speakerType: "entity" })}
            />{" "}
            A person or organisation
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={group}
              checked={value.speakerType === "article"}
              onChange={() => set({ speakerType: "article" })}
            />{" "}
            The article itself (no one named)
          </label>
        </div>
        {value.speakerType === "entity" ? (
          <EntityPicker
            label="Speaker"
            value={value.speaker}
            onChange={(speaker) => set({ speaker })}
            entities={entities}
            errors={errorsUnder(errors, "speaker.party")}
            testId="speaker"
          />
        ) : (
          <label className="block text-xs text-stone-600">
            Cue words (optional)
            <input
              value={value.articleCue}
              onChange={(e) => set({ articleCue: e.target.value })}
              lang="hi"
              className="mt-1 w-full rounded border border-stone-200 px-2 py-1 text-sm"
            />
          </label>
        )}
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-stone-200 p-4">
        <legend className="px-1 font-semibold">Relayed by · किसके हवाले से</legend>
        <p className="text-sm text-stone-600">
          Outlets or agencies that passed the claim on, from the speaker towards this article.
        </p>
        {relays.map((r, i) => (
          <div key={r.key} className="rounded border border-stone-100 p-3">
            <EntityPicker
              label={`Relay ${i + 1}`}
              value={r.party}
              onChange={(v) =>
                set({ relays: relays.map((x) => (x.key === r.key ? { ...x, party: v } : x)) })
              }
              entities={entities}
              errors={errorsUnder(errors, `relays.${i}`)}
              testId={`relay-${i}`}
              defaultKind="OUTLET"
            />
            <button
              type="button"
              className="mt-2 text-sm text-red-700 underline"
              onClick={() => set({ relays: relays.filter((x) => x.key !== r.key) })}
            >
              remove
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={addRelay}
          className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100"
        >
          + Add a relay
        </button>
      </fieldset>
    </>
  );
}
