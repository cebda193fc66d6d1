// The catalogue outside React: code in lib/ that words something for a person (the history's
// sentences, report headings, notices) takes a language and asks here, so it needs no request and
// tests can call it for both languages. Components use next-intl's useTranslations/getTranslations.
import { createTranslator } from "next-intl";
import { newsroomDigits, newsroomTimeZone } from "../env";
import { intlLocale, type Lang } from "./locale";
import { CATALOGUE } from "./messages";

export function translator(lang: Lang) {
  return createTranslator({
    locale: intlLocale(lang, newsroomDigits()),
    messages: CATALOGUE[lang],
    timeZone: newsroomTimeZone(),
  });
}

export type Translator = ReturnType<typeof translator>;
