import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTrail } from "@/components/desk/audit-trail";
import { EntityForm } from "@/components/desk/entity-form";
import { formatDateTime } from "@/lib/calendar/format";
import { entityUsage, getEntityForDesk } from "@/lib/entity/data";
import { KIND_LABELS } from "@/lib/entity/kinds";
import { displayName } from "@/lib/entity/search-key";
import { describeHistory, listEntityHistory } from "@/lib/history/data";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { params: Promise<{ id: string }> };

// One registry entry: its card and edit form, who belongs to it, where it is named, its history.
export default async function EntityPage({ params }: Props) {
  const { id } = await params;
  await requireDeskUser(`/desk/entities/${id}`);
  const entity = await getEntityForDesk(id);
  if (!entity) notFound();
  const [history, usage] = await Promise.all([
    listEntityHistory(entity.id).then(describeHistory),
    entityUsage([entity.id]).then((u) => u[entity.id]),
  ]);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-6">
        <Link href="/desk/entities" className="text-sm underline">
          ← The registry
        </Link>
        <header>
          <p className="text-sm text-stone-500">{KIND_LABELS[entity.kind].en}</p>
          <h1 className="text-2xl font-bold">
            <span lang="hi">{displayName(entity, "hi")}</span>
            {entity.nameEn && entity.nameHi && (
              <span className="ml-3 font-normal text-stone-600">{entity.nameEn}</span>
            )}
          </h1>
          {entity.description && <p className="mt-1">{entity.description}</p>}
          {entity.affiliation && (
            <p className="mt-1 text-sm">
              Belongs to{" "}
              <Link
                href={`/desk/entities/${entity.affiliation.id}`}
                className="underline"
                lang="hi"
              >
                {displayName(entity.affiliation, "hi")}
              </Link>
            </p>
          )}
          <p className="mt-2 text-sm text-stone-600" data-testid="entity-usage">
            Speaker in {usage.said} · relay in {usage.relayed} · affiliation of{" "}
            {usage.anonymousSources} anonymous sources · outlet of {usage.outletArticles} articles ·
            originator in {usage.originatorVerdicts} verdicts
          </p>
        </header>
        {entity.mergedInto ? (
          <p
            className="rounded border border-amber-400 bg-amber-50 p-3"
            role="status"
            data-testid="entity-merged-into"
          >
            This entity was merged into{" "}
            <Link
              href={`/desk/entities/${entity.mergedInto.id}`}
              className="font-semibold underline"
            >
              <span lang="hi">{displayName(entity.mergedInto, "hi")}</span>
              {entity.mergedInto.nameEn &&
                entity.mergedInto.nameHi &&
                ` (${entity.mergedInto.nameEn})`}
            </Link>
            {entity.mergedAt && ` on ${formatDateTime(entity.mergedAt)}`}. Its appearances, names
            and members are there now; its public address leads there.
          </p>
        ) : (
          <>
            <nav className="flex flex-wrap gap-4 text-sm" aria-label="About this entity">
              <Link href={`/desk/claims?speaker=${entity.id}`} className="underline">
                Claims attributed to it
              </Link>
              <Link href={`/entities/${entity.slug}`} className="underline">
                Public page
              </Link>
              <Link
                href={`/desk/entities/${entity.id}/merge`}
                className="underline"
                data-testid="entity-merge-link"
              >
                Merge with another entity
              </Link>
              {entity.url && (
                <a href={entity.url} className="underline" rel="noopener noreferrer">
                  Its link
                </a>
              )}
            </nav>
            <section>
              <h2 className="mb-2 font-semibold">Edit</h2>
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
            <h2 className="font-semibold">Members</h2>
            <ul className="mt-2 space-y-1">
              {entity.members.map((m) => (
                <li key={m.id}>
                  <Link href={`/desk/entities/${m.id}`} className="underline" lang="hi">
                    {displayName(m, "hi")}
                  </Link>
                  {m.nameEn && m.nameHi && <span className="ml-2 text-stone-600">{m.nameEn}</span>}
                  {m.description && (
                    <span className="ml-2 text-sm text-stone-500">— {m.description}</span>
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
