// The page scan of tests/e2e/i18n.spec.ts, apart so it can be tried on a page of its own making
// (page.setContent) without the app: it runs inside the page (page.evaluate), so it uses nothing from
// its module scope.
type Lang = "hi" | "en";

export type Scan = {
  /** The other language's interface strings, outside content marked in that language. */
  otherLanguage: string[];
  /** A catalogue key printed where its message should be (next-intl's fallback). */
  keys: string[];
  /** Text in the other script with no lang of its own (content that should be marked): a warning. */
  unmarked: string[];
};

/** Runs in the page: text nodes and the attributes people read, checked against the catalogue. */
export function scanPage(args: { lang: Lang; strings: string[]; keys: string[] }): Scan {
  const { lang, strings, keys } = args;
  const keySet = new Set(keys);
  const exact = new Set(strings);
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A phrase of two or more words is looked for inside text too; a single word only as the whole text.
  const phrases = strings.filter((s) => /\s/.test(s));
  const phrase = phrases.length
    ? new RegExp(
        `(?:^|[^\\p{L}\\p{M}])(${phrases.map(escapeRegExp).join("|")})(?=$|[^\\p{L}\\p{M}])`,
        "u",
      )
    : null;
  const script = lang === "hi" ? /[A-Za-z]{2,}(?:[\s,.'-]+[A-Za-z]{2,})+/ : /[\u0900-\u097F]/;
  const out: Scan = { otherLanguage: [], keys: [], unmarked: [] };
  const seen = new Set<string>();
  const check = (el: Element, raw: string, where: string) => {
    const text = raw.replace(/\s+/g, " ").trim();
    if (!text) return;
    const testid = el.closest("[data-testid]")?.getAttribute("data-testid");
    const at = testid ? `${where}[${testid}] ` : where;
    if (keySet.has(text)) {
      out.keys.push(`${at}${text}`);
      return;
    }
    // Content says which language it is in (issue 19): an element with a lang of its own, below the
    // page's, is content whatever it holds (a Hindi article's own "Advertisement" line, an English
    // claim on a Hindi page). The interface inherits the page's lang. A lang on a wrapper of the
    // whole page (one holding its h1, a nav or a form) does not count as content.
    const declared = el.closest("[lang]");
    if (
      declared &&
      !["HTML", "BODY", "MAIN"].includes(declared.tagName) &&
      !declared.querySelector("h1, nav, form")
    )
      return;
    // An article's own text is content whatever it holds.
    if (el.closest("[data-testid=article-body]")) return;
    const hit = exact.has(text) ? text : phrase?.exec(text)?.[1];
    const note = (list: string[], s: string) => {
      const k = `${list === out.otherLanguage ? "o" : "u"}${at}${s}`;
      if (seen.has(k)) return;
      seen.add(k);
      list.push(`${at}${s.length > 120 ? `${s.slice(0, 117)}…` : s}`);
    };
    if (hit) note(out.otherLanguage, hit === text ? text : `${hit} (in “${text}”)`);
    else if (script.test(text)) note(out.unmarked, text);
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const el = node.parentElement;
    if (!el || el.closest("script,style,noscript,template,[hidden]")) continue;
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    check(el, node.data, "");
  }
  for (const el of document.querySelectorAll("[aria-label],[title],[placeholder],img[alt]")) {
    for (const attr of ["aria-label", "title", "placeholder", "alt"]) {
      const v = el.getAttribute(attr);
      if (v) check(el, v, `@${attr}: `);
    }
  }
  // Words drawn by CSS (`content: attr(data-…)`): a label the text walk cannot see.
  for (const el of document.body.querySelectorAll("*")) {
    for (const pseudo of ["::before", "::after"]) {
      const content = getComputedStyle(el, pseudo).content;
      if (content.startsWith('"') && /\p{L}/u.test(content) && el.checkVisibility())
        check(el, content.slice(1, -1), `${pseudo} `);
    }
  }
  check(document.documentElement, document.title, "<title>: ");
  return out;
}
