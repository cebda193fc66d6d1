import type { DossierMention } from "@/lib/claim/dossier";
import { displayName as name } from "@/lib/entity/search-key";

/** speaker → relays → the article, read left to right: who said it and who passed it on. */
export function AttributionChain({
  mention,
}: {
  mention: Pick<DossierMention, "chain" | "article">;
}) {
  const speaker = mention.chain.find((c) => c.role === "SPEAKER");
  const relays = mention.chain.filter((c) => c.role === "RELAY");
  return (
    <ol
      className="flex flex-wrap items-center gap-1 text-sm"
      aria-label="Attribution chain"
      data-testid="attribution-chain"
    >
      <li className="rounded bg-stone-800 px-2 py-0.5 text-white">
        {speaker?.entity ? (
          <span lang="hi">{name(speaker.entity)}</span>
        ) : (
          <span>
            <span lang="hi">लेख का अपना दावा</span> · the article itself
          </span>
        )}
        <span className="ml-1 text-xs opacity-70">said</span>
      </li>
      {relays.map((r) => (
        <li key={r.position} className="flex items-center gap-1">
          <span aria-hidden>→</span>
          <span className="rounded bg-stone-200 px-2 py-0.5">
            {r.entity ? <span lang="hi">{name(r.entity)}</span> : "—"}
            <span className="ml-1 text-xs text-stone-500">relayed</span>
          </span>
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden>→</span>
        <span className="rounded border border-stone-300 px-2 py-0.5">
          {mention.article.outlet ? (
            <span lang="hi">{name(mention.article.outlet)}</span>
          ) : (
            <span className="text-stone-500">outlet not recorded</span>
          )}
          <span className="ml-1 text-xs text-stone-500">published</span>
        </span>
      </li>
    </ol>
  );
}
