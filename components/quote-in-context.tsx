import { type QuoteContext, storedQuoteContext } from "@/lib/text/context";
import { isFurnitureLine } from "@/lib/text/furniture";

/**
 * A mention's quote with the words around it, as it stood in the article. `context` is cut from the
 * article's text without page furniture (lib/claim/appearance-context.ts); without it, the stored
 * prefix/suffix are used with furniture lines dropped, so no path shows "Advertisement" beside a quote.
 */
export function QuoteInContext({
  prefix,
  exact,
  suffix,
  context = storedQuoteContext(prefix, suffix, isFurnitureLine),
}: {
  prefix: string;
  exact: string;
  suffix: string;
  context?: QuoteContext;
}) {
  return (
    <blockquote lang="hi" className="border-l-4 border-amber-400 bg-white px-4 py-2 text-stone-700">
      <span className="text-stone-600">…{context.before}</span>
      <mark className="claim">{exact}</mark>
      <span className="text-stone-600">{context.after}…</span>
    </blockquote>
  );
}
