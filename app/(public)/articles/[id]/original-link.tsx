import { displayName } from "@/lib/entity/search-key";

/**
 * The way to the article itself: Pramaan quotes another outlet's article and sends readers to the
 * outlet for the rest. `nofollow`: the link is a citation, not an endorsement of the page.
 */
export function OriginalLink({
  url,
  outlet,
}: {
  url: string | null;
  outlet: { nameHi: string | null; nameEn: string | null } | null;
}) {
  const who = outlet ? displayName(outlet) : null;
  const whoEn = outlet ? displayName(outlet, "en") : null;
  return (
    <div className="mt-4 rounded-lg border border-stone-200 bg-stone-50 p-4">
      <p className="text-sm text-stone-700">
        <span lang="hi">
          यह {who ? `${who} का` : "दूसरे संस्थान का"} लेख है। हम इसके जांचे गए दावे उद्धृत करते हैं, पूरा लेख नहीं
          छापते।
        </span>{" "}
        · This is {whoEn ? `${whoEn}'s` : "another outlet's"} article: we quote the claims we
        checked, not the whole text.
      </p>
      {url ? (
        <a
          href={url}
          rel="noopener noreferrer nofollow"
          className="mt-3 inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:opacity-90"
          data-testid="original-link"
        >
          <span lang="hi">मूल लेख पढ़ें</span> · Read the original ↗
        </a>
      ) : (
        <p className="mt-2 text-sm text-stone-600" data-testid="original-missing">
          <span lang="hi">मूल लेख का पता दर्ज नहीं है।</span> · The original's address is not recorded.
        </p>
      )}
    </div>
  );
}
