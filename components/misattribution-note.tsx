import { attributedTo, isOwnAssertion } from "@/lib/attribution/originator";
import type { ClaimDossier, DossierMention } from "@/lib/claim/dossier";
import { displayName } from "@/lib/entity/search-key";

type Verdict = NonNullable<ClaimDossier["verdict"]>;
type Evidence = ClaimDossier["evidence"][number];

/** The source that shows the origin, as a link to its entry in the page's source list. */
function EvidenceLink({ evidence }: { evidence: Evidence | undefined }) {
  if (!evidence) return null;
  return (
    <>
      {" "}
      (
      <a href={`#source-${evidence.id}`} className="underline">
        <span lang="hi">सबूत</span> · evidence: {evidence.source.title}
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
  if (!v.originator || !v.misattributedMentionIds.includes(mention.id)) return null;
  const shown = evidence.find((e) => e.id === v.originatorEvidenceId);
  const hi = displayName(v.originator, "hi");
  const en = displayName(v.originator, "en");
  // "Attributes this to the article itself" would read oddly: the article says it in its own voice.
  const own = isOwnAssertion(mention.chain);
  return (
    <p
      className="mt-3 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm"
      data-testid="misattribution-note"
    >
      <span lang="hi">
        {own
          ? `यह लेख इसे अपनी ओर से कहता है; सबूत दिखाते हैं कि यह ${hi} से आया`
          : `यह लेख इसे ${attributedTo(mention.chain, "hi")} का बताता है; सबूत दिखाते हैं कि यह ${hi} से आया`}
      </span>{" "}
      ·{" "}
      {own
        ? `The article states this in its own voice; the evidence shows it came from ${en}`
        : `The article attributes this to ${attributedTo(mention.chain, "en")}; the evidence shows it came from ${en}`}
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
  if (!v.originator) return null;
  const shown = evidence.find((e) => e.id === v.originatorEvidenceId);
  return (
    <p className="text-stone-700" data-testid="verified-originator">
      <span lang="hi">असल में किसने कहा</span> · Verified originator:{" "}
      {/* Its page exists: a published verdict naming it as the origin gives it one. */}
      <a href={`/entities/${v.originator.slug}`} className="font-semibold underline">
        <span lang="hi">{displayName(v.originator, "hi")}</span>
        {v.originator.nameEn && v.originator.nameHi ? ` · ${v.originator.nameEn}` : ""}
      </a>
      {v.originatorNote && (
        <>
          {" — "}
          <span lang="hi">{v.originatorNote}</span>
        </>
      )}
      <EvidenceLink evidence={shown} />
    </p>
  );
}
