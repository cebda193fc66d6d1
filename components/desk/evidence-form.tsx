"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addEvidenceAction } from "@/lib/source/actions";
import type { ActionResult } from "@/lib/errors";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";

const EMPTY = { url: "", title: "", publisher: "", author: "", publishedAt: "", accessedAt: "", archiveUrl: "", stance: "", quote: "", note: "" };
type Fields = typeof EMPTY;

export function EvidenceForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [f, setF] = useState<Fields>(EMPTY);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const set = (k: keyof Fields) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setF({ ...f, [k]: e.target.value });

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const r = await addEvidenceAction({ claimId, ...f, stance: f.stance as "SUPPORTS" });
      setResult(r);
      if (r.ok) {
        setF(EMPTY);
        router.refresh();
      }
    });
  }

  const text = (k: keyof Fields, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <label className={labelClass} htmlFor={`ev-${k}`}>
        {label}
      </label>
      <input id={`ev-${k}`} name={k} value={f[k]} onChange={set(k)} className={inputClass} aria-invalid={!!errors?.[k]} {...props} />
      <FieldError errors={errors?.[k]} />
    </div>
  );

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" noValidate data-testid="evidence-form">
      <h3 className="font-semibold">Add a source · स्रोत जोड़ें</h3>
      <FormMessage result={result} />
      {text("url", "Address (URL)", { type: "url", placeholder: "https://" })}
      {text("title", "Title")}
      <div className="grid gap-3 md:grid-cols-2">
        {text("publisher", "Publisher")}
        {text("author", "Author")}
        {text("publishedAt", "Published on", { type: "date" })}
        {text("accessedAt", "Accessed on (default: today)", { type: "date" })}
      </div>
      {text("archiveUrl", "Archived copy (URL, optional)", { type: "url" })}
      <div>
        <label className={labelClass} htmlFor="ev-stance">
          What it shows about the claim
        </label>
        <select id="ev-stance" name="stance" value={f.stance} onChange={set("stance")} className={inputClass} aria-invalid={!!errors?.stance}>
          <option value="">Choose…</option>
          <option value="SUPPORTS">Supports it · पुष्टि करता है</option>
          <option value="CONTRADICTS">Contradicts it · खंडन करता है</option>
          <option value="CONTEXT">Gives context · संदर्भ</option>
        </select>
        <FieldError errors={errors?.stance} />
      </div>
      <div>
        <label className={labelClass} htmlFor="ev-quote">
          Pinpoint quote from the source (optional)
        </label>
        <textarea id="ev-quote" name="quote" rows={2} value={f.quote} onChange={set("quote")} className={inputClass} />
      </div>
      <div>
        <label className={labelClass} htmlFor="ev-note">
          Note (optional)
        </label>
        <textarea id="ev-note" name="note" rows={2} value={f.note} onChange={set("note")} className={inputClass} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-stone-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Adding…" : "Add source"}
      </button>
    </form>
  );
}
