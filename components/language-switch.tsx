"use client";
// The header's language switch: a link to the other language (issue 19). /api/language keeps the
// choice and brings the person back to the same page in that language. Written in the language it
// switches to, with that language's `lang`, as switches conventionally are ("English" on a Hindi page).
import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { langOf } from "@/lib/i18n/locale";
import { splitLangPrefix } from "@/lib/i18n/negotiate.mjs";

export function LanguageSwitch() {
  const t = useTranslations("common.language");
  const other = langOf(useLocale()) === "hi" ? "en" : "hi";
  // The same page in the other language, its query kept (a search, an article's part).
  const query = useSearchParams()?.toString();
  const path = splitLangPrefix(usePathname() ?? "/").path + (query ? `?${query}` : "");
  return (
    <a
      href={`/api/language?to=${other}&next=${encodeURIComponent(path)}`}
      lang={other}
      hrefLang={other}
      title={t("switchToLabel")}
      className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100"
      data-testid="language-switch"
    >
      {t("switchTo")}
    </a>
  );
}
