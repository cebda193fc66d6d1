// Types of negotiate.mjs for the TypeScript side (the file itself stays JavaScript for scripts/serve.mjs).
export type Lang = "hi" | "en";
export const LANGS: readonly Lang[];
export const DEFAULT_LANG: Lang;
export const LANG_COOKIE: string;
export const LANG_HEADER: string;
export const EN_PREFIX: string;
export function isLang(v: unknown): v is Lang;
export function langFromCookie(cookieHeader: string | null | undefined): Lang | null;
export function langFromAcceptLanguage(header: string | null | undefined): Lang | null;
export function preferredLang(request: {
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Lang;
export function splitLangPrefix(pathname: string): { lang: Lang | null; path: string };
export function isReaderPath(path: string): boolean;
export function pathIn(path: string, lang: Lang): string;
export function readerRedirect(
  pathname: string,
  request: { cookie?: string | null; acceptLanguage?: string | null },
): string | null;
