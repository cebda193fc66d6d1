import { getTranslations } from "next-intl/server";
import { LocalLink } from "@/components/local-link";
import { SiteHeader } from "@/components/site-header";
import { MAIN_ID, SkipLink } from "@/components/skip-link";

// No session is read here: public pages must stay cacheable. The language comes from the address
// (proxy.ts), never from a cookie, so the front cache can key pages by URL alone.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <>
      <SkipLink />
      <SiteHeader>
        <LocalLink href="/" className="hover:underline">
          {t("nav.public.factChecks")}
        </LocalLink>
        <LocalLink href="/entities" className="hover:underline">
          {t("nav.public.entities")}
        </LocalLink>
        <LocalLink href="/corrections" className="hover:underline">
          {t("nav.public.corrections")}
        </LocalLink>
        <LocalLink href="/search" className="hover:underline">
          {t("nav.public.search")}
        </LocalLink>
        <LocalLink
          href="/desk"
          className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100"
        >
          {t("nav.public.editors")}
        </LocalLink>
      </SiteHeader>
      <main id={MAIN_ID} tabIndex={-1} className="focus:outline-none mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl px-4 py-8 text-sm text-stone-600">
        {t("common.footer")}
      </footer>
    </>
  );
}
