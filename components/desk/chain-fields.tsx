"use client";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { guessVerb } from "@/lib/attribution/cues";
import { ATTRIBUTION_VERBS, type AttributionVerbName } from "@/lib/entity/kinds";
import type { FieldErrors } from "@/lib/errors";
import { errorsUnder } from "@/lib/form-errors";
import { langOf } from "@/lib/i18n/locale";
import { langTag, nameIn } from "./entity-name";
import { EntityPicker, ORGANISATION_KINDS, type PickedEntity } from "./entity-picker";
import { FieldError } from "./field";

/** One link as the form holds it: the entity (with its names), the verb and the cue words. */
export interface PartyValue extends PickedEntity {
  verb?: AttributionVerbName;
  /** Set once the editor picks a verb by hand: the cue no longer suggests one over it. */
  verbChosen?: boolean;
  cue?: string;
}

/** What the speaker and relay fields hold while an editor types: the form keeps it across errors. */
export interface ChainValue {
  speakerType: "entity" | "anonymous" | "article";
  /** The speaker's entity (when named), verb and cue words, whatever its type. */
  speaker: PartyValue;
  /** An anonymous source: how the text names them ("एक अधिकारी") and their organisation. */
  anonymousAs: string;
  affiliation: PickedEntity;
  // Each relay row keeps a stable key: with the index as key, removing relay 1 of 3 would hand
  // relay 2's half-typed name to relay 1's picker.
  relays: { key: number; party: PartyValue }[];
}

export function initialChain(
  speaker?: PartyValue,
  relays: PartyValue[] = [],
  anonymous?: { anonymousAs: string; affiliation: PickedEntity },
): ChainValue {
  return {
    speakerType: anonymous ? "anonymous" : "entity",
    speaker: speaker ?? {},
    anonymousAs: anonymous?.anonymousAs ?? "",
    affiliation: anonymous?.affiliation ?? {},
    relays: relays.map((party, key) => ({ key, party })),
  };
}

/**
 * The chain as the server's schema takes it. An unpicked entity is "" and comes back as an error;
 * a name typed and not picked travels with it, so that error names it (lib/entity/unpicked.ts).
 */
export function chainInput(v: ChainValue) {
  const { speaker: s } = v;
  const party = (p: PartyValue) => ({
    entityId: p.entityId ?? "",
    typed: p.typed,
    verb: p.verb,
    cue: p.cue,
  });
  return {
    speaker:
      v.speakerType === "article"
        ? { type: "article" as const, cue: s.cue }
        : v.speakerType === "anonymous"
          ? {
              type: "anonymous" as const,
              anonymousAs: v.anonymousAs,
              affiliationId: v.affiliation.entityId,
              affiliationTyped: v.affiliation.typed,
              verb: s.verb,
              cue: s.cue,
            }
          : { type: "entity" as const, party: party(s) },
    relays: v.relays.map((r) => party(r.party)),
  };
}

const SPEAKER_VERBS = ATTRIBUTION_VERBS;
// A relay mostly reports or quotes; the speaker's verbs stay available after them.
const RELAY_VERBS = [
  ...ATTRIBUTION_VERBS.slice(4),
  ...ATTRIBUTION_VERBS.slice(0, 4),
] as AttributionVerbName[];

const smallInput = "mt-1 w-full rounded border border-stone-200 px-2 py-1 text-sm";

/** A link's verb and cue words; typing the cue suggests the verb until one is chosen by hand. */
function VerbAndCue({
  linkRole: role,
  value,
  onChange,
  testId,
  errors,
}: {
  linkRole: "SPEAKER" | "RELAY";
  value: PartyValue;
  onChange: (v: PartyValue) => void;
  testId: string;
  errors?: FieldErrors;
}) {
  const t = useTranslations("chain");
  const fallback = role === "SPEAKER" ? "SAID" : "REPORTED";
  return (
    <div className="mt-2 grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-2">
      <label className="block text-xs text-stone-600">
        {t("cue")}
        <input
          value={value.cue ?? ""}
          onChange={(e) => {
            const cue = e.target.value || undefined;
            const guess = value.verbChosen ? undefined : guessVerb(cue, role);
            onChange({ ...value, cue, ...(guess ? { verb: guess } : {}) });
          }}
          placeholder={t("cuePlaceholder")}
          className={smallInput}
          lang="hi"
          data-testid={`${testId}-cue`}
        />
        <FieldError errors={errors?.cue} />
      </label>
      <label className="block text-xs text-stone-600">
        {t("verb")}
        <select
          value={value.verb ?? fallback}
          onChange={(e) =>
            onChange({ ...value, verb: e.target.value as AttributionVerbName, verbChosen: true })
          }
          className={smallInput}
          data-testid={`${testId}-verb`}
        >
          {(role === "SPEAKER" ? SPEAKER_VERBS : RELAY_VERBS).map((v) => (
            <option key={v} value={v}>
              {t(`verbChoice.${v}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

type Named = { nameHi: string | null; nameEn: string | null };

/**
 * "Who said it" and "Relayed by": the speaker (a named party, an anonymous source of an
 * organisation, or the article itself), the relays in order with their verbs and cue words, and the
 * article's outlet as the last link (it comes from the article, so it is shown, not edited).
 */
export function ChainFields({
  value,
  onChange,
  outlet,
  errors,
}: {
  value: ChainValue;
  onChange: (v: ChainValue) => void;
  /** The article's outlet: the chain's last link. */
  outlet?: Named | null;
  errors?: FieldErrors;
}) {
  const group = useId();
  const t = useTranslations("chain");
  const lang = langOf(useLocale());
  // The relay row "+ Add a relay" just made: its picker takes focus, since the row appears above the
  // button a keyboard user is on.
  const [added, setAdded] = useState<number | null>(null);
  const set = (patch: Partial<ChainValue>) => onChange({ ...value, ...patch });
  const setSpeaker = (speaker: PartyValue) => set({ speaker });
  const { relays } = value;
  const addRelay = () => {
    const key = Math.max(-1, ...relays.map((r) => r.key)) + 1;
    setAdded(key);
    set({ relays: [...relays, { key, party: {} }] });
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...relays];
    const [row] = next.splice(i, 1);
    if (row) next.splice(i + by, 0, row);
    set({ relays: next });
  };
  const speakerErrors =
    value.speakerType === "entity"
      ? errorsUnder(errors, "speaker.party")
      : errorsUnder(errors, "speaker");
  const types = ["entity", "anonymous", "article"] as const;
  const published = outlet && nameIn(outlet, lang);
  return (
    <>
      <fieldset className="space-y-3 rounded-lg border border-stone-200 p-4">
        <legend className="px-1 font-semibold">{t("speakerLegend")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {types.map((type) => (
            <label key={type} className="flex items-center gap-2">
              <input
                type="radio"
                name={group}
                value={type}
                checked={value.speakerType === type}
                onChange={() => set({ speakerType: type })}
              />{" "}
              {t(`speakerType.${type}`)}
            </label>
          ))}
        </div>
        {value.speakerType === "entity" && (
          <EntityPicker
            label={t("speaker")}
            value={value.speaker}
            onChange={(picked) => setSpeaker(withPicked(value.speaker, picked))}
            errors={speakerErrors}
            testId="speaker"
          />
        )}
        {value.speakerType === "anonymous" && (
          <div className="space-y-2" data-testid="anonymous-speaker">
            <label className="block text-sm font-semibold">
              {t("anonymousAs")}
              <input
                value={value.anonymousAs}
                onChange={(e) => set({ anonymousAs: e.target.value })}
                placeholder={t("anonymousAsPlaceholder")}
                lang="hi"
                className={smallInput}
                data-testid="anonymous-as"
              />
            </label>
            <FieldError errors={speakerErrors?.anonymousAs} />
            <EntityPicker
              label={t("anonymousOf")}
              value={value.affiliation}
              onChange={(affiliation) => set({ affiliation })}
              errors={
                speakerErrors?.affiliationId ? { entityId: speakerErrors.affiliationId } : undefined
              }
              testId="anonymous-affiliation"
              kinds={ORGANISATION_KINDS}
            />
          </div>
        )}
        <VerbAndCue
          linkRole="SPEAKER"
          value={value.speaker}
          onChange={setSpeaker}
          testId="speaker"
          errors={speakerErrors}
        />
      </fieldset>

      <fieldset className="space-y-3 rounded-lg border border-stone-200 p-4">
        <legend className="px-1 font-semibold">{t("relayLegend")}</legend>
        <p className="text-sm text-stone-600">{t("relayHint")}</p>
        <ol className="space-y-3">
          {relays.map((r, i) => {
            const setParty = (party: PartyValue) =>
              set({ relays: relays.map((x) => (x.key === r.key ? { ...x, party } : x)) });
            return (
              <li key={r.key} className="rounded border border-stone-100 p-3">
                <EntityPicker
                  label={t("relay", { n: i + 1 })}
                  value={r.party}
                  onChange={(picked) => setParty(withPicked(r.party, picked))}
                  errors={errorsUnder(errors, `relays.${i}`)}
                  testId={`relay-${i}`}
                  focusOnMount={r.key === added}
                />
                <VerbAndCue
                  linkRole="RELAY"
                  value={r.party}
                  onChange={setParty}
                  testId={`relay-${i}`}
                  errors={errorsUnder(errors, `relays.${i}`)}
                />
                <div className="mt-2 flex gap-3 text-sm">
                  <Button
                    type="button"
                    variant="link"
                    disabled={i === 0}
                    aria-label={t("moveUp", { n: i + 1 })}
                    onClick={() => move(i, -1)}
                  >
                    {t("up")}
                  </Button>
                  <Button
                    type="button"
                    variant="link"
                    disabled={i === relays.length - 1}
                    aria-label={t("moveDown", { n: i + 1 })}
                    onClick={() => move(i, 1)}
                  >
                    {t("down")}
                  </Button>
                  <Button
                    type="button"
                    variant="link"
                    className="text-red-700"
                    aria-label={t("remove", { n: i + 1 })}
                    onClick={() => set({ relays: relays.filter((x) => x.key !== r.key) })}
                  >
                    {t("removeShort")}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button type="button" onClick={addRelay} variant="subtle" size="sm" className="text-sm">
          {t("addRelay")}
        </Button>
        <p className="text-sm text-stone-600" data-testid="chain-outlet">
          {published
            ? t.rich("publishedBy", {
                name: published.text,
                outlet: (chunks) => <strong>{langTag(published.lang, lang)(chunks)}</strong>,
              })
            : t("publishedByUnknown")}
        </p>
      </fieldset>
    </>
  );
}

/** The picker's value replaces the party's (id, names, typed words); the verb and cue stay. */
const withPicked = (party: PartyValue, picked: PickedEntity): PartyValue => ({
  ...party,
  entityId: picked.entityId,
  entity: picked.entity,
  typed: picked.typed,
});
