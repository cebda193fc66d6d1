// Zotero's own RIS import translator (tests/fixtures/zotero/RIS.js, vendored from zotero/translators)
// run under Node, with a stand-in for the part of the translator API it calls. The stand-in does only
// what Zotero does for these calls and nothing kinder: lines are handed over as they are in the file,
// and a field the item type does not have (per Zotero's schema, tests/fixtures/zotero/item-fields.json)
// is dropped on save, as Zotero's item saver does, but listed so a test can see the loss.
import fs from "node:fs";
import vm from "node:vm";

type ZoteroCreator = {
  lastName: string;
  firstName?: string;
  fieldMode?: 1;
  creatorType: string;
};

export type ZoteroItem = {
  itemType: string;
  creators: ZoteroCreator[];
  notes: { note: string }[];
  tags: string[];
  attachments: unknown[];
  /** Fields Zotero would not keep because the item type has no such field. */
  dropped: Record<string, unknown>;
  [field: string]: unknown;
};

const fixture = (name: string) => new URL(`../fixtures/zotero/${name}`, import.meta.url);
// The translator file is a JSON header, then the code; Zotero reads the header apart, so does this.
const source = fs.readFileSync(fixture("RIS.js"), "utf8");
const code = source.slice(source.indexOf("\n}\n") + 3);
const fieldsOf = (
  JSON.parse(fs.readFileSync(fixture("item-fields.json"), "utf8")) as {
    itemTypes: Record<string, string[]>;
  }
).itemTypes;

// Keys RIS.js itself sets on an item; everything else is a Zotero field checked against the schema.
const BOOKKEEPING = new Set(["itemType", "creators", "notes", "tags", "attachments", "complete"]);

/** Zotero.Utilities.unescapeHTML: an HTML fragment to its text (tags dropped, entities decoded). */
function unescapeHTML(s: string): string {
  if (!s.includes("<") && !s.includes("&")) return s;
  const named: Record<string, string> = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: "\u00a0",
  };
  return s
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(
            Number.parseInt(
              e.slice(e[1] === "x" || e[1] === "X" ? 2 : 1),
              e[1].toLowerCase() === "x" ? 16 : 10,
            ),
          )
        : (named[e.toLowerCase()] ?? m),
    );
}

/** Reads an RIS text the way Zotero imports a file, returning the items Zotero would save. */
export async function zoteroImportRis(text: string): Promise<ZoteroItem[]> {
  // Zotero.read() gives one line at a time without its line ending, false at the end.
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === "") lines.pop();
  let at = 0;
  const saved: ZoteroItem[] = [];

  class Item {
    itemType: string;
    creators: ZoteroCreator[] = [];
    notes: { note: string }[] = [];
    tags: string[] = [];
    attachments: unknown[] = [];
    constructor(itemType: string) {
      this.itemType = itemType;
    }
    complete() {
      const valid = new Set(fieldsOf[this.itemType] ?? []);
      const item: ZoteroItem = {
        itemType: this.itemType,
        creators: [],
        notes: [],
        tags: [],
        attachments: [],
        dropped: {},
      };
      for (const [k, v] of Object.entries(this)) {
        if (v === undefined) continue;
        if (BOOKKEEPING.has(k) || valid.has(k)) item[k] = v;
        else item.dropped[k] = v;
      }
      saved.push(item);
    }
  }

  const utilities = {
    unescapeHTML,
    deepCopy: <T>(o: T): T => structuredClone(o),
    fieldIsValidForType: (field: string, itemType: string) =>
      (fieldsOf[itemType] ?? []).includes(field),
    // Zotero's DOI pattern (Zotero.Utilities.cleanDOI).
    cleanDOI: (s: string) => /10(?:\.[0-9]{4,})?\/[^\s]*[^\s.,]/.exec(s)?.[0] ?? null,
    // Only called for dates RIS.js cannot read itself; ours are all "YYYY/MM/DD", so a call is a bug.
    strToDate: (s: string) => {
      throw new Error(`the stand-in does not parse free-text dates: ${s}`);
    },
  };
  const Zotero = {
    read: () => (at < lines.length ? lines[at++] : false),
    Item,
    Utilities: utilities,
    getOption: () => undefined,
    debug: () => {},
  };
  const context = vm.createContext({ Zotero, ZU: utilities, Z: Zotero });
  vm.runInContext(code, context, { filename: "RIS.js" });
  await (context.doImport as () => Promise<void> | false)();
  return saved;
}
