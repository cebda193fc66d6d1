import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EntityRoleSection } from "@/components/entity-claims";
import { LocalLink } from "@/components/local-link";
import { VerdictTally } from "@/components/verdict-tally";
import { langOf } from "@/lib/i18n/locale";
import { pathIn } from "@/lib/i18n/negotiate.mjs";
import { readerAlternates } from "@/lib/public/alternates";
import { getPublicEntity } from "@/lib/public/data";
import { inLang, langIf, nameIn } from "@/lib/public/in-lang";
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
  const lang = langOf(await getLocale());
  return e && !("redirect" in e)
    ? {
        title: nameIn(e, lang).text,
        description: e.description ?? undefined,
        alternates: readerAlternates(`/entities/${e.slug}`, lang),
      }
    : {};
}

export default async function EntityPage(props: Props) {
  const e = await entityFor(props);
  if (!e) notFound();
  const t = await getTranslations();
  const lang = langOf(await getLocale());
  if ("redirect" in e) permanentRedirect(pathIn(`/entities/${e.redirect}`, lang));
  const name = inLang(lang, e.nameHi, e.nameEn);
  return (
    <article>
      <p className="text-sm text-stone-600">
        <LocalLink href="/entities" className="hover:underline">
          {t("nav.public.entities")}
        </LocalLink>{" "}
        · {t(`enums.EntityKind.${e.kind}`)}
      </p>
      <h1 lang={langIf(name.lang, lang)} className="mt-1 text-3xl font-bold">
        {name.text}
      </h1>
      {name.other && (
        <p
          lang={name.other.lang}
          className="text-xl text-stone-700"
          data-testid="entity-other-name"
        >
          {name.other.text}
        </p>
      )}
      {e.description && <p className="mt-2 text-stone-700">{e.description}</p>}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {e.aliases.length > 0 && (
          <>
            <dt className="text-stone-600">{t("public.entity.aliases")}</dt>
            <dd>{e.aliases.join(", ")}</dd>
          </>
        )}
        {e.affiliation && (
          <>
            <dt className="text-stone-600">{t("public.entity.partOf")}</dt>
            <dd>
              {e.affiliation.hasPage ? (
                <LocalLink
                  href={`/entities/${e.affiliation.slug}`}
                  lang={langIf(nameIn(e.affiliation, lang).lang, lang)}
                  className="underline"
                >
                  {nameIn(e.affiliation, lang).text}
                </LocalLink>
              ) : (
                <span lang={langIf(nameIn(e.affiliation, lang).lang, lang)}>
                  {nameIn(e.affiliation, lang).text}
                </span>
              )}
            </dd>
          </>
        )}
        {e.url && (
          <>
            <dt className="text-stone-600">{t("public.entity.link")}</dt>
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
            {t("public.entity.members")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {e.members.map((m) => {
              const member = nameIn(m, lang);
              return (
                <li key={m.slug}>
                  <LocalLink
                    href={`/entities/${m.slug}`}
                    lang={langIf(member.lang, lang)}
                    className="underline"
                  >
                    {member.text}
                  </LocalLink>{" "}
                  <span className="text-sm text-stone-600">{t(`enums.EntityKind.${m.kind}`)}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </article>
  );
}
