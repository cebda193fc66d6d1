"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { reviseArticle } from "./article-writes";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

/**
 * "Import a new version": paste the text or read it from a file. The mentions are re-anchored in
 * it on the server; what cannot be placed shows up as orphans on this page.
 */
export function ArticleRevisionForm({
  articleId,
  revision,
}: {
  articleId: string;
  revision: number;
}) {
  const router = useRouter();
  const t = useTranslations("articles.revision");
  const [body, setBody] = useState("");
  const { pending, result, errors, run } = useAction(reviseArticle);
  const done = result?.ok ? result.data : null;
  return (
    <details className="mt-3 rounded border border-stone-300 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">{t("summary")}</summary>
      <form
        className="mt-3 space-y-2"
        data-testid="revision-form"
        onSubmit={(e) => {
          e.preventDefault();
          run({ articleId, revision, body }, () => {
            setBody("");
            router.refresh();
          });
        }}
      >
        <FormMessage result={result} />
        {done && (
          <p role="status" className="rounded bg-green-50 px-3 py-2" data-testid="revision-report">
            {done.status === "unchanged"
              ? t("unchanged")
              : t("report", {
                  title: done.title,
                  reanchored: done.placed,
                  orphaned: done.orphaned,
                })}
          </p>
        )}
        <label className={labelClass}>
          {t("newText")}
          <textarea
            name="body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={8}
            className={inputClass}
            lang="hi"
          />
        </label>
        <FieldError errors={errors?.body} />
        <label className={labelClass}>
          {t("fromFile")}
          <input
            className="mt-1 block"
            type="file"
            accept=".txt,text/plain"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setBody(await file.text());
            }}
          />
        </label>
        <Button type="submit" disabled={pending || !body.trim()} variant="dark" size="md">
          {t("submit")}
        </Button>
      </form>
    </details>
  );
}
