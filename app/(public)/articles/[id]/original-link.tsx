import { useLocale, useTranslations } from "next-intl";
import { langOf } from "@/lib/i18n/locale";
import { nameIn } from "@/lib/public/in-lang";

/**
 * The way to the article itself: Pramaan quotes another outlet's article and sends readers to the
 * outlet for the rest. `nofollow`: the link is a citation, not an endorsement of the page.
 */
export function OriginalLink({
  url,
  outlet,
}: {
  url: string | null;
  outlet: { nameHi: string | null; nameEn: string | null } | null;
}) {
  const t = useTranslations("public.article");
  const lang = langOf(useLocale());
  const who = outlet ? nameIn(outlet, lang).text : null;
  return (
    <div className="mt-4 rounded-lg border border-stone-200 bg-stone-50 p-4">
      <p className="text-sm text-stone-700">
        {who && who !== "—" ? t("theirs", { outlet: who }) : t("anotherOutlets")}
      </p>
      {url ? (
        <a
          href={url}
          rel="noopener noreferrer nofollow"
          className="mt-3 inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:opacity-90"
          data-testid="original-link"
        >
          {t("readOriginal")}
        </a>
      ) : (
        <p className="mt-2 text-sm text-stone-600" data-testid="original-missing">
          {t("originalMissing")}
        </p>
      )}
    </div>
  );
}
