"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { updateClaimAction } from "@/lib/claim/actions";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

export function ClaimWordingForm({
  claim,
}: {
  claim: {
    id: string;
    version: number;
    textHi: string;
    textEn: string | null;
    topic: string | null;
  };
}) {
  const router = useRouter();
  const t = useTranslations("claims.wording");
  const common = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [f, setF] = useState({
    textHi: claim.textHi,
    textEn: claim.textEn ?? "",
    topic: claim.topic ?? "",
  });
  const [version, setVersion] = useState(claim.version);
  const { pending, result, errors, run } = useAction(updateClaimAction);

  if (!open)
    return (
      <Button type="button" onClick={() => setOpen(true)} variant="link" className="text-sm">
        {t("edit")}
      </Button>
    );

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run({ claimId: claim.id, version, ...f }, (data) => {
      setVersion(data.version);
      setOpen(false);
      router.refresh();
    });
  };

  return (
    <form
      onSubmit={submit}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      noValidate
      data-testid="claim-wording-form"
    >
      <FormMessage result={result} />
      <label className={labelClass}>
        {t("claimHi")}
        <textarea
          lang="hi"
          rows={3}
          value={f.textHi}
          onChange={(e) => setF({ ...f, textHi: e.target.value })}
          className={inputClass}
          name="textHi"
        />
      </label>
      <FieldError errors={errors?.textHi} />
      <label className={labelClass}>
        {t("claimEn")}
        <textarea
          lang="en"
          rows={2}
          value={f.textEn}
          onChange={(e) => setF({ ...f, textEn: e.target.value })}
          className={inputClass}
          name="textEn"
        />
      </label>
      <label className={labelClass}>
        {t("topic")}
        <input
          value={f.topic}
          onChange={(e) => setF({ ...f, topic: e.target.value })}
          className={inputClass}
          name="topic"
        />
      </label>
      <div className="flex gap-3">
        <Button type="submit" pending={pending} variant="dark" size="md">
          {t("save")}
        </Button>
        <Button type="button" onClick={() => setOpen(false)} variant="link" className="text-sm">
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}
