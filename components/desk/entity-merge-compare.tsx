// The merge page's side-by-side card of one entry: its names, kind, description, affiliation and
// everything a merge would move (so an editor sees what they are about to combine).
import type { DeskEntity, EntityUsage } from "@/lib/entity/data";
import { KIND_LABELS } from "@/lib/entity/kinds";
import { displayName } from "@/lib/entity/search-key";

/** "किम जोंग उन (Kim Jong Un)": both names where there are two. */
export const entityLabel = (e: { nameHi: string | null; nameEn: string | null }) =>
  e.nameHi && e.nameEn ? `${e.nameHi} (${e.nameEn})` : displayName(e, "hi");

export function EntityColumn({
  title,
  entity,
  usage,
}: {
  title: string;
  entity: DeskEntity;
  usage: EntityUsage;
}) {
  const rows: [string, React.ReactNode][] = [
    [
      "Hindi name",
      <span lang="hi" key="hi">
        {entity.nameHi ?? "—"}
      </span>,
    ],
    ["English name", entity.nameEn ?? "—"],
    [
      "Other spellings",
      <span lang="hi" key="al">
        {entity.aliases.join(", ") || "—"}
      </span>,
    ],
    ["Kind", KIND_LABELS[entity.kind].en],
    ["Description", entity.description ?? "—"],
    ["Belongs to", entity.affiliation ? displayName(entity.affiliation, "hi") : "—"],
    ["Appearances as speaker", usage.said],
    ["Appearances as relay", usage.relayed],
    ["Anonymous sources affiliated", usage.anonymousSources],
    ["Articles as outlet", usage.outletArticles],
    ["Members", usage.members],
    ["Verdicts naming it as originator", usage.originatorVerdicts],
  ];
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-sm font-semibold text-stone-500">{title}</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-stone-500">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
