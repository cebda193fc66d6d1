// The interface's catalogue: every namespace, assembled per language. A namespace is one file in this
// folder (defineMessages: Hindi and English side by side); add it to NAMESPACES and its keys are typed
// everywhere `useTranslations` / `getTranslations` is called (types/next-intl.d.ts).
import type { Lang } from "../negotiate.mjs";
import { common } from "./common";
import { enums } from "./enums";
import { nav } from "./nav";

const NAMESPACES = { common, enums, nav };

type Namespaces = typeof NAMESPACES;
/** The Hindi catalogue's shape, literal messages included: what the typed keys are checked against. */
export type Messages = { [K in keyof Namespaces]: Namespaces[K]["hi"] };

function pick(lang: Lang): Messages {
  const out: Record<string, unknown> = {};
  for (const [name, ns] of Object.entries(NAMESPACES)) out[name] = ns[lang];
  return out as Messages;
}

export const CATALOGUE: Record<Lang, Messages> = { hi: pick("hi"), en: pick("en") };
