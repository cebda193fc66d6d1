// next-intl's request configuration (wired in next.config.js): the language this request is in, its
// catalogue, the newsroom's time zone and digits. proxy.ts has already decided the language (from the
// address of a readers' page, else the person's choice, then their browser, then Hindi) and passed it
// in a header; routes proxy.ts does not run for (API routes: report downloads) decide it the same way.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { newsroomDigits, newsroomTimeZone } from "../env";
import { intlLocale, langOf } from "./locale";
import { CATALOGUE } from "./messages";
import { isLang, LANG_COOKIE, LANG_HEADER, type Lang, preferredLang } from "./negotiate.mjs";

/** The language of the request being rendered. */
export async function requestLang(): Promise<Lang> {
  const h = await headers();
  const decided = h.get(LANG_HEADER);
  if (isLang(decided)) return decided;
  const kept = (await cookies()).get(LANG_COOKIE)?.value;
  return preferredLang({
    cookie: kept ? `${LANG_COOKIE}=${kept}` : null,
    acceptLanguage: h.get("accept-language"),
  });
}

export default getRequestConfig(async ({ locale }) => {
  // An explicit locale (getTranslations({ locale })) wins: a report rendered in a chosen language.
  const lang = locale ? langOf(locale) : await requestLang();
  return {
    locale: intlLocale(lang, newsroomDigits()),
    messages: CATALOGUE[lang],
    timeZone: newsroomTimeZone(),
    // A missing message is a bug the catalogue test should have caught: fail loudly in development and
    // tests, and show the key (never a blank) in production.
    onError(error) {
      if (process.env.NODE_ENV !== "production") throw error;
      console.error(error.message);
    },
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  };
});
