import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ENTITY_KINDS, KIND_LABELS } from "@/lib/entity/kinds";
import { listHref } from "@/lib/paging";
import { listPublicEntities } from "@/lib/public/entity-data";
import { ENTITY_ROLES, ROLE_LABELS } from "@/lib/public/entity-roles";
import { entityIndexQuerySchema } from "@/lib/public/params";
import { INDEX_COUNT_CAP } from "@/lib/search/entity-sql";

// Per request, like the entity pages: which entities have published claims changes with every publish.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "नाम · Entities" };

const PATH = "/entities";
// Counts are read up to a cap (the entity's page has the exact numbers).
const shown = (n: number) => (n > INDEX_COUNT_CAP ? `${INDEX_COUNT_CAP}+` : String(n));
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EntitiesPage({ searchParams }: Props) {
  const query = entityIndexQuerySchema.parse(await searchParams);
  const { items, next } = await listPublicEntities(query);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">
          <span lang="hi">नाम</span> · Entities
        </h1>
        <p className="text-stone-600">
          People, organisations, outlets and agencies in published fact checks: what each said,
          relayed or carried, and how those claims were rated.
        </p>
      </header>
      <form
        action={PATH}
        method="get"
        aria-label="Search entities"
        className="flex flex-wrap items-end gap-3"
      >
        <label className="flex flex-col text-sm">
          <span>
            Name (Hindi or English) · <span lang="hi">नाम</span>
          </span>
          <input
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            className="w-72 rounded border border-stone-300 px-3 py-2"
          />
        </label>
        <label className="flex flex-col text-sm">
          <span>
            Kind · <span lang="hi">प्रकार</span>
          </span>
          <select
            name="kind"
            defaultValue={query.kind ?? ""}
            className="rounded border border-stone-300 px-3 py-2"
          >
            <option value="">Any · सभी</option>
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k].en} · {KIND_LABELS[k].hi}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="brand" size="md">
          Search · <span lang="hi">खोजें</span>
        </Button>
      </form>
      {items.length === 0 ? (
        <p className="text-stone-500">
          <span lang="hi">कोई नाम नहीं मिला।</span> No name matches. Only people and organisations
          named in a published fact check have a page here; a name still being checked appears once
          its fact check is published.
        </p>
      ) : (
        <ul className="space-y-3" data-testid="entity-list">
          {items.map((e) => (
            <li key={e.id} className="rounded border border-stone-200 bg-white p-3">
              <Link href={`/entities/${e.slug}`} className="text-lg font-semibold hover:underline">
                {e.nameHi && <span lang="hi">{e.nameHi}</span>}
                {e.nameHi && e.nameEn && " · "}
                {e.nameEn}
              </Link>
              <p className="text-sm text-stone-500">
                <span lang="hi">{KIND_LABELS[e.kind].hi}</span> · {KIND_LABELS[e.kind].en}
                {e.description && <> — {e.description}</>}
              </p>
              <p className="mt-1 text-sm">
                {shown(e.counts.total)} published {e.counts.total === 1 ? "claim" : "claims"}
                {ENTITY_ROLES.filter((r) => e.counts[r] > 0)
                  .map((r) => ` · ${ROLE_LABELS[r].en.toLowerCase()} ${shown(e.counts[r])}`)
                  .join("")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <nav className="flex gap-4 text-sm" aria-label="Pages">
        {query.after && (
          <Link href={listHref(PATH, { q: query.q, kind: query.kind })} className="underline">
            First page
          </Link>
        )}
        {next && (
          <Link
            href={listHref(PATH, { q: query.q, kind: query.kind }, { after: next })}
            className="underline"
          >
            Next page
          </Link>
        )}
      </nav>
    </div>
  );
}
