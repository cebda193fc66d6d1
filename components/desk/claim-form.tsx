"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { logClaimAction } from "@/lib/claim/actions";
import type { PassageMatches } from "@/lib/claim/match";
import { ChainFields, chainInput, initialChain, type PartyValue } from "./chain-fields";
import { ClaimMatchPicker } from "./claim-match-picker";
import type { PickedEntity } from "./entity-picker";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

interface Props {
  articleId: string;
  start: number;
  end: number;
  quote: string;
  /** The article's outlet: the chain's last link, shown as it is. */
  outlet: { nameHi: string | null; nameEn: string | null } | null;
  /** Claims already logged that say the same thing (lib/claim/match.ts). */
  matches: PassageMatches;
  /** A claim to attach to from the start (the import report's link), when it is attachable. */
  claimId?: string;
  /** Starting values (a spotter suggestion's wording and attribution); all stay editable. */
  initial?: {
    textHi?: string;
    speaker?: PartyValue;
    relays?: PartyValue[];
    /** A proposed anonymous source: the speaker's verb and cue stay in `speaker`. */
    anonymous?: { anonymousAs: string; affiliation: PickedEntity };
  };
  /** What the selection runs through (a paragraph break, page furniture): logging needs a tick. */
  crossings?: string[];
}

/** Logs a claim from a selected quote. Nothing typed is lost when the server says no. */
export function ClaimForm({
  articleId,
  start,
  end,
  quote,
  outlet,
  matches,
  claimId,
  initial,
  crossings = [],
}: Props) {
  const router = useRouter();
  const t = useTranslations("claims.form");
  const { pending, result, errors, run } = useAction(logClaimAction);
  const [existingClaimId, setExistingClaimId] = useState(
    matches.matches.find((m) => m.id === claimId && m.attachable)?.id ?? "",
  );
  const [textHi, setTextHi] = useState(initial?.textHi ?? quote);
  const [textEn, setTextEn] = useState("");
  const [topic, setTopic] = useState("");
  const [chain, setChain] = useState(() =>
    initialChain(initial?.speaker, initial?.relays, initial?.anonymous),
  );
  const [confirmCrossing, setConfirmCrossing] = useState(false);
  const blocked = crossings.length > 0 && !confirmCrossing;

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
        ...chainInput(chain),
        confirmCrossing: crossings.length > 0 ? confirmCrossing : undefined,
      },
      (data) => router.push(`/desk/claims/${data.claimId}`),
    );
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate data-testid="claim-form">
      <FormMessage result={result} />
      {crossings.length > 0 && (
        <div
          className="rounded bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="crossing-warning"
        >
          <p>
            {t.rich("crossing", {
              // lib/claim/mention-span.ts names a paragraph break in English; furniture lines are
              // the article's own words.
              crossings: crossings
                .map((c) => (c === "a paragraph break" ? t("paragraphBreak") : c))
                .join(", "),
              b: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <label className="mt-2 flex items-center gap-2 font-semibold">
            <input
              type="checkbox"
              checked={confirmCrossing}
              onChange={(e) => setConfirmCrossing(e.target.checked)}
            />
            {t("logAnyway")}
          </label>
          <FieldError errors={errors?.confirmCrossing} />
        </div>
      )}

      <ClaimMatchPicker found={matches} value={existingClaimId} onChange={setExistingClaimId} />

      {!existingClaimId && (
        <fieldset className="space-y-4">
          <div>
            <label className={labelClass} htmlFor="textHi">
              {t("textHi")}
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
              {t("textEn")}
            </label>
            <textarea
              lang="en"
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
              {t("topic")}
            </label>
            <input
              id="topic"
              name="topic"
              value={topic}
              onChange={(e) => setTopic(e.target.value)}
              className={inputClass}
              placeholder={t("topicPlaceholder")}
            />
            <FieldError errors={errors?.topic} />
          </div>
        </fieldset>
      )}

      <ChainFields value={chain} onChange={setChain} outlet={outlet} errors={errors} />

      <Button type="submit" disabled={pending || blocked} variant="brand" size="md">
        {pending ? t("saving") : existingClaimId ? t("logAppearance") : t("log")}
      </Button>
    </form>
  );
}
