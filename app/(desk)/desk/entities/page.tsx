import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import {
  EntityNames,
  langAttr,
  langTag,
  nameIn,
  scriptLang,
  textTag,
} from "@/components/desk/entity-name";
import { FilterBar, FilterInput, FilterSelect, Pager } from "@/components/desk/list-controls";
import { DeskList, ListRow } from "@/components/ui/desk-list";
import { listEntities } from "@/lib/entity/data";
import { ENTITY_KINDS } from "@/lib/entity/kinds";
import { entityListQuery } from "@/lib/entity/schema";
import { langOf } from "@/lib/i18n/locale";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

const PATH = "/desk/entities";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("entities.list");
  return { title: t("metaTitle") };
}

// The registry: every person, organisation, outlet, agency and government body claims name.
export default async function EntitiesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireDeskUser(PATH);
  const query = parseListParams(entityListQuery, await searchParams);
  const page = await listEntities(query);
  const { after: _a, before: _b, ...filters } = query;
  const [t, tKind, lang] = await Promise.all([
    getTranslations("entities.list"),
    getTranslations("enums.EntityKind"),
    getLocale().then(langOf),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-600">
        {t("intro")}{" "}
        <Link href="/desk/entities/new" className="font-semibold underline">
          {t("add")}
        </Link>
      </p>
      <FilterBar path={PATH}>
        <FilterInput name="q" label={t("filterName")} value={query.q} />
        <FilterSelect
          name="kind"
          label={t("filterKind")}
          value={query.kind}
          options={ENTITY_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
        />
      </FilterBar>
      <DeskList
        items={page.items}
        empty={t("empty")}
        testId="entities-list"
        pager={
          <Pager path={PATH} filters={filters} page={page} labels={[t("previous"), t("next")]} />
        }
      >
        {(e) => {
          const aliases = e.aliases.slice(0, 4).join(", ");
          return (
            <ListRow
              key={e.id}
              testId="entity-row"
              badge={t(e.appearancesCapped ? "appearancesCapped" : "appearances", {
                count: e.appearances,
              })}
            >
              <Link
                href={`/desk/entities/${e.id}`}
                className="text-lg font-semibold hover:underline"
              >
                <EntityNames e={e} lang={lang} />
              </Link>
              <p className="text-sm text-stone-600">
                {tKind(e.kind)}
                {e.affiliation && (
                  <>
                    {" · "}
                    {t.rich("belongsTo", {
                      name: nameIn(e.affiliation, lang).text,
                      n: langTag(nameIn(e.affiliation, lang).lang, lang),
                    })}
                  </>
                )}
                {aliases && (
                  <>
                    {" · "}
                    {t.rich("also", {
                      names: aliases,
                      n: textTag(aliases, lang),
                    })}
                  </>
                )}
              </p>
              {e.description && (
                <p className="text-sm" lang={langAttr(scriptLang(e.description), lang)}>
                  {e.description}
                </p>
              )}
            </ListRow>
          );
        }}
      </DeskList>
    </>
  );
}
