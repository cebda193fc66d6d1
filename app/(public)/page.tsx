import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { VerdictCard } from "@/components/verdict-card";
import { langOf } from "@/lib/i18n/locale";
import { readerAlternates } from "@/lib/public/alternates";
import { listLatestPublished } from "@/lib/public/data";

// Rendered per request (it is not prerendered at build, when there is no database), but from cached
// data: publishing expires the cache.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: readerAlternates("/", langOf(await getLocale())) };
}

export default async function HomePage() {
  const t = await getTranslations("public.home");
  const latest = await listLatestPublished(20);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {latest.length === 0 ? (
        <p className="mt-8 text-stone-600">{t("empty")}</p>
      ) : (
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          {latest.map((c) => (
            <VerdictCard key={c.id} claim={c} />
          ))}
        </div>
      )}
    </>
  );
}
