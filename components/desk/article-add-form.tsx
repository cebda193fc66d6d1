"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ArticleDetailsFields } from "./article-details-fields";
import { addArticle } from "./article-writes";
import type { PickedEntity } from "./entity-picker";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

/** Paste one article. What was typed stays in the form whatever the answer. */
export function ArticleAddForm() {
  const router = useRouter();
  const t = useTranslations("articles.add");
  const [f, setF] = useState({ title: "", body: "", url: "", publishedAt: "", lang: "hi" });
  const [outlet, setOutlet] = useState<PickedEntity>({});
  const { pending, result, errors, run } = useAction(addArticle);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run({ ...f, outlet: outlet.entityId, outletTyped: outlet.typed }, (data) => {
      if (data.status !== "skipped") router.push(`/desk/articles/${data.id}`);
    });
  };
  const skipped = result?.ok && result.data.status === "skipped" ? result.data : null;

  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid="article-add-form">
      <FormMessage result={result} />
      {skipped && (
        <p role="status" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("alreadyIn")}{" "}
          <Link href={`/desk/articles/${skipped.id}`} className="underline" lang="hi">
            {skipped.title}
          </Link>
        </p>
      )}
      <label className={labelClass}>
        {t("titleField")}
        <input
          value={f.title}
          onChange={set("title")}
          className={inputClass}
          name="title"
          lang={f.lang}
        />
      </label>
      <FieldError errors={errors?.title} />
      <label className={labelClass}>
        {t("body")}
        <textarea
          value={f.body}
          onChange={set("body")}
          rows={12}
          className={inputClass}
          name="body"
          lang={f.lang}
        />
      </label>
      <FieldError errors={errors?.body} />
      <ArticleDetailsFields
        values={f}
        set={set}
        outlet={outlet}
        setOutlet={setOutlet}
        errors={errors}
        outletErrors={errors?.outlet}
      />
      <Button type="submit" pending={pending} variant="dark" size="md">
        {t("submit")}
      </Button>
    </form>
  );
}
