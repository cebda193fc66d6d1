"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
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
  const t = useTranslations("review.panel");
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
        <p className="font-semibold">{t("previewTitle")}</p>
        <div className="rounded border border-dashed border-stone-400 bg-stone-50 p-4">
          {preview}
        </div>
        <FormMessage result={publish.result} />
        <div className="flex flex-wrap gap-3">
          <Button
            type="button"
            pending={pending}
            onClick={() => publish.run({ verdictId, version }, refresh)}
            variant="success"
            size="md"
          >
            {t("publishNow")}
          </Button>
          <Button
            type="button"
            pending={pending}
            onClick={() => setPreviewing(false)}
            variant="outline"
            size="md"
          >
            {t("back")}
          </Button>
        </div>
      </div>
    );

  return (
    <div
      className="space-y-3 rounded-lg border-2 border-brand bg-orange-50 p-4"
      data-testid="review-panel"
    >
      <h3 className="font-semibold">{t("title")}</h3>
      <FormMessage result={sendBack.result} />
      <Button
        type="button"
        pending={pending}
        onClick={() => setPreviewing(true)}
        variant="success"
        size="md"
      >
        {t("approve")}
      </Button>
      <div>
        <label htmlFor="review-comment" className="block text-sm font-semibold">
          {t("sendBackLabel")}
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
        <Button
          type="button"
          pending={pending}
          onClick={() => sendBack.run({ verdictId, version, comment }, refresh)}
          variant="outline"
          size="md"
          className="mt-2 text-sm"
        >
          {t("sendBack")}
        </Button>
      </div>
    </div>
  );
}
