// RIS written here from the CSL items, one tag per line. citation.js's RIS writer wrapped values every
// 70 characters; RIS has no continuation lines, so Zotero's own import translator and bibutils joined
// the pieces with a space ("संयुक ्त", broken URLs). Tested by running Zotero's RIS.js on the output
// (tests/unit/report-ris-zotero.test.ts).
import { createHash } from "node:crypto";
import type { CslItem, CslName } from "./csl";

/**
 * RIS IDs hold at most 20 characters (readers cut longer ones, so two items could collide): a longer
 * id becomes its kind's initial and a hash of the whole id, the same on every export.
 */
export function risId(id: string): string {
  if (id.length <= 20) return id;
  return `${id[0]}_${createHash("sha256").update(id).digest("base64url").slice(0, 18)}`;
}

/**
 * A value on one line. A line break inside a value (a source's note, a pasted title) would let an
 * editor's text start a tag or a record of its own; RIS has no escape, so line breaks become spaces.
 */
const oneLine = (v: string) => v.replace(/\s*[\n\r\v\f\u0085\u2028\u2029]+\s*/g, " ").trim();

/** RIS names are "Last, First"; a literal name (an organisation, a name kept whole) goes as it is,
 * which Zotero keeps as one single-field name. */
const risName = (n: CslName) =>
  "literal" in n ? n.literal : n.given ? `${n.family}, ${n.given}` : n.family;

// RIS dates are "YYYY/MM/DD/other", every part after the year optional.
const risDate = (d: CslItem["issued"]) =>
  d?.["date-parts"][0]
    ?.filter((n) => Number.isFinite(n))
    .map((n, i) => String(n).padStart(i ? 2 : 4, "0"))
    .join("/");

/**
 * One record. A web page is `ELEC` (Zotero: webpage, T2 its website's name, M3 its kind); a newspaper
 * article `NEWS` (T2 the newspaper). The rationale goes in AB, the stance, rating and archived copy in
 * N1. RIS lines end in CR LF, as the format's specification and Zotero's own export write them.
 */
function risRecord(item: CslItem): string {
  const web = item.type === "webpage";
  const date = risDate(item.issued);
  const tags: [string, string | undefined][] = [
    ["TY", web ? "ELEC" : "NEWS"],
    ["ID", risId(item.id)],
    ["TI", item.title],
    ...(item.author ?? []).map((n): [string, string] => ["AU", risName(n)]),
    ["T2", item["container-title"]],
    ["PY", date?.slice(0, 4)],
    ["DA", date],
    ["Y2", risDate(item.accessed)],
    ["UR", item.URL],
    ["LA", item.language],
    ["M3", web ? item.genre : undefined],
    ["AB", item.abstract],
    ["N1", [item.status && `Status: ${item.status}`, item.note].filter(Boolean).join(". ")],
    ["ER", ""],
  ];
  return tags
    .filter(([tag, v]) => tag === "ER" || (v !== undefined && oneLine(v) !== ""))
    .map(([tag, v]) => `${tag}  - ${oneLine(v ?? "")}`)
    .join("\r\n");
}

// A blank line after each record, as Zotero writes them: batches of a streamed report simply follow.
export const risOf = (items: CslItem[]) => items.map((i) => `${risRecord(i)}\r\n\r\n`).join("");
