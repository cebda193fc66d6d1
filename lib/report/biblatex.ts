// biblatex, written here rather than by citation.js: its BibTeX output escaped nothing (a `%` ended a
// field, `\input{x}` reached LaTeX, one `{` broke the file) and chose types biber rejects (`publisher`
// in @misc, `month = {sep 15}`). Entries follow biblatex's data model, which `biber --tool
// --validate-datamodel` checks in tests/unit/report-citation.test.ts, and are read back by pandoc.
import type { CslItem, CslName } from "./csl";

/**
 * Text for a literal field, safe for BibTeX's brace counting and for LaTeX. BibTeX and biber count a
 * brace even after a backslash, so only braces that pair up inside the value become `\{`…`\}` (which
 * LaTeX and pandoc print as braces); a brace without a partner becomes `\textbraceleft{}` /
 * `\textbraceright{}`, which keep the field balanced. The backslash itself becomes
 * `\textbackslash{}`, so no command an editor typed (`\input{x}`) is ever run. Line breaks fold to a
 * space: a blank line is a paragraph break, which LaTeX forbids inside a field.
 */
export function latexText(raw: string): string {
  const s = raw.replace(/\s*[\n\r\v\f\u0085\u2028\u2029]+\s*/g, " ").trim();
  const special = (t: string) => t.replace(/[\\%&_#$~^]/g, (c) => LATEX_SPECIAL[c]);
  if (!s.includes("{") && !s.includes("}")) return special(s);
  const paired = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "{") open.push(i);
    else if (s[i] === "}" && open.length) {
      paired.add(open.pop() as number);
      paired.add(i);
    }
  }
  let out = "";
  let at = 0;
  for (const part of s.split(/([{}])/)) {
    if (part !== "{" && part !== "}") out += special(part);
    else if (paired.has(at)) out += `\\${part}`;
    else out += part === "{" ? "\\textbraceleft{}" : "\\textbraceright{}";
    at += part.length;
  }
  return out;
}

const LATEX_SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "%": "\\%",
  "&": "\\&",
  _: "\\_",
  "#": "\\#",
  $: "\\$",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/**
 * `url` is a verbatim field: biber and pandoc take it as written, `%` and `#` included (encoding them
 * would change the address: `%20` is not `%2520`). Only what would unbalance the entry or end the
 * value — braces, backslashes, white space — and a `%` that starts no escape are percent-encoded.
 */
export function verbatimUrl(url: string): string {
  return url.trim().replace(/[{}\\\s]|%(?![0-9A-Fa-f]{2})/g, (c) => encodeURIComponent(c));
}

/**
 * biblatex's name list: "Family, Given and Family, Given". A literal name (an organisation, a name kept
 * whole) is one brace group, so biber never splits or inverts it, and an " and " inside it stays part
 * of the name; a family or given name holding a comma or an "and" is braced the same way.
 */
export function nameList(names: CslName[]): string {
  const part = (p: string) => {
    const t = latexText(p);
    return /,|\band\b/i.test(p) ? `{${t}}` : t;
  };
  return names
    .map((n) =>
      "literal" in n
        ? `{${latexText(n.literal)}}`
        : n.given
          ? `${part(n.family)}, ${part(n.given)}`
          : part(n.family),
    )
    .join(" and ");
}

// babel/polyglossia language names for `langid`: biblatex hyphenates and localises by it, and pandoc
// leaves a non-English title's case alone.
const LANGID: Record<string, string> = {
  hi: "hindi",
  en: "english",
  ur: "urdu",
  bn: "bengali",
  mr: "marathi",
  ta: "tamil",
  te: "telugu",
  ml: "malayalam",
  kn: "kannada",
};

const isoDate = (d: CslItem["issued"]) =>
  d?.["date-parts"][0]
    ?.filter((n) => Number.isFinite(n))
    .map((n, i) => String(n).padStart(i ? 2 : 4, "0"))
    .join("-");

// A database id as a key: BibTeX keys end at `,` `}` and white space; ids are [a-z0-9_], kept as they are.
const key = (id: string) => id.replace(/[^A-Za-z0-9_:.-]/g, "_");

/**
 * One entry per CSL item. A newspaper article with a byline is `@article` in its `journaltitle`. A
 * web page (a source, a fact check, an article without a byline) is `@online` with its site as
 * `organization`: the data model has no publisher or journal for @online, and @article requires an
 * author, which the desk does not record for articles. A draft fact check has no public URL yet,
 * which @online requires, so it is `@misc`. A page with no publication date gets
 * `date = {XXXX}`, the ISO 8601-2 (EDTF) form for "year unspecified" that biber reads: @online
 * requires a date, and an access date is not one.
 */
export function biblatexEntry(item: CslItem): string {
  const article =
    item.type === "article-newspaper" && item.author?.length && item["container-title"];
  const type = article ? "article" : item.URL ? "online" : "misc";
  const lang = item.language ? LANGID[item.language.toLowerCase().split("-")[0]] : undefined;
  const fields: [string, string | undefined][] = [
    ["author", item.author?.length ? nameList(item.author) : undefined],
    ["title", latexText(item.title)],
    // `organization` is a list (" and " separates organisations): the site is one name, braced whole.
    [
      article ? "journaltitle" : "organization",
      item["container-title"] &&
        (article ? latexText(item["container-title"]) : `{${latexText(item["container-title"])}}`),
    ],
    ["date", isoDate(item.issued) ?? "XXXX"],
    ["urldate", isoDate(item.accessed)],
    ["url", item.URL && verbatimUrl(item.URL)],
    ["langid", lang],
    ["pubstate", item.status && latexText(item.status)],
    ["note", item.note && latexText(item.note)],
    ["abstract", item.abstract && latexText(item.abstract)],
  ];
  const body = fields
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([name, value]) => `  ${name} = {${value}},`);
  return [`@${type}{${key(item.id)},`, ...body, "}"].join("\n");
}

// A blank line after each entry: batches of a streamed report simply follow one another.
export const biblatexOf = (items: CslItem[]) =>
  items.map((i) => `${biblatexEntry(i)}\n\n`).join("");
