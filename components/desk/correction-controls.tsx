"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  approveRetractionAction,
  discardCorrectionAction,
  requestRetractionAction,
  withdrawRetractionAction,
} from "@/lib/correction/actions";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

/** Asks for a retraction: the fact check stays public, marked retracted, once a second editor agrees. */
export function RetractionForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const t = useTranslations("corrections.retract");
  const [note, setNote] = useState({ noteHi: "", noteEn: "" });
  const request = useAction(requestRetractionAction);
  return (
    <form
      className="space-y-3"
      noValidate
      data-testid="retraction-form"
      onSubmit={(e) => {
        e.preventDefault();
        request.run({ claimId, ...note }, () => router.refresh());
      }}
    >
      <FormMessage result={request.result} />
      <div>
        <label className={labelClass} htmlFor="r-noteHi">
          {t("noteHi")}
        </label>
        <textarea
          id="r-noteHi"
          lang="hi"
          rows={3}
          value={note.noteHi}
          onChange={(e) => setNote({ ...note, noteHi: e.target.value })}
          className={inputClass}
        />
        <FieldError errors={request.errors?.noteHi} />
      </div>
      <div>
        <label className={labelClass} htmlFor="r-noteEn">
          {t("noteEn")}
        </label>
        <textarea
          id="r-noteEn"
          rows={2}
          value={note.noteEn}
          onChange={(e) => setNote({ ...note, noteEn: e.target.value })}
          className={inputClass}
        />
      </div>
      <Button type="submit" disabled={request.pending} variant="danger" size="md">
        {t("request")}
      </Button>
    </form>
  );
}

/** A pending retraction: another editor approves it; anyone may withdraw or decline it. */
export function RetractionReview({
  correctionId,
  version,
  canApprove,
}: {
  correctionId: string;
  version: number;
  canApprove: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("corrections.retract");
  const approve = useAction(approveRetractionAction);
  const withdraw = useAction(withdrawRetractionAction);
  const pending = approve.pending || withdraw.pending;
  const refresh = () => router.refresh();
  return (
    <div className="space-y-2">
      <FormMessage result={approve.result} />
      <FormMessage result={withdraw.result} />
      {canApprove ? (
        <Button
          type="button"
          pending={pending}
          onClick={() => approve.run({ correctionId, version }, refresh)}
          variant="danger"
          size="md"
        >
          {t("approve")}
        </Button>
      ) : (
        <p className="text-sm" data-testid="awaiting-review">
          {t("yours")}
        </p>
      )}
      <Button
        type="button"
        pending={pending}
        onClick={() => withdraw.run({ correctionId, version }, refresh)}
        variant="outline"
        size="md"
        className="ml-3 text-sm"
      >
        {canApprove ? t("decline") : t("withdraw")}
      </Button>
    </div>
  );
}

/** Abandons a correction draft: readers never saw it, and the claim is free for another change. */
export function DiscardCorrection({
  correctionId,
  version,
}: {
  correctionId: string;
  version: number;
}) {
  const router = useRouter();
  const t = useTranslations("corrections.correct");
  const discard = useAction(discardCorrectionAction);
  return (
    <div>
      <FormMessage result={discard.result} />
      <Button
        type="button"
        disabled={discard.pending}
        onClick={() => discard.run({ correctionId, version }, () => router.refresh())}
        variant="outline"
        size="md"
        className="text-sm"
      >
        {t("discard")}
      </Button>
    </div>
  );
}
