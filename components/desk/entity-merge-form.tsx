"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { mergeEntityAction } from "@/lib/entity/actions";
import { langOf } from "@/lib/i18n/locale";
import { HeldForReview } from "./change-decision";
import { langAttr, langTag } from "./entity-name";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

interface Side {
  id: string;
  version: number;
  /** Both names, the page language's first (entityLabel), and the language of the first. */
  name: { text: string; lang: "hi" | "en" };
}

/**
 * The merge's decision: which entry stays, why the two are one, and — when they share no Hindi
 * name — an explicit confirmation, because two different people can share a romanised spelling.
 */
export function EntityMergeForm({
  a,
  b,
  sharedHindiName,
}: {
  a: Side;
  b: Side;
  sharedHindiName: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("entities.merge");
  const lang = langOf(useLocale());
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  // By default the entry the editor came from merges into the one they found.
  const [survivorId, setSurvivorId] = useState(b.id);
  const [reason, setReason] = useState("");
  const [confirmSameIdentity, setConfirm] = useState(false);
  const { pending, result, errors, run } = useAction(mergeEntityAction);
  const survivor = survivorId === a.id ? a : b;
  const loser = survivorId === a.id ? b : a;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      {
        loserId: loser.id,
        loserVersion: loser.version,
        survivorId: survivor.id,
        survivorVersion: survivor.version,
        reason,
        confirmSameIdentity: sharedHindiName ? undefined : confirmSameIdentity,
      },
      (data) => {
        if ("review" in data) return;
        router.push(`/desk/entities/${data.survivorId}`);
      },
    );
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="entity-merge-form"
      // Set once hydrated: before that, what a fast typist (or a test) enters would be reset.
      data-ready={ready}
    >
      <FormMessage result={result} />
      {result?.ok && "review" in result.data && (
        <HeldForReview published={result.data.review.published} />
      )}
      <fieldset>
        <legend className={labelClass}>{t("survivor")}</legend>
        {[a, b].map((s) => (
          <label key={s.id} className="mt-1 flex items-center gap-2">
            <input
              type="radio"
              name="survivor"
              value={s.id}
              checked={survivorId === s.id}
              onChange={() => setSurvivorId(s.id)}
            />
            <span lang={langAttr(s.name.lang, lang)}>{s.name.text}</span>
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-stone-600" data-testid="entity-merge-summary">
        {t.rich("summary", {
          loser: loser.name.text,
          survivor: survivor.name.text,
          l: langTag(loser.name.lang, lang),
          s: langTag(survivor.name.lang, lang),
        })}
      </p>
      <div>
        <label className={labelClass}>
          {t("reason")}
          <textarea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className={inputClass}
            name="reason"
            rows={2}
            required
            minLength={10}
          />
        </label>
        <FieldError errors={errors?.reason} />
      </div>
      {!sharedHindiName && (
        <div className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          <p>{t("noSharedHindi")}</p>
          <label className="mt-2 flex items-center gap-2 font-semibold">
            <input
              type="checkbox"
              name="confirmSameIdentity"
              checked={confirmSameIdentity}
              onChange={(e) => setConfirm(e.target.checked)}
            />
            {t("confirm")}
          </label>
          <FieldError errors={errors?.confirmSameIdentity} />
        </div>
      )}
      <Button type="submit" pending={pending} variant="danger" size="md">
        {t("submit")}
      </Button>
    </form>
  );
}
