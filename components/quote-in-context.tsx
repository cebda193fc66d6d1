import { leadingContext, trailingContext } from "@/lib/text/context";

/** A mention's quote with the words around it, as it stood in the article. */
export function QuoteInContext({
  prefix,
  exact,
  suffix,
}: {
  prefix: string;
  exact: string;
  suffix: string;
}) {
  return (
    <blockquote lang="hi" className="border-l-4 border-amber-400 bg-white px-4 py-2 text-stone-700">
      <span className="text-stone-400">…{leadingContext(prefix)}</span>
      <mark className="claim">{exact}</mark>
      <span className="text-stone-400">{trailingContext(suffix)}…</span>
    </blockquote>
  );
}
