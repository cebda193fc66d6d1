import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EntityColumn } from "@/components/desk/entity-merge-compare";
import { EntityMergeForm } from "@/components/desk/entity-merge-form";
import {
  EntityNames,
  entityLabel,
  langAttr,
  langTag,
  scriptLang,
} from "@/components/desk/entity-name";
import { MergeSearchForm } from "@/components/desk/merge-search-form";
import { entityUsage, findEntities, getEntityForDesk } from "@/lib/entity/data";
import type { EntityKindName } from "@/lib/entity/kinds";
import { sharedNames } from "@/lib/entity/names";
import { entityMergeQuery } from "@/lib/entity/schema";
import { langOf } from "@/lib/i18n/locale";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("entities.merge");
  return { title: t("metaTitle") };
}

// Two entries for one entity: find the other, compare them side by side, pick the one that stays.
export default async function MergeEntityPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireDeskUser(`/desk/entities/${id}/merge`);
  const entity = await getEntityForDesk(id);
  if (!entity) notFound();
  const { q, with: otherId } = parseListParams(entityMergeQuery, await searchParams);
  const [t, tKind, lang] = await Promise.all([
    getTranslations("entities.merge"),
    getTranslations("enums.EntityKind"),
    getLocale().then(langOf),
  ]);
  // Mid-sentence in English a kind reads in lower case ("Find the other person"); Hindi has no case.
  const kindWord = (k: EntityKindName) => (lang === "en" ? tKind(k).toLowerCase() : tKind(k));
  const back = (
    <Link href={`/desk/entities/${entity.id}`} className="text-sm underline">
      {t("back")}
    </Link>
  );
  if (entity.mergedInto)
    return (
      <div className="space-y-4">
        {back}
        <p>{t("alreadyMerged")}</p>
      </div>
    );
  const other = otherId && otherId !== entity.id ? await getEntityForDesk(otherId) : null;
  if (other && !other.mergedInto) {
    const usage = await entityUsage([entity.id, other.id]);
    const shared = sharedNames(entity, other);
    return (
      <div className="space-y-6">
        {back}
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="grid gap-4 md:grid-cols-2" data-testid="entity-merge-compare">
          <EntityColumn title={t("thisEntity")} entity={entity} usage={usage[entity.id]} />
          <EntityColumn title={t("otherEntity")} entity={other} usage={usage[other.id]} />
        </div>
        {entity.kind !== other.kind ? (
          <p className="text-red-800" data-testid="entity-merge-blocked">
            {t("blocked", { kindA: tKind(entity.kind), kindB: tKind(other.kind) })}
          </p>
        ) : (
          <EntityMergeForm
            a={{ id: entity.id, version: entity.version, name: entityLabel(entity, lang) }}
            b={{ id: other.id, version: other.version, name: entityLabel(other, lang) }}
            sharedHindiName={shared.devanagari}
          />
        )}
      </div>
    );
  }
  const found = q
    ? (await findEntities(q, [entity.kind], 20)).filter((e) => e.id !== entity.id)
    : [];
  const label = entityLabel(entity, lang);
  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-2xl font-bold">
        {t.rich("searchTitle", { name: label.text, n: langTag(label.lang, lang) })}
      </h1>
      <MergeSearchForm label={t("findLabel", { kind: kindWord(entity.kind) })} q={q} />
      {q && found.length === 0 && <p className="text-stone-600">{t("noMatch")}</p>}
      <ul className="space-y-2" data-testid="entity-merge-targets">
        {found.map((e) => (
          <li key={e.id}>
            <Link
              href={`/desk/entities/${entity.id}/merge?with=${e.id}`}
              className="font-semibold hover:underline"
            >
              <EntityNames e={e} lang={lang} secondClassName="ml-2 font-normal" />
            </Link>
            {e.description && (
              <span
                className="ml-2 text-sm text-stone-600"
                lang={langAttr(scriptLang(e.description), lang)}
              >
                {e.description}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
