"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { logClaimAction } from "@/lib/claim/actions";
import type { PassageMatches } from "@/lib/claim/match";
import { errorsUnder } from "@/lib/form-errors";
import { ClaimMatchPicker } from "./claim-match-picker";
import { type EntityOption, EntityPicker, type PartyValue } from "./entity-picker";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

interface Props {
  articleId: string;
  start: number;
  end: number;
  quote: string;
  entities: EntityOption[];
  /** Claims already logged that say the same thing (lib/claim/match.ts). */
  matches: PassageMatches;
  /** A claim to attach to from the start (the import report's link), when it is attachable. */
  claimId?: string;
  /** Starting values (a spotter suggestion's wording and attribution); all stay editable. */
  initial?: { textHi?: string; speaker?: PartyValue; relays?: PartyValue[] };
}

/** Logs a claim from a selected quote. Nothing typed is lost when the server says no. */
export function ClaimForm({
  articleId,
  start,
  end,
  quote,
  entities,
  matches,
  claimId,
  initial,
}: Props) {
  const router = useRouter();
  const { pending, result, errors, run } = useAction(logClaimAction);
  const [existingClaimId, setExistingClaimId] = useState(
    matches.matches.find((m) => m.id === claimId && m.attachable)?.id ?? "",
  );
  const [textHi, setTextHi] = useState(initial?.textHi ?? quote);
  const [textEn, setTextEn] = useState("");
  const [topic, setTopic] = useState("");
  const [speakerType, setSpeakerType] = useState<"entity" | "article">("entity");
  const [speaker, setSpeaker] = useState<PartyValue>(initial?.speaker ?? {});
  const [articleCue, setArticleCue] = useState("");
  // Each relay row keeps a stable key: with the index as key, removing relay 1 of 3 would hand relay 2's
  // half-typed name to relay 1's picker.
  const [relays, setRelays] = useState<{ key: number; party: PartyValue }[]>(
    (initial?.relays ?? []).map((party, key) => ({ key, party })),
  );
  const [nextKey, setNextKey] = useState(initial?.relays?.length ?? 0);
  const addRelay = () => {
    setRelays([...relays, { key: nextKey, party: {} }]);
    setNextKey(nextKey + 1);
  };

  function submit(e: React.FormEvent) {
    e.preventDefault();
    run(
      {
        articleId,
        start,
        end,
        existingClaimId: existingClaimId || undefined,
        textHi,
        textEn,
        topic,
        speaker:
          speakerType === "article"
            ? { type: "article", cue: articleCue }
            : { type: "entity", party: speaker },
        relays: relays.map((r) => r.party),
      },
      (data) => router.push(`/desk/claims/${data.claimId}`),
    );
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate data-testid="claim-form">
      <FormMessage result={result} />
      <ClaimMatchPicker found={matches} value={existingClaimId} onChange={setExistingClaimId} />

      {!existingClaimId && (
        <fieldset className="space-y-4">
          <div>
            <label className={labelClass} htmlFor="textHi">
              The claim, as a checkable statement (Hindi) <span lang="hi">· दावा</span>
            </label>
            <textarea
              id="textHi"
              name="textHi"
              lang="hi"
              rows={3}
              value={textHi}
              onChange={(e) => setTextHi(e.target.value)}
              className={inputClass}
              aria-invalid={!!errors?.textHi}
            />
            <FieldError errors={errors?.textHi} />
          </div>
          <div>
            <label className={labelClass} htmlFor="textEn">
              In English (optional; used for the public URL)
            </label>
            <textarea
              id="textEn"
              name="textEn"
              rows={2}
              value={textEn}
              onChange={(e) => setTextEn(e.target.value)}
              className={inputClass}
            />
            <FieldError errors={errors?.textEn} />
          </div>
          <div>
            <label className={labelClass} htmlFor="topic">
              Topic (optional)
            </label>
            <input
              id="topic"
              name="topic"
              value={topic}
              onChange={(e) => setTopic(e.target.value)}
              className={inputClass}
              placeholder="arms, train, grain…"
            />
            <FieldError errors={errors?.topic} />
          </div>
        </fieldset>
      )}

      <fieldset className="space-y-3 rounded-lg border border-stone-200 p-4">
        <legend className="px-1 font-semibold">Who said it · किसने कहा</legend>
        <div className="flex gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="speakerType"
              checked={speakerType === "entity"}
              onChange={() => setSpeakerType("entity")}
            />{" "}
            A person or organisation
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="speakerType"
              checked={speakerType === "article"}
              onChange={() => setSpeakerType("article")}
            />{" "}
            The article itself (no one named)
          </label>
        </div>
        {speakerType === "entity" ? (
          <EntityPicker
            label="Speaker"
            value={speaker}
            onChange={setSpeaker}
            entities={entities}
            errors={errorsUnder(errors, "speaker.party")}
            testId="speaker"
          />
        ) : (
          <label className="block text-xs text-stone-600">
            Cue words (optional)
            <input
              value={articleCue}
              onChange={(e) => setArticleCue(e.target.value)}
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
                setRelays(relays.map((x) => (x.key === r.key ? { ...x, party: v } : x)))
              }
              entities={entities}
              errors={errorsUnder(errors, `relays.${i}`)}
              testId={`relay-${i}`}
              defaultKind="OUTLET"
            />
            <button
              type="button"
              className="mt-2 text-sm text-red-700 underline"
              onClick={() => setRelays(relays.filter((x) => x.key !== r.key))}
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

      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : "Log claim · दावा दर्ज करें"}
      </button>
    </form>
  );
}
