// An entity's name as the desk shows it in a page's language: that language's name first, the other
// one after it when there are two (editors tell look-alikes apart by both), each marked with its
// `lang` when it differs from the page's. No hooks: usable from server and client components alike.
import type { NamedEntity } from "@/lib/entity/search-key";
import type { Lang } from "@/lib/i18n/locale";

const DEVANAGARI = /[\u0900-\u097F]/gu;
const LATIN = /[A-Za-z]/g;

/**
 * The language a piece of typed text is in, as far as its script tells: Hindi when most of its
 * letters are Devanagari ("British broadcaster; its Hindi service is BBC News हिन्दी" is English).
 */
export const scriptLang = (text: string): Lang =>
  (text.match(DEVANAGARI)?.length ?? 0) > (text.match(LATIN)?.length ?? 0) ? "hi" : "en";

/** `lang` for content in `of` shown on a page in `page`: only where the two differ. */
export const langAttr = (of: Lang, page: Lang): Lang | undefined => (of === page ? undefined : of);

/** The name to show first on a page in `lang`, falling back to the other name, then an alias. */
export function nameIn(e: NamedEntity, lang: Lang): { text: string; lang: Lang } {
  const own = lang === "hi" ? e.nameHi : e.nameEn;
  if (own) return { text: own, lang };
  const other = lang === "hi" ? e.nameEn : e.nameHi;
  if (other) return { text: other, lang: lang === "hi" ? "en" : "hi" };
  const alias = e.aliases?.[0];
  return alias ? { text: alias, lang: scriptLang(alias) } : { text: "—", lang };
}

/** The other language's name, when the entity has both. */
function secondName(e: NamedEntity, lang: Lang): { text: string; lang: Lang } | null {
  if (!e.nameHi || !e.nameEn) return null;
  return lang === "hi" ? { text: e.nameEn, lang: "en" } : { text: e.nameHi, lang: "hi" };
}

/** "किम जोंग उन (Kim Jong Un)" on a Hindi page, "Kim Jong Un (किम जोंग उन)" on an English one. */
export function entityLabel(e: NamedEntity, lang: Lang): { text: string; lang: Lang } {
  const first = nameIn(e, lang);
  const second = secondName(e, lang);
  return second ? { text: `${first.text} (${second.text})`, lang: first.lang } : first;
}

/** One name, in the page's language where there is one. */
export function EntityName({ e, lang }: { e: NamedEntity; lang: Lang }) {
  const n = nameIn(e, lang);
  return <span lang={langAttr(n.lang, lang)}>{n.text}</span>;
}

/** The page language's name, then the other one (set off by `secondClassName`). */
export function EntityNames({
  e,
  lang,
  secondClassName = "ml-2 font-normal text-stone-600",
}: {
  e: NamedEntity;
  lang: Lang;
  secondClassName?: string;
}) {
  const second = secondName(e, lang);
  return (
    <>
      <EntityName e={e} lang={lang} />
      {/* A space, not only a margin: read aloud and copied, the two names stay two words. */}
      {second && " "}
      {second && (
        <span lang={langAttr(second.lang, lang)} className={secondClassName}>
          {second.text}
        </span>
      )}
    </>
  );
}

/** A rich message's tag around content in `of` on a page in `page`: `t.rich(…, { n: langTag(…) })`. */
export const langTag = (of: Lang, page: Lang) => (chunks: React.ReactNode) => (
  <span lang={langAttr(of, page)}>{chunks}</span>
);

/** A rich message's tag around typed text, its language told by its script. */
export const textTag = (text: string, page: Lang) => langTag(scriptLang(text), page);
