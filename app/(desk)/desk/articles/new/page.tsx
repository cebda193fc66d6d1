import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleAddForm } from "@/components/desk/article-add-form";
import { ArticleUpload } from "@/components/desk/article-upload";
import { requireDeskUser } from "@/lib/require-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.add");
  return { title: t("title") };
}

export default async function NewArticlePage() {
  await requireDeskUser("/desk/articles/new");
  const t = await getTranslations("articles.add");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-600">{t("intro")}</p>
      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("pasteOne")}</h2>
          <ArticleAddForm />
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("importFiles")}</h2>
          <ArticleUpload />
        </section>
      </div>
    </>
  );
}
