"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { langOf } from "@/lib/i18n/locale";
import { pathIn } from "@/lib/i18n/negotiate.mjs";

export function SignOutButton() {
  const t = useTranslations("nav.desk");
  const lang = langOf(useLocale());
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: pathIn("/", lang) })}
      className="text-stone-600 hover:text-stone-900 hover:underline"
    >
      {t("signOut")}
    </button>
  );
}
