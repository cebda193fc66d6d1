import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditTrail } from "@/components/desk/audit-trail";
import { EntityForm } from "@/components/desk/entity-form";
import {
  EntityNames,
  entityLabel,
  langAttr,
  nameIn,
  scriptLang,
} from "@/components/desk/entity-name";
import { formatDateTime } from "@/lib/calendar/format";
import { entityUsage, getEntityForDesk } from "@/lib/entity/data";
import { describeHistory, listEntityHistory } from "@/lib/history/data";
import { langOf } from "@/lib/i18n/locale";
import { pathIn } from "@/lib/i18n/negotiate.mjs";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  await requireDeskUser(`/desk/entities/${id}`);
  const entity = await getEntityForDesk(id);
  if (!entity) return {};
  return { title: nameIn(entity, langOf(await getLocale())).text };
}

// One registry entry: its card and edit form, who belongs to it, where it is named, its history.
export default async function EntityPage({ params }: Props) {
  const { id } = await params;
  await requireDeskUser(`/desk/entities/${id}`);
  const entity = await getEntityForDesk(id);
  if (!entity) notFound();
  const [history, usage, t, tKind, locale] = await Promise.all([
    listEntityHistory(entity.id).then(describeHistory),
    entityUsage([entity.id]).then((u) => u[entity.id]),
    getTranslations("entities.entry"),
    getTranslations("enums.EntityKind"),
    getLocale(),
  ]);
  const lang = langOf(locale);
  const affiliation = entity.affiliation && nameIn(entity.affiliation, lang);
  const merged = entity.mergedInto && entityLabel(entity.mergedInto, lang);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-6">
        <Link href="/desk/entities" className="text-sm underline">
          {t("back")}
        </Link>
        <header>
          <p className="text-sm text-stone-600">{tKind(entity.kind)}</p>
          <h1 className="text-2xl font-bold">
            <EntityNames e={entity} lang={lang} secondClassName="ml-3 font-normal text-stone-600" />
          </h1>
          {entity.description && (
            <p className="mt-1" lang={langAttr(scriptLang(entity.description), lang)}>
              {entity.description}
            </p>
          )}
          {entity.affiliation && affiliation && (
            <p className="mt-1 text-sm">
              {t.rich("belongsTo", {
                name: affiliation.text,
                n: (chunks) => (
                  <Link
                    href={`/desk/entities/${entity.affiliation?.id}`}
                    className="underline"
                    lang={langAttr(affiliation.lang, lang)}
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
          <p className="mt-2 text-sm text-stone-600" data-testid="entity-usage">
            {t("usage", {
              said: usage.said,
              relayed: usage.relayed,
              anonymousSources: usage.anonymousSources,
              outletArticles: usage.outletArticles,
              originatorVerdicts: usage.originatorVerdicts,
            })}
          </p>
        </header>
        {entity.mergedInto && merged ? (
          <p
            className="rounded border border-amber-400 bg-amber-50 p-3"
            role="status"
            data-testid="entity-merged-into"
          >
            {t.rich(entity.mergedAt ? "mergedIntoOn" : "mergedInto", {
              name: merged.text,
              date: entity.mergedAt ? formatDateTime(entity.mergedAt, locale) : "",
              link: (chunks) => (
                <Link
                  href={`/desk/entities/${entity.mergedInto?.id}`}
                  className="font-semibold underline"
                  lang={langAttr(merged.lang, lang)}
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : (
          <>
            <nav className="flex flex-wrap gap-4 text-sm" aria-label={t("about")}>
              <Link href={`/desk/claims?speaker=${entity.id}`} className="underline">
                {t("claims")}
              </Link>
              <Link href={pathIn(`/entities/${entity.slug}`, lang)} className="underline">
                {t("publicPage")}
              </Link>
              <Link
                href={`/desk/entities/${entity.id}/merge`}
                className="underline"
                data-testid="entity-merge-link"
              >
                {t("merge")}
              </Link>
              {entity.url && (
                <a href={entity.url} className="underline" rel="noopener noreferrer">
                  {t("itsLink")}
                </a>
              )}
            </nav>
            <section>
              <h2 className="mb-2 font-semibold">{t("edit")}</h2>
              <EntityForm
                initial={{
                  id: entity.id,
                  version: entity.version,
                  kind: entity.kind,
                  nameHi: entity.nameHi,
                  nameEn: entity.nameEn,
                  aliases: entity.aliases,
                  description: entity.description,
                  url: entity.url,
                  affiliation: entity.affiliation,
                }}
              />
            </section>
          </>
        )}
        {entity.members.length > 0 && (
          <section data-testid="entity-members">
            <h2 className="font-semibold">{t("members")}</h2>
            <ul className="mt-2 space-y-1">
              {entity.members.map((m) => (
                <li key={m.id}>
                  <Link href={`/desk/entities/${m.id}`} className="underline">
                    <EntityNames e={m} lang={lang} secondClassName="ml-2 text-stone-600" />
                  </Link>
                  {m.description && (
                    <span
                      className="ml-2 text-sm text-stone-600"
                      lang={langAttr(scriptLang(m.description), lang)}
                    >
                      — {m.description}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <aside>
        <AuditTrail events={history} now={new Date()} />
      </aside>
    </div>
  );
}
