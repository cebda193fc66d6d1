import { useLocale, useTranslations } from "next-intl";
import { chainText, descriptorNamesOrg, PUBLISHED, partyText } from "@/lib/attribution/render";
import type { DossierMention } from "@/lib/claim/dossier";
import { type Lang, langOf } from "@/lib/i18n/locale";
import { langIf, nameIn } from "@/lib/public/in-lang";
import { LocalLink } from "./local-link";

type ChainLink = DossierMention["chain"][number];
type Ref = { slug: string; nameHi: string | null; nameEn: string | null };

/** A registry name in the page's language, linked to its public page (/entities/<slug>). */
function EntityName({ e, lang }: { e: Ref; lang: Lang }) {
  const name = nameIn(e, lang);
  return (
    <LocalLink
      href={`/entities/${e.slug}`}
      lang={langIf(name.lang, lang)}
      className="underline decoration-dotted"
    >
      {name.text}
    </LocalLink>
  );
}

/** The verb in the page's language: "ने कहा" / "said". */
function Verb({ verb }: { verb: ChainLink["verb"] }) {
  const t = useTranslations("enums");
  return <span className="ml-1 text-xs opacity-90">{t(`AttributionVerb.${verb}`)}</span>;
}

function Cue({ cue, lang }: { cue: string | null; lang: Lang }) {
  const t = useTranslations("verdict.chain");
  if (!cue) return null;
  return (
    <span
      className="ml-1 text-xs italic opacity-90"
      lang={langIf("hi", lang)}
      title={t("cueTitle")}
    >
      “{cue}”
    </span>
  );
}

function Speaker({ link, lang }: { link: ChainLink | undefined; lang: Lang }) {
  const t = useTranslations("verdict.chain");
  if (link?.entity)
    return (
      <>
        <EntityName e={link.entity} lang={lang} />
        <Verb verb={link.verb} />
      </>
    );
  if (link && (link.anonymousAs || link.affiliation)) {
    const org = link.affiliation && !descriptorNamesOrg(link) ? link.affiliation : null;
    // The descriptor as typed (Hindi), or the English words for the common ones (lib/attribution/render.ts).
    const who = partyText({ ...link, affiliation: null }, lang);
    const whoLang = link.anonymousAs && lang === "en" && who === link.anonymousAs ? "hi" : lang;
    const whoEl = <span lang={langIf(whoLang, lang)}>{who}</span>;
    return (
      <>
        {org && lang === "hi" ? (
          // Hindi order: "रूसी विदेश मंत्रालय के एक अधिकारी", the organisation linked to its page.
          <>
            <EntityName e={org} lang={lang} /> के {whoEl}
          </>
        ) : org ? (
          <>
            {whoEl} of <EntityName e={org} lang={lang} />
          </>
        ) : (
          whoEl
        )}
        <span className="ml-1 text-xs opacity-90">({t("anonymousSource")})</span>
        <Verb verb={link.verb} />
      </>
    );
  }
  return <span>{partyText({ role: "SPEAKER", verb: "SAID", entity: null }, lang)}</span>;
}

/**
 * speaker → relays → the article's outlet, read left to right: who said it, who passed it on and how,
 * with the text's own cue words. The list's accessible name is the whole chain in one sentence, in
 * the page's language.
 */
export function AttributionChain({
  mention,
}: {
  mention: Pick<DossierMention, "chain" | "article">;
}) {
  const t = useTranslations();
  const lang = langOf(useLocale());
  const speaker = mention.chain.find((c) => c.role === "SPEAKER");
  const relays = mention.chain.filter((c) => c.role === "RELAY");
  const outlet = mention.article.outlet;
  return (
    <ol
      className="flex flex-wrap items-center gap-1 text-sm"
      aria-label={t("verdict.chain.label", { chain: chainText(mention.chain, outlet, lang) })}
      data-testid="attribution-chain"
    >
      <li className="rounded bg-stone-800 px-2 py-0.5 text-white [&_a]:text-white">
        <Speaker link={speaker} lang={lang} />
        <Cue cue={speaker?.cue ?? null} lang={lang} />
      </li>
      {relays.map((r) => (
        <li key={r.position} className="flex items-center gap-1">
          <span aria-hidden>→</span>
          <span className="rounded bg-stone-200 px-2 py-0.5">
            {r.entity ? <EntityName e={r.entity} lang={lang} /> : "—"}
            <Verb verb={r.verb} />
            <Cue cue={r.cue} lang={lang} />
          </span>
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden>→</span>
        <span className="rounded border border-stone-300 px-2 py-0.5">
          {outlet ? (
            <>
              <EntityName e={outlet} lang={lang} />
              <span className="ml-1 text-xs text-stone-700">{PUBLISHED[lang]}</span>
            </>
          ) : (
            <span className="text-stone-700">{t("verdict.chain.outletNotRecorded")}</span>
          )}
        </span>
      </li>
    </ol>
  );
}
