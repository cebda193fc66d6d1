import { getTranslations } from "next-intl/server";
import { LocalLink } from "@/components/local-link";

export default async function NotFound() {
  const t = await getTranslations("public.notFound");
  return (
    <main className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="text-6xl font-bold text-stone-600" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("text")}</p>
      <LocalLink href="/" className="mt-6 inline-block text-brand underline">
        {t("back")}
      </LocalLink>
    </main>
  );
}
