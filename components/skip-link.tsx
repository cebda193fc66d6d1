import { getTranslations } from "next-intl/server";

/** Where the skip link lands: the layouts' <main>, focusable by script only (tabIndex -1). */
export const MAIN_ID = "main-content";

/**
 * The first focusable element of every page (issue 17 item 5): keyboard users pass the header's
 * links in one key press. Hidden until focused. The target is focusable, so following the link moves
 * focus there too (not only the scroll position) and the next Tab continues inside the content.
 */
export async function SkipLink() {
  const t = await getTranslations("common");
  return (
    <a
      href={`#${MAIN_ID}`}
      className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-brand focus:shadow-lg focus:outline-3 focus:outline-brand"
      data-testid="skip-link"
    >
      {t("skipToContent")}
    </a>
  );
}
