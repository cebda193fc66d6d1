"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { publishVerdictAction, sendVerdictBackAction } from "@/lib/verdict/actions";
import type { ActionResult } from "@/lib/errors";
import { FieldError, FormMessage, inputClass } from "./field";

export function ReviewPanel({ verdictId, version }: { verdictId: string; version: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [comment, setComment] = useState("");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;

  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const r = await action();
      setResult(r);
      if (r.ok) router.refresh();
    });

  return (
    <div className="space-y-3 rounded-lg border-2 border-brand bg-orange-50 p-4" data-testid="review-panel">
      <h3 className="font-semibold">Your review · आपकी समीक्षा</h3>
      <FormMessage result={result} />
      <button type="button" disabled={pending} onClick={() => run(() => publishVerdictAction({ verdictId, version }))} className="rounded bg-green-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
        Approve and publish · स्वीकृत कर प्रकाशित करें
      </button>
      <div>
        <label htmlFor="review-comment" className="block text-sm font-semibold">
          Or send it back with a comment
        </label>
        <textarea id="review-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} className={inputClass} lang="hi" />
        <FieldError errors={errors?.comment} />
        <button type="button" disabled={pending} onClick={() => run(() => sendVerdictBackAction({ verdictId, version, comment }))} className="mt-2 rounded border border-stone-400 px-4 py-2 text-sm font-semibold disabled:opacity-60">
          Send back to the author
        </button>
      </div>
    </div>
  );
}
