import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityColumn, entityLabel } from "@/components/desk/entity-merge-compare";
import { EntityMergeForm } from "@/components/desk/entity-merge-form";
import { MergeSearchForm } from "@/components/desk/merge-search-form";
import { entityUsage, findEntities, getEntityForDesk } from "@/lib/entity/data";
import { KIND_LABELS } from "@/lib/entity/kinds";
import { sharedNames } from "@/lib/entity/names";
import { entityMergeQuery } from "@/lib/entity/schema";
import { displayName } from "@/lib/entity/search-key";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// Two entries for one entity: find the other, compare them side by side, pick the one that stays.
export default async function MergeEntityPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireDeskUser(`/desk/entities/${id}/merge`);
  const entity = await getEntityForDesk(id);
  if (!entity) notFound();
  const { q, with: otherId } = parseListParams(entityMergeQuery, await searchParams);
  const back = (
    <Link href={`/desk/entities/${entity.id}`} className="text-sm underline">
      ← Back to the entity
    </Link>
  );
  if (entity.mergedInto)
    return (
      <div className="space-y-4">
        {back}
        <p>This entity was already merged into another.</p>
      </div>
    );
  const other = otherId && otherId !== entity.id ? await getEntityForDesk(otherId) : null;
  if (other && !other.mergedInto) {
    const usage = await entityUsage([entity.id, other.id]);
    const shared = sharedNames(entity, other);
    return (
      <div className="space-y-6">
        {back}
        <h1 className="text-2xl font-bold">Merge two entities</h1>
        <div className="grid gap-4 md:grid-cols-2" data-testid="entity-merge-compare">
          <EntityColumn title="This entity" entity={entity} usage={usage[entity.id]} />
          <EntityColumn title="The other entity" entity={other} usage={usage[other.id]} />
        </div>
        {entity.kind !== other.kind ? (
          <p className="text-red-800" data-testid="entity-merge-blocked">
            A {KIND_LABELS[entity.kind].en.toLowerCase()} and a{" "}
            {KIND_LABELS[other.kind].en.toLowerCase()} cannot be merged. If one's kind is wrong,
            correct it on its page first.
          </p>
        ) : (
          <EntityMergeForm
            a={{ id: entity.id, version: entity.version, name: entityLabel(entity) }}
            b={{ id: other.id, version: other.version, name: entityLabel(other) }}
            sharedHindiName={shared.devanagari}
          />
        )}
      </div>
    );
  }
  const found = q
    ? (await findEntities(q, [entity.kind], 20)).filter((e) => e.id !== entity.id)
    : [];
  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-2xl font-bold">
        Merge <span lang="hi">{entityLabel(entity)}</span> with another entity
      </h1>
      <MergeSearchForm
        label={`Find the other ${KIND_LABELS[entity.kind].en.toLowerCase()}, by any of its names`}
        q={q}
      />
      {q && found.length === 0 && (
        <p className="text-stone-500">No other entity of this kind matches.</p>
      )}
      <ul className="space-y-2" data-testid="entity-merge-targets">
        {found.map((e) => (
          <li key={e.id}>
            <Link
              href={`/desk/entities/${entity.id}/merge?with=${e.id}`}
              className="font-semibold hover:underline"
            >
              <span lang="hi">{displayName(e, "hi")}</span>
              {e.nameEn && e.nameHi && <span className="ml-2 font-normal">{e.nameEn}</span>}
            </Link>
            {e.description && <span className="ml-2 text-sm text-stone-500">{e.description}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
