"use client";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { publishVerdictAction, sendVerdictBackAction } from "@/lib/verdict/actions";
import { FieldError, FormMessage, inputClass } from "./field";
import { useAction } from "./use-action";

/**
 * Publish or send back. Publishing goes through a preview of the public page first (rendered on the
 * server from the draft and handed in as `preview`); only "Publish now" calls the action.
 */
export function ReviewPanel({
  verdictId,
  version,
  preview,
}: {
  verdictId: string;
  version: number;
  preview: ReactNode;
}) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [previewing, setPreviewing] = useState(false);
  const publish = useAction(publishVerdictAction);
  const sendBack = useAction(sendVerdictBackAction);
  const pending = publish.pending || sendBack.pending;
  const refresh = () => router.refresh();

  if (previewing)
    return (
      <div
        className="space-y-4 rounded-lg border-2 border-green-800 bg-white p-4"
        data-testid="publish-preview"
      >
        <p className="font-semibold">
          This is the public page readers will see · <span lang="hi">पाठक यही पन्ना देखेंगे</span>
        </p>
        <div className="rounded border border-dashed border-stone-400 bg-stone-50 p-4">
          {preview}
        </div>
        <FormMessage result={publish.result} />
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            disabled={pending}
            onClick={() => publish.run({ verdictId, version }, refresh)}
            className="rounded bg-green-800 px-4 py-2 font-semibold text-white disabled:opacity-60"
          >
            Publish now · अभी प्रकाशित करें
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() => setPreviewing(false)}
            className="rounded border border-stone-400 px-4 py-2 font-semibold disabled:opacity-60"
          >
            Back · वापस
          </button>
        </div>
      </div>
    );

  return (
    <div
      className="space-y-3 rounded-lg border-2 border-brand bg-orange-50 p-4"
      data-testid="review-panel"
    >
      <h3 className="font-semibold">Your review · आपकी समीक्षा</h3>
      <FormMessage result={sendBack.result} />
      <button
        type="button"
        disabled={pending}
        onClick={() => setPreviewing(true)}
        className="rounded bg-green-800 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Approve and publish… · स्वीकृत कर प्रकाशित करें
      </button>
      <div>
        <label htmlFor="review-comment" className="block text-sm font-semibold">
          Or send it back with a comment
        </label>
        <textarea
          id="review-comment"
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          className={inputClass}
          lang="hi"
        />
        <FieldError errors={sendBack.errors?.comment} />
        <button
          type="button"
          disabled={pending}
          onClick={() => sendBack.run({ verdictId, version, comment }, refresh)}
          className="mt-2 rounded border border-stone-400 px-4 py-2 text-sm font-semibold disabled:opacity-60"
        >
          Send back to the author
        </button>
      </div>
    </div>
  );
}
