import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LocalLink } from "@/components/local-link";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/calendar/format";
import { ENTITY_KINDS } from "@/lib/entity/kinds";
import { langOf } from "@/lib/i18n/locale";
import { pathIn } from "@/lib/i18n/negotiate.mjs";
import { listHref } from "@/lib/paging";
import { readerAlternates } from "@/lib/public/alternates";
import { listPublicEntities } from "@/lib/public/entity-data";
import { ENTITY_ROLES } from "@/lib/public/entity-roles";
import { langIf, nameIn } from "@/lib/public/in-lang";
import { entityIndexQuerySchema } from "@/lib/public/params";
import { INDEX_COUNT_CAP } from "@/lib/search/entity-sql";

// Per request, like the entity pages: which entities have published claims changes with every publish.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.entities");
  return { title: t("title"), alternates: readerAlternates(PATH, langOf(await getLocale())) };
}

const PATH = "/entities";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EntitiesPage({ searchParams }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const lang = langOf(locale);
  const query = entityIndexQuerySchema.parse(await searchParams);
  const { items, next } = await listPublicEntities(query);
  // Counts are read up to a cap (the entity's page has the exact numbers).
  const shown = (n: number) =>
    n > INDEX_COUNT_CAP ? `${formatNumber(INDEX_COUNT_CAP, locale)}+` : formatNumber(n, locale);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("public.entities.title")}</h1>
        <p className="text-stone-600">{t("public.entities.intro")}</p>
      </header>
      <form
        action={pathIn(PATH, lang)}
        method="get"
        aria-label={t("public.entities.searchForm")}
        className="flex flex-wrap items-end gap-3"
      >
        <label className="flex flex-col text-sm">
          <span>{t("public.entities.nameLabel")}</span>
          <input
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            className="w-72 rounded border border-stone-300 px-3 py-2"
          />
        </label>
        <label className="flex flex-col text-sm">
          <span>{t("public.entities.kindLabel")}</span>
          <select
            name="kind"
            defaultValue={query.kind ?? ""}
            className="rounded border border-stone-300 px-3 py-2"
          >
            <option value="">{t("public.entities.anyKind")}</option>
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`enums.EntityKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="brand" size="md">
          {t("public.entities.search")}
        </Button>
      </form>
      {items.length === 0 ? (
        <p className="text-stone-600">{t("public.entities.empty")}</p>
      ) : (
        <ul className="space-y-3" data-testid="entity-list">
          {items.map((e) => {
            const name = nameIn(e, lang);
            return (
              <li key={e.id} className="rounded border border-stone-200 bg-white p-3">
                <LocalLink
                  href={`/entities/${e.slug}`}
                  lang={langIf(name.lang, lang)}
                  className="text-lg font-semibold hover:underline"
                >
                  {name.text}
                </LocalLink>
                <p className="text-sm text-stone-600">
                  {t(`enums.EntityKind.${e.kind}`)}
                  {e.description && <> — {e.description}</>}
                </p>
                <p className="mt-1 text-sm">
                  {e.counts.total > INDEX_COUNT_CAP
                    ? t("public.entities.claimsCapped", { count: INDEX_COUNT_CAP })
                    : t("public.entities.claims", { count: e.counts.total })}
                  {ENTITY_ROLES.filter((r) => e.counts[r] > 0)
                    .map(
                      (r) =>
                        ` · ${t("public.entities.roleCount", {
                          role: t(`public.roles.${r}`),
                          count: shown(e.counts[r]),
                        })}`,
                    )
                    .join("")}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <nav className="flex gap-4 text-sm" aria-label={t("public.entities.pages")}>
        {query.after && (
          <LocalLink href={listHref(PATH, { q: query.q, kind: query.kind })} className="underline">
            {t("public.entities.firstPage")}
          </LocalLink>
        )}
        {next && (
          <LocalLink
            href={listHref(PATH, { q: query.q, kind: query.kind }, { after: next })}
            className="underline"
          >
            {t("public.entities.nextPage")}
          </LocalLink>
        )}
      </nav>
    </div>
  );
}
