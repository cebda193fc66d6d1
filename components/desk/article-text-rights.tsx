"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { setTextRightsAction } from "@/lib/article/actions";
import { TEXT_RIGHTS, type TextRightsValue } from "@/lib/labels";
import { FieldError, FormMessage } from "./field";
import { useAction } from "./use-action";

/**
 * Whose text the article is, which decides what readers see of it: the full text (own or licensed)
 * or only its checked claims in context and a link to the original (another outlet's). Saved at
 * once, checked against the value shown, and recorded in the history below.
 */
export function ArticleTextRights({
  articleId,
  textRights,
}: {
  articleId: string;
  textRights: TextRightsValue;
}) {
  const router = useRouter();
  const t = useTranslations("articles.rights");
  const te = useTranslations("enums");
  const tc = useTranslations("common");
  const [choice, setChoice] = useState(textRights);
  const { pending, result, errors, run } = useAction(setTextRightsAction);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run({ articleId, from: textRights, textRights: choice }, () => router.refresh());
  };
  const saved = result?.ok && choice === textRights;
  return (
    <form
      onSubmit={submit}
      className="mt-8 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="text-rights-form"
    >
      <fieldset aria-describedby={errors?.textRights ? "text-rights-error" : undefined}>
        <legend className="text-sm font-semibold">{t("legend")}</legend>
        <p className="mt-1 text-xs text-stone-600">{t("hint")}</p>
        <div className="mt-2 space-y-2">
          {TEXT_RIGHTS.map((v) => (
            <label key={v} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="textRights"
                value={v}
                checked={choice === v}
                onChange={() => setChoice(v)}
                className="mt-1"
              />
              <span>
                <span className="font-semibold">{te(`TextRights.${v}`)}</span>
                <span className="block text-xs text-stone-600">{te(`TextRightsReaders.${v}`)}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError errors={errors?.textRights} id="text-rights-error" />
      </fieldset>
      <div className="mt-3 flex items-center gap-3">
        <Button
          type="submit"
          disabled={pending || choice === textRights}
          variant="brand"
          size="sm"
          className="text-sm"
        >
          {tc("save")}
        </Button>
        {saved && (
          <span role="status" className="text-sm text-green-800">
            {t("saved")}
          </span>
        )}
      </div>
      <div className="mt-2">
        <FormMessage result={result} />
      </div>
    </form>
  );
}
