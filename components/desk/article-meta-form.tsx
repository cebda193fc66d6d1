"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { updateArticleAction } from "@/lib/article/actions";
import { ArticleDetailsFields } from "./article-details-fields";
import { HeldForReview } from "./change-decision";
import { type EntityChoice, pickedOf } from "./entity-picker";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

interface ArticleMeta {
  id: string;
  version: number;
  title: string;
  url: string | null;
  lang: string;
  publishedAt: Date | null;
  /** The newsroom day of `publishedAt` ("" when unknown), as the date field shows it. */
  publishedDay: string;
  outletId: string | null;
  outlet: EntityChoice | null;
}

/** Correct an article's title, outlet, address, date or language (never its text). */
export function ArticleMetaForm({ article }: { article: ArticleMeta }) {
  const router = useRouter();
  const t = useTranslations("articles");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  // A date field holds a day; an article published at a known time keeps it unless the day changes.
  const storedDay = article.publishedDay;
  const [f, setF] = useState({
    title: article.title,
    url: article.url ?? "",
    lang: article.lang,
    publishedAt: storedDay,
  });
  const [outlet, setOutlet] = useState(() => pickedOf(article.outlet));
  const [version, setVersion] = useState(article.version);
  const { pending, result, errors, run } = useAction(updateArticleAction);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });

  if (!open)
    return (
      <Button type="button" onClick={() => setOpen(true)} variant="link" className="text-sm">
        {t("details.edit")}
      </Button>
    );

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const publishedAt =
      f.publishedAt && f.publishedAt === storedDay
        ? article.publishedAt?.toISOString()
        : f.publishedAt;
    run(
      {
        articleId: article.id,
        version,
        ...f,
        publishedAt,
        outletId: outlet.entityId,
        outletTyped: outlet.typed,
      },
      (data) => {
        if ("review" in data) return;
        setVersion(data.version);
        setOpen(false);
        router.refresh();
      },
    );
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="mt-3 space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="article-meta-form"
    >
      <FormMessage result={result} />
      {result?.ok && "review" in result.data && (
        <HeldForReview published={result.data.review.published} />
      )}
      <label className={labelClass}>
        {t("add.titleField")}
        <input
          value={f.title}
          onChange={set("title")}
          className={inputClass}
          name="title"
          lang={f.lang === "en" ? "en" : "hi"}
        />
      </label>
      <FieldError errors={errors?.title} />
      <ArticleDetailsFields
        values={f}
        set={set}
        outlet={outlet}
        setOutlet={setOutlet}
        errors={errors}
        outletErrors={errors?.outletId}
      />
      <div className="flex gap-3">
        <Button type="submit" pending={pending} variant="dark" size="md">
          {t("details.save")}
        </Button>
        <Button type="button" onClick={() => setOpen(false)} variant="link" className="text-sm">
          {tc("cancel")}
        </Button>
      </div>
    </form>
  );
}
