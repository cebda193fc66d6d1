"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { addReviewCommentAction } from "@/lib/review/actions";
import { FieldError, FormMessage, inputClass } from "./field";
import { useAction } from "./use-action";

export function ReviewCommentForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const t = useTranslations("review.thread");
  const [body, setBody] = useState("");
  const add = useAction(addReviewCommentAction);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        add.run({ claimId, body }, () => {
          setBody("");
          router.refresh();
        });
      }}
    >
      <label htmlFor="thread-comment" className="block text-sm font-semibold">
        {t("add")}
      </label>
      <textarea
        id="thread-comment"
        rows={2}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        className={inputClass}
        lang="hi"
      />
      <FieldError errors={add.errors?.body} />
      <FormMessage result={add.result?.ok ? null : add.result} />
      <Button type="submit" disabled={add.pending} variant="outline" size="sm" className="text-sm">
        {t("comment")}
      </Button>
    </form>
  );
}
