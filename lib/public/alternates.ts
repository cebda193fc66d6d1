// A readers' page's addresses in both languages, for its metadata: the canonical address is the page's
// own language, `hreflang` alternates name the Hindi and English ones, and x-default is Hindi (the
// address without /en). One helper so every readers' page says it the same way.
import type { Metadata } from "next";
import { publicBaseUrl } from "../env";
import { type Lang, pathIn } from "../i18n/negotiate.mjs";

/** `alternates` for the readers' page at `path` (unprefixed, query included when it names the page). */
export function readerAlternates(
  path: string,
  lang: Lang,
  extra: Omit<NonNullable<Metadata["alternates"]>, "canonical" | "languages"> = {},
): NonNullable<Metadata["alternates"]> {
  const base = publicBaseUrl();
  const hi = `${base}${pathIn(path, "hi")}`;
  const en = `${base}${pathIn(path, "en")}`;
  return {
    ...extra,
    canonical: lang === "en" ? en : hi,
    languages: { hi, en, "x-default": hi },
  };
}
