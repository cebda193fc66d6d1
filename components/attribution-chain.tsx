import Link from "next/link";
import {
  chainText,
  descriptorNamesOrg,
  OWN_ASSERTION,
  PUBLISHED,
  partyText,
  VERB_WORDS,
} from "@/lib/attribution/render";
import type { DossierMention } from "@/lib/claim/dossier";
import { displayName } from "@/lib/entity/search-key";

type ChainLink = DossierMention["chain"][number];
type Ref = { slug: string; nameHi: string | null; nameEn: string | null };

/** A registry name, linked to its public page (/entities/<slug>). */
function EntityName({ e }: { e: Ref }) {
  return (
    <Link href={`/entities/${e.slug}`} lang="hi" className="underline decoration-dotted">
      {displayName(e, "hi")}
    </Link>
  );
}

/** The verb in both languages: "ने कहा · said". */
function Verb({ verb }: { verb: ChainLink["verb"] }) {
  return (
    <span className="ml-1 text-xs opacity-80">
      <span lang="hi">{VERB_WORDS[verb].hi}</span> · {VERB_WORDS[verb].en}
    </span>
  );
}

function Cue({ cue }: { cue: string | null }) {
  if (!cue) return null;
  return (
    <span className="ml-1 text-xs italic opacity-70" lang="hi" title="Cue words in the text">
      “{cue}”
    </span>
  );
}

function Speaker({ link }: { link: ChainLink | undefined }) {
  if (link?.entity)
    return (
      <>
        <EntityName e={link.entity} />
        <Verb verb={link.verb} />
      </>
    );
  if (link && (link.anonymousAs || link.affiliation)) {
    // Hindi order: "रूसी विदेश मंत्रालय के एक अधिकारी", the organisation linked to its page.
    const who = link.anonymousAs || partyText({ ...link, affiliation: null }, "hi");
    return (
      <>
        {link.affiliation && !descriptorNamesOrg(link) && (
          <>
            <EntityName e={link.affiliation} /> <span lang="hi">के</span>{" "}
          </>
        )}
        <span lang="hi">{who}</span>
        <span className="ml-1 text-xs opacity-70">
          (<span lang="hi">अनाम स्रोत</span> · anonymous source)
        </span>
        <Verb verb={link.verb} />
      </>
    );
  }
  return (
    <span>
      <span lang="hi">{OWN_ASSERTION.hi}</span> · the article itself
    </span>
  );
}

/**
 * speaker → relays → the article's outlet, read left to right: who said it, who passed it on and how,
 * with the text's own cue words. The list's accessible name is the whole chain in one English
 * sentence; the Hindi one is its description.
 */
export function AttributionChain({
  mention,
}: {
  mention: Pick<DossierMention, "chain" | "article">;
}) {
  const speaker = mention.chain.find((c) => c.role === "SPEAKER");
  const relays = mention.chain.filter((c) => c.role === "RELAY");
  const outlet = mention.article.outlet;
  return (
    <ol
      className="flex flex-wrap items-center gap-1 text-sm"
      aria-label={`Attribution chain: ${chainText(mention.chain, outlet, "en")}`}
      title={chainText(mention.chain, outlet, "hi")}
      data-testid="attribution-chain"
    >
      <li className="rounded bg-stone-800 px-2 py-0.5 text-white [&_a]:text-white">
        <Speaker link={speaker} />
        <Cue cue={speaker?.cue ?? null} />
      </li>
      {relays.map((r) => (
        <li key={r.position} className="flex items-center gap-1">
          <span aria-hidden>→</span>
          <span className="rounded bg-stone-200 px-2 py-0.5">
            {r.entity ? <EntityName e={r.entity} /> : "—"}
            <Verb verb={r.verb} />
            <Cue cue={r.cue} />
          </span>
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden>→</span>
        <span className="rounded border border-stone-300 px-2 py-0.5">
          {outlet ? (
            <>
              <EntityName e={outlet} />
              <span className="ml-1 text-xs text-stone-500">
                <span lang="hi">{PUBLISHED.hi}</span> · {PUBLISHED.en}
              </span>
            </>
          ) : (
            <span className="text-stone-500">
              <span lang="hi">माध्यम दर्ज नहीं</span> · outlet not recorded
            </span>
          )}
        </span>
      </li>
    </ol>
  );
}
