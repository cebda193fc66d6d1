import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CorrectionEntry } from "@/components/corrections-log";
import { LocalLink } from "@/components/local-link";
import { zoneLabel } from "@/lib/calendar/format";
import { listPublishedCorrections } from "@/lib/correction/data";
import { langOf } from "@/lib/i18n/locale";
import { readerAlternates } from "@/lib/public/alternates";
import { inLang, langIf } from "@/lib/public/in-lang";
import { correctionsQuerySchema } from "@/lib/public/params";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<{ page?: string | string[] }> };

async function pageOf(searchParams: Props["searchParams"]) {
  const raw = (await searchParams).page;
  const parsed = correctionsQuerySchema.safeParse({
    page: typeof raw === "string" ? raw : undefined,
  });
  return parsed.success ? parsed.data.page : 1;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("public.corrections");
  const page = await pageOf(searchParams);
  // The feed is one, in both languages: a machine feed (lib/correction/atom.ts).
  return {
    title: t("title"),
    alternates: readerAlternates(
      page > 1 ? `/corrections?page=${page}` : "/corrections",
      langOf(await getLocale()),
      { types: { "application/atom+xml": "/corrections/feed.xml" } },
    ),
  };
}

export default async function CorrectionsPage({ searchParams }: Props) {
  const t = await getTranslations("public.corrections");
  const locale = await getLocale();
  const lang = langOf(locale);
  const page = await pageOf(searchParams);
  const { items, pages, total } = await listPublishedCorrections(page, PAGE_SIZE);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-stone-600">
          {t("intro", { total, zone: zoneLabel(new Date(), locale) })}{" "}
          <a href="/corrections/feed.xml" className="underline">
            {t("feed")}
          </a>
        </p>
      </header>
      {items.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-3" data-testid="corrections-list">
          {items.map((c) => {
            const text = inLang(lang, c.claim.textHi, c.claim.textEn);
            return (
              <CorrectionEntry key={c.id} c={c}>
                <LocalLink
                  href={`/claims/${c.claim.slug}#correction-${c.id}`}
                  lang={langIf(text.lang, lang)}
                  className="block text-lg font-semibold hover:underline"
                >
                  {text.text}
                </LocalLink>
              </CorrectionEntry>
            );
          })}
        </ol>
      )}
      {pages > 1 && (
        <nav className="flex gap-4" aria-label={t("pages")}>
          {page > 1 && <LocalLink href={`/corrections?page=${page - 1}`}>{t("newer")}</LocalLink>}
          <span className="text-stone-600">{t("page", { page, pages })}</span>
          {page < pages && (
            <LocalLink href={`/corrections?page=${page + 1}`}>{t("older")}</LocalLink>
          )}
        </nav>
      )}
    </div>
  );
}
