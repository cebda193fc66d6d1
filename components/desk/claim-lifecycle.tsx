"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { mergeClaimAction, restoreClaimAction, withdrawClaimAction } from "@/lib/claim/actions";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

/** "Withdraw claim": a reason is required; the claim is kept, with its history, out of the lists. */
export function WithdrawClaimForm({ claimId, version }: { claimId: string; version: number }) {
  const router = useRouter();
  const t = useTranslations("claims.withdraw");
  const common = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { pending, result, errors, run } = useAction(withdrawClaimAction);
  if (!open)
    return (
      <Button type="button" variant="link" className="text-sm" onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
    );
  return (
    <form
      noValidate
      className="space-y-2 rounded-lg border border-stone-300 bg-white p-4"
      data-testid="withdraw-form"
      onSubmit={(e) => {
        e.preventDefault();
        run({ claimId, version, reason }, () => {
          setOpen(false);
          router.refresh();
        });
      }}
    >
      <FormMessage result={result} />
      <label className={labelClass}>
        {t("why")}
        <textarea
          name="reason"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          className={inputClass}
        />
      </label>
      <FieldError errors={errors?.reason} />
      <p className="text-xs text-stone-600">{t("hint")}</p>
      <div className="flex gap-3">
        <Button type="submit" pending={pending} variant="dark" size="md">
          {t("submit")}
        </Button>
        <Button type="button" variant="link" onClick={() => setOpen(false)}>
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}

export function RestoreClaimButton({ claimId, version }: { claimId: string; version: number }) {
  const router = useRouter();
  const t = useTranslations("claims.withdraw");
  const { pending, result, run } = useAction(restoreClaimAction);
  return (
    <div className="space-y-2">
      <FormMessage result={result} />
      <Button
        type="button"
        pending={pending}
        variant="outline"
        size="sm"
        onClick={() => run({ claimId, version }, () => router.refresh())}
      >
        {t("restore")}
      </Button>
    </div>
  );
}

/** The last step of a merge: both claims were shown; the versions are the ones on that page. */
export function MergeConfirm({
  claimId,
  version,
  intoId,
  intoVersion,
}: {
  claimId: string;
  version: number;
  intoId: string;
  intoVersion: number;
}) {
  const router = useRouter();
  const t = useTranslations("claims.merge");
  const { pending, result, run } = useAction(mergeClaimAction);
  return (
    <div className="space-y-2">
      <FormMessage result={result} />
      <Button
        type="button"
        pending={pending}
        variant="dark"
        size="md"
        onClick={() =>
          run({ claimId, version, intoId, intoVersion }, (data) =>
            router.push(`/desk/claims/${data.survivorId}?merged=${claimId}`),
          )
        }
      >
        {pending ? t("merging") : t("confirm")}
      </Button>
    </div>
  );
}
