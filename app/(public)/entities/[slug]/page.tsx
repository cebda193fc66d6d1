import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { EntityRoleSection } from "@/components/entity-claims";
import { VerdictTally } from "@/components/verdict-tally";
import { KIND_LABELS } from "@/lib/entity/kinds";
import { displayName } from "@/lib/entity/search-key";
import { getPublicEntity } from "@/lib/public/data";
import { entityPageQuerySchema, entitySlugSchema, parseParam } from "@/lib/public/params";

// Rendered per request, never cached (scripts/front-cache.mjs has no /entities/ entry): an entity
// page gathers claims from many verdicts, articles and chains, and a merge changes which slug answers.
// Purging every entity a publish, correction, chain edit or merge touches would be one more list to
// keep right; reading it fresh costs a fixed three statements (lib/public/entity-data.ts).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function entityFor({ params, searchParams }: Props) {
  const slug = parseParam(entitySlugSchema, (await params).slug);
  if (slug === null) return null;
  const q = entityPageQuerySchema.parse(await searchParams);
  return getPublicEntity(slug, q.role, q.after);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const e = await entityFor(props);
  return e && !("redirect" in e)
    ? {
        title: `${displayName(e, "hi")} · ${displayName(e, "en")}`,
        description: e.description ?? undefined,
      }
    : {};
}

export default async function EntityPage(props: Props) {
  const e = await entityFor(props);
  if (!e) notFound();
  if ("redirect" in e) permanentRedirect(`/entities/${e.redirect}`);
  const kind = KIND_LABELS[e.kind];
  return (
    <article>
      <p className="text-sm text-stone-500">
        <Link href="/entities" className="hover:underline">
          <span lang="hi">नाम</span> · Entities
        </Link>{" "}
        · <span lang="hi">{kind.hi}</span> · {kind.en}
      </p>
      <h1 className="mt-1 text-3xl font-bold">
        {e.nameHi && <span lang="hi">{e.nameHi}</span>}
        {e.nameHi && e.nameEn && " · "}
        {e.nameEn}
      </h1>
      {e.description && <p className="mt-2 text-stone-700">{e.description}</p>}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {e.aliases.length > 0 && (
          <>
            <dt className="text-stone-500">
              Also written · <span lang="hi">और नाम</span>
            </dt>
            <dd>{e.aliases.join(", ")}</dd>
          </>
        )}
        {e.affiliation && (
          <>
            <dt className="text-stone-500">
              Part of · <span lang="hi">संबद्ध</span>
            </dt>
            <dd>
              {e.affiliation.hasPage ? (
                <Link href={`/entities/${e.affiliation.slug}`} className="underline">
                  {displayName(e.affiliation, "en")}
                </Link>
              ) : (
                displayName(e.affiliation, "en")
              )}
            </dd>
          </>
        )}
        {e.url && (
          <>
            <dt className="text-stone-500">
              Link · <span lang="hi">लिंक</span>
            </dt>
            <dd>
              <a href={e.url} rel="nofollow noopener" className="break-all underline">
                {e.url}
              </a>
            </dd>
          </>
        )}
      </dl>
      <VerdictTally tally={e.tally} />
      {e.roles.map((list) => (
        <EntityRoleSection key={list.role} list={list} slug={e.slug} />
      ))}
      {e.members.length > 0 && (
        <section aria-labelledby="members-h" className="mt-8">
          <h2 id="members-h" className="text-xl font-semibold">
            <span lang="hi">सदस्य</span> · Members
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {e.members.map((m) => (
              <li key={m.slug}>
                <Link href={`/entities/${m.slug}`} className="underline">
                  <span lang="hi">{displayName(m, "hi")}</span>
                  {m.nameHi && m.nameEn && ` · ${m.nameEn}`}
                </Link>{" "}
                <span className="text-sm text-stone-500">
                  <span lang="hi">{KIND_LABELS[m.kind].hi}</span> · {KIND_LABELS[m.kind].en}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
