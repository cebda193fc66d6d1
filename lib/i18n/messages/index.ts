// The interface's catalogue: every namespace, assembled per language. A namespace is one file in this
// folder (defineMessages: Hindi and English side by side); add it to NAMESPACES and its keys are typed
// everywhere `useTranslations` / `getTranslations` is called (types/next-intl.d.ts).
import type { Lang } from "../negotiate.mjs";
import { articles } from "./articles";
import { chain } from "./chain";
import { claims } from "./claims";
import { common } from "./common";
import { corrections } from "./corrections";
import { dateField } from "./dateField";
import { desk } from "./desk";
import { entities } from "./entities";
import { enums } from "./enums";
import { errors } from "./errors";
import { evidence } from "./evidence";
import { history } from "./history";
import { lists } from "./lists";
import { nav } from "./nav";
import { publicSite } from "./public";
import { reports } from "./reports";
import { review } from "./review";
import { signin } from "./signin";
import { verdict } from "./verdict";
import { verdicts } from "./verdicts";

const NAMESPACES = {
  verdicts,
  review,
  corrections,
  articles,
  desk,
  signin,
  common,
  enums,
  nav,
  dateField,
  reports,
  public: publicSite,
  verdict,
  entities,
  chain,
  claims,
  evidence,
  history,
  lists,
  errors,
};

type Namespaces = typeof NAMESPACES;
/** The Hindi catalogue's shape, literal messages included: what the typed keys are checked against. */
export type Messages = { [K in keyof Namespaces]: Namespaces[K]["hi"] };

function pick(lang: Lang): Messages {
  const out: Record<string, unknown> = {};
  for (const [name, ns] of Object.entries(NAMESPACES)) out[name] = ns[lang];
  return out as Messages;
}

export const CATALOGUE: Record<Lang, Messages> = { hi: pick("hi"), en: pick("en") };
