import { getLocale } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { LocalLink } from "@/components/local-link";
import { langOf } from "@/lib/i18n/locale";

export async function SiteHeader({ children }: { children?: React.ReactNode }) {
  const lang = langOf(await getLocale());
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <LocalLink href="/" className="flex items-baseline gap-2 no-underline">
          <span lang="hi" className="text-2xl font-bold text-brand">
            प्रमाण
          </span>
          {lang === "en" && (
            <span className="text-sm font-semibold tracking-wide text-stone-600">PRAMAAN</span>
          )}
        </LocalLink>
        {/* Wraps rather than overflowing: the desk's links, counts and name on a narrow screen. */}
        <nav className="flex flex-wrap items-center gap-x-4 gap-y-1 whitespace-nowrap text-sm">
          {children}
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}
