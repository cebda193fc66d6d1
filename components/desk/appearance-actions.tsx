"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import type { DossierMention } from "@/lib/claim/dossier";
import { editAttributionAction, removeMentionAction } from "@/lib/claim/mention-actions";
import { ChainFields, type ChainValue, chainInput, type PartyValue } from "./chain-fields";
import { pickedOf } from "./entity-picker";
import { FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

/** The chain as stored, in the form's terms: what the editor starts editing from. */
function chainOf(m: DossierMention): ChainValue {
  const speaker = m.chain.find((l) => l.role === "SPEAKER");
  const relays = m.chain.filter((l) => l.role === "RELAY");
  const party = (l: (typeof m.chain)[number]): PartyValue => ({
    ...pickedOf(l.entity),
    verb: l.verb,
    // The stored verb is the editor's: a cue typed later does not overwrite it.
    verbChosen: true,
    cue: l.cue ?? undefined,
  });
  const anonymous =
    !!speaker && !speaker.entity && (!!speaker.anonymousAs || !!speaker.affiliation);
  return {
    speakerType: speaker?.entity ? "entity" : anonymous ? "anonymous" : "article",
    speaker: speaker ? party(speaker) : {},
    anonymousAs: speaker?.anonymousAs ?? "",
    affiliation: pickedOf(speaker?.affiliation),
    relays: relays.map((r, key) => ({ key, party: party(r) })),
  };
}

/** Corrections to one appearance: remove it, re-select its words, or edit who said it. */
export function AppearanceActions({
  mention,
  version,
  onlyOne,
}: {
  mention: DossierMention;
  /** The claim's version as this page read it: every change names it. */
  version: number;
  onlyOne: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("articles.appearance");
  const tc = useTranslations("common");
  const [mode, setMode] = useState<"idle" | "remove" | "attribution">("idle");
  const [reason, setReason] = useState("");
  const [chain, setChain] = useState(() => chainOf(mention));
  const remove = useAction(removeMentionAction);
  const edit = useAction(editAttributionAction);
  const done = () => {
    setMode("idle");
    router.refresh();
  };

  return (
    <div
      className="mt-3 space-y-3 border-t border-stone-100 pt-3 text-sm"
      data-testid="appearance-actions"
    >
      <div className="flex flex-wrap gap-2">
        <Link
          href={`/desk/articles/${mention.article.id}?reselect=${mention.id}`}
          className={buttonClass("subtle", "sm")}
        >
          {t("reselect")}
        </Link>
        <Button type="button" variant="subtle" size="sm" onClick={() => setMode("attribution")}>
          {t("editAttribution")}
        </Button>
        {onlyOne ? (
          <span className="self-center text-xs text-stone-600">{t("onlyOne")}</span>
        ) : (
          <Button
            type="button"
            variant="subtle"
            size="sm"
            className="text-red-800"
            onClick={() => setMode("remove")}
          >
            {t("remove")}
          </Button>
        )}
      </div>

      {mode === "remove" && (
        <div
          className="space-y-2 rounded border border-red-200 bg-red-50 p-3"
          data-testid="remove-confirm"
        >
          <FormMessage result={remove.result} />
          <p>{t("removeConfirm")}</p>
          <label className={labelClass}>
            {t("why")}
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={inputClass}
            />
          </label>
          <div className="flex gap-2">
            <Button
              type="button"
              disabled={remove.pending}
              variant="danger"
              size="sm"
              onClick={() => remove.run({ mentionId: mention.id, version, reason }, done)}
            >
              {remove.pending ? t("removing") : t("yesRemove")}
            </Button>
            <Button type="button" variant="subtle" size="sm" onClick={() => setMode("idle")}>
              {tc("cancel")}
            </Button>
          </div>
        </div>
      )}

      {mode === "attribution" && (
        <form
          className="space-y-3"
          noValidate
          data-testid="attribution-form"
          onSubmit={(e) => {
            e.preventDefault();
            edit.run({ mentionId: mention.id, version, ...chainInput(chain) }, done);
          }}
        >
          <FormMessage result={edit.result} />
          <ChainFields
            value={chain}
            onChange={setChain}
            outlet={mention.article.outlet}
            errors={edit.errors}
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={edit.pending} variant="brand" size="sm">
              {edit.pending ? tc("saving") : t("saveAttribution")}
            </Button>
            <Button type="button" variant="subtle" size="sm" onClick={() => setMode("idle")}>
              {tc("cancel")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
