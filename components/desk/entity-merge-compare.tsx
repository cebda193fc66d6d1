// The merge page's side-by-side card of one entry: its names, kind, description, affiliation and
// everything a merge would move (so an editor sees what they are about to combine).
import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/calendar/format";
import type { DeskEntity, EntityUsage } from "@/lib/entity/data";
import { langOf } from "@/lib/i18n/locale";
import { EntityName, langAttr, scriptLang } from "./entity-name";

export async function EntityColumn({
  title,
  entity,
  usage,
}: {
  title: string;
  entity: DeskEntity;
  usage: EntityUsage;
}) {
  const [t, tKind, locale] = await Promise.all([
    getTranslations("entities.compare"),
    getTranslations("enums.EntityKind"),
    getLocale(),
  ]);
  const lang = langOf(locale);
  const none = "—";
  const typed = (text: string | null | undefined, key: string) =>
    text ? (
      <span lang={langAttr(scriptLang(text), lang)} key={key}>
        {text}
      </span>
    ) : (
      none
    );
  const n = (count: number) => formatNumber(count, locale);
  const rows: [string, React.ReactNode][] = [
    [
      t("nameHi"),
      entity.nameHi ? (
        <span lang={langAttr("hi", lang)} key="hi">
          {entity.nameHi}
        </span>
      ) : (
        none
      ),
    ],
    [
      t("nameEn"),
      entity.nameEn ? (
        <span lang={langAttr("en", lang)} key="en">
          {entity.nameEn}
        </span>
      ) : (
        none
      ),
    ],
    [t("aliases"), typed(entity.aliases.join(", "), "al")],
    [t("kind"), tKind(entity.kind)],
    [t("description"), typed(entity.description, "de")],
    [
      t("belongsTo"),
      entity.affiliation ? <EntityName e={entity.affiliation} lang={lang} key="af" /> : none,
    ],
    [t("said"), n(usage.said)],
    [t("relayed"), n(usage.relayed)],
    [t("anonymousSources"), n(usage.anonymousSources)],
    [t("outletArticles"), n(usage.outletArticles)],
    [t("members"), n(usage.members)],
    [t("originatorVerdicts"), n(usage.originatorVerdicts)],
  ];
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-sm font-semibold text-stone-600">{title}</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-stone-600">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
