// next-intl outside a Next.js request: components and pages rendered by tests (renderToStaticMarkup)
// ask next-intl for their words, which in Next come from lib/i18n/request.ts. Here both halves answer
// from the catalogue in the test's language: English unless a test calls setTestLang("hi").
// Registered by tests/support/setup.ts (vi.mock of "next-intl" and "next-intl/server").
// From use-intl (what next-intl re-exports): "next-intl" itself is the module being mocked.
import { createTranslator } from "use-intl";
import { newsroomTimeZone } from "@/lib/env";
import { intlLocale, type Lang, langOf } from "@/lib/i18n/locale";
import { CATALOGUE } from "@/lib/i18n/messages";

const state = globalThis as unknown as { __testLang?: Lang };

/** The language the next renders in (until set again). */
export function setTestLang(lang: Lang) {
  state.__testLang = lang;
}
export const testLang = (): Lang => state.__testLang ?? "en";

function translate(lang: Lang, namespace?: string) {
  return createTranslator({
    locale: intlLocale(lang),
    messages: CATALOGUE[lang],
    timeZone: newsroomTimeZone(),
    namespace: namespace as any,
  });
}

/** `useTranslations` / `useLocale` as a component rendered in a test sees them. */
export const clientHooks = {
  useTranslations: (namespace?: string) => translate(testLang(), namespace),
  useLocale: () => intlLocale(testLang()),
};

/** `getTranslations` / `getLocale` as a server component rendered in a test sees them. */
export const serverApi = {
  getTranslations: async (arg?: string | { namespace?: string; locale?: string }) => {
    const o = typeof arg === "string" ? { namespace: arg } : (arg ?? {});
    return translate(o.locale ? langOf(o.locale) : testLang(), o.namespace);
  },
  getLocale: async () => intlLocale(testLang()),
  getTimeZone: async () => newsroomTimeZone(),
  getMessages: async () => CATALOGUE[testLang()],
};
