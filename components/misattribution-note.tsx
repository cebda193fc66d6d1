import { useLocale, useTranslations } from "next-intl";
import { attributedTo, isOwnAssertion } from "@/lib/attribution/originator";
import type { ClaimDossier, DossierMention } from "@/lib/claim/dossier";
import { langOf } from "@/lib/i18n/locale";
import { langIf, nameIn } from "@/lib/public/in-lang";
import { LocalLink } from "./local-link";

type Verdict = NonNullable<ClaimDossier["verdict"]>;
type Evidence = ClaimDossier["evidence"][number];

/** The source that shows the origin, as a link to its entry in the page's source list. */
function EvidenceLink({ evidence }: { evidence: Evidence | undefined }) {
  const t = useTranslations("verdict.misattribution");
  if (!evidence) return null;
  return (
    <>
      {" "}
      (
      <a href={`#source-${evidence.id}`} className="underline">
        {t("evidence", { title: evidence.source.title })}
      </a>
      )
    </>
  );
}

/**
 * Under an appearance whose article names someone else: what the article says and where the
 * evidence shows the claim came from. Nothing for appearances the verdict does not mark.
 */
export function MisattributionNote({
  mention,
  verdict: v,
  evidence,
}: {
  mention: DossierMention;
  verdict: Verdict;
  evidence: Evidence[];
}) {
  const t = useTranslations("verdict.misattribution");
  const lang = langOf(useLocale());
  if (!v.originator || !v.misattributedMentionIds.includes(mention.id)) return null;
  const shown = evidence.find((e) => e.id === v.originatorEvidenceId);
  const originator = nameIn(v.originator, lang).text;
  // "Attributes this to the article itself" would read oddly: the article says it in its own voice.
  const own = isOwnAssertion(mention.chain);
  return (
    <p
      className="mt-3 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm"
      data-testid="misattribution-note"
    >
      {own
        ? t("ownVoice", { originator })
        : t("attributes", { attributed: attributedTo(mention.chain, lang), originator })}
      <EvidenceLink evidence={shown} />
    </p>
  );
}

/** Near the verdict: who the evidence shows the claim really came from, with the editor's note. */
export function OriginatorLine({
  verdict: v,
  evidence,
}: {
  verdict: Verdict;
  evidence: Evidence[];
}) {
  const t = useTranslations("verdict.misattribution");
  const lang = langOf(useLocale());
  if (!v.originator) return null;
  const shown = evidence.find((e) => e.id === v.originatorEvidenceId);
  const name = nameIn(v.originator, lang);
  return (
    <p className="text-stone-700" data-testid="verified-originator">
      {t("verifiedOriginator")}{" "}
      {/* Its page exists: a published verdict naming it as the origin gives it one. */}
      <LocalLink href={`/entities/${v.originator.slug}`} className="font-semibold underline">
        <span lang={langIf(name.lang, lang)}>{name.text}</span>
      </LocalLink>
      {v.originatorNote && (
        <>
          {" — "}
          <span lang={langIf("hi", lang)}>{v.originatorNote}</span>
        </>
      )}
      <EvidenceLink evidence={shown} />
    </p>
  );
}
