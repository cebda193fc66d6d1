"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { handOverVerdictAction } from "@/lib/verdict/actions";
import { FieldError, FormMessage } from "./field";
import { callAction, useAction } from "./use-action";

type Person = { id: string; name: string };

/**
 * "Hand the draft to…" (and "Take over" for a stale draft someone else holds). Not a <form>: it sits
 * inside the verdict form, and `prepare` saves what the author typed first, so handing over never
 * leaves unsaved text behind; it returns the version to hand over, or null when the save failed.
 */
export function VerdictHandOver({
  verdictId,
  version,
  holder,
  me,
  editors,
  canTake,
  prepare,
}: {
  verdictId: string;
  version: number;
  holder: Person;
  me: Person;
  editors: Person[];
  /** The draft is stale and someone else holds it: this editor may take it over. */
  canTake: boolean;
  prepare?: () => Promise<{ version: number } | null>;
}) {
  const router = useRouter();
  const t = useTranslations("verdicts.handOver");
  const tf = useTranslations("verdicts.form");
  const [picked, setPicked] = useState("");
  const { pending, result, setResult, errors, startTransition } = useAction(handOverVerdictAction);
  const handTo = (toUserId: string) =>
    startTransition(async () => {
      const current = prepare ? await prepare() : { version };
      if (!current) return;
      const r = await callAction(handOverVerdictAction, {
        verdictId,
        version: current.version,
        toUserId,
      });
      setResult(r);
      if (r.ok) router.refresh();
    });
  const others = editors.filter((u) => u.id !== holder.id);
  return (
    <div
      className="space-y-2 rounded border border-stone-300 bg-stone-50 p-3 text-sm"
      data-testid="verdict-hand-over"
    >
      <p className="font-semibold">{t("title")}</p>
      <p className="text-stone-600">{t("hint")}</p>
      <FormMessage result={result} />
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-1">
          {t("to")}
          <select
            name="toUserId"
            value={picked}
            onChange={(e) => setPicked(e.target.value)}
            className="rounded border border-stone-300 bg-white px-2 py-1"
            aria-invalid={!!errors?.toUserId}
          >
            <option value="">{t("chooseEditor")}</option>
            {others.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <Button
          type="button"
          pending={pending}
          onClick={() => handTo(picked)}
          variant="dark"
          size="sm"
        >
          {pending ? tf("working") : t("submit")}
        </Button>
        {canTake && holder.id !== me.id && (
          <Button
            type="button"
            pending={pending}
            onClick={() => handTo(me.id)}
            variant="outline"
            size="sm"
          >
            {t("take")}
          </Button>
        )}
      </div>
      <FieldError errors={errors?.toUserId} />
    </div>
  );
}
