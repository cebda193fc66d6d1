// RIS read by Zotero's own RIS import translator (zotero/translators RIS.js, run under Node by
// ../support/zotero-ris.ts): every item must arrive whole, as a researcher importing the file would
// get it. The report is full of hostile values (./citation-report-fixture.ts).
import { describe, expect, it } from "vitest";
import { reportRis } from "@/lib/report/citation";
import { risId } from "@/lib/report/ris";
import { type ZoteroItem, zoteroImportRis } from "../support/zotero-ris";
import {
  ARCHIVE_URL,
  FORGED,
  hostileReport,
  INPUT,
  LONG_HI,
  LONG_URL,
  SPECIALS,
  UNBALANCED,
} from "./citation-report-fixture";

const imported = () => zoteroImportRis(reportRis(hostileReport()));
const titled = (items: ZoteroItem[], title: string) => {
  const found = items.filter((i) => i.title === title);
  if (found.length !== 1) throw new Error(`${found.length} items titled ${title}`);
  return found[0];
};

describe("RIS read by Zotero's RIS import translator", () => {
  it("every item arrives, of the right type, with nothing Zotero would have to drop", async () => {
    const items = await imported();
    expect(items.map((i) => i.itemType)).toEqual([
      "webpage", // fact check c1
      "newspaperArticle", // the article, once
      "webpage",
      "webpage",
      "webpage",
      "webpage",
      "webpage", // fact check c2
      "webpage", // the draft
    ]);
    for (const i of items) expect(i.dropped).toEqual({});
  });

  it("titles arrive exactly: conjuncts unbroken, LaTeX specials and braces untouched", async () => {
    const items = await imported();
    for (const title of [SPECIALS, UNBALANCED, INPUT]) titled(items, title);
    // The 200-character Devanagari title: the fact check c1's and one source's.
    expect(items.filter((i) => i.title === LONG_HI)).toHaveLength(2);
    expect(items[0].title).toBe(LONG_HI);
    expect(String(items[0].title)).toContain("संयुक्त");
  });

  it("URLs arrive exactly, long ones with query strings included", async () => {
    const items = await imported();
    expect(titled(items, UNBALANCED).url).toBe(LONG_URL);
    expect(items[5]).toMatchObject({ title: LONG_HI, url: `${LONG_URL}&p=2` });
    expect(items.map((i) => i.url).filter(Boolean)).toHaveLength(7); // the draft has no public URL
  });

  it("authors are creators: people with first and last names, names kept whole in one field", async () => {
    const items = await imported();
    expect(titled(items, SPECIALS).creators).toEqual([
      { lastName: "O'Carroll", firstName: "Chad", creatorType: "author" },
      { lastName: "Zwirko", firstName: "Colin", creatorType: "author" },
      { lastName: "Reuters", fieldMode: 1, creatorType: "author" },
      { lastName: "Tom and Jerry Inc.", fieldMode: 1, creatorType: "author" },
      { lastName: "अंजलि शर्मा", fieldMode: 1, creatorType: "author" },
    ]);
    expect(items[0].creators).toEqual([
      { lastName: "Verma", firstName: "Asha", creatorType: "author" },
      { lastName: "रवि कुमार", fieldMode: 1, creatorType: "author" },
    ]);
  });

  it("dates, site names, the rationale and the notes land in Zotero's fields", async () => {
    const items = await imported();
    const source = titled(items, SPECIALS);
    expect(source).toMatchObject({
      date: "2023-09-11",
      accessDate: "2023-09-15",
      websiteTitle: "BBC News",
      language: "hi",
    });
    expect(items[1]).toMatchObject({ publicationTitle: "बीबीसी", date: "2023-09-13" });
    expect(items[0]).toMatchObject({
      date: "2023-09-20",
      websiteTitle: "Pramaan",
      websiteType: "fact check",
      abstractNote: hostileReport().claims[0].verdict?.rationale.replace("\n", " "),
    });
    const note = source.notes.map((n) => n.note).join(" ");
    expect(note).toContain(`Archived at ${ARCHIVE_URL}`);
    expect(note).toContain("Stance: supports");
    expect(items[6].notes[0].note).toContain("Status: retracted");
    expect(items[7].notes[0].note).toContain("Status: draft");
  });

  it("a value with line breaks and `ER  - TY  - ` stays one field: no record or tag is forged", async () => {
    const items = await imported();
    expect(items).toHaveLength(8);
    expect(items.some((i) => i.title === "forged")).toBe(false);
    // Zotero keeps notes as HTML: paragraphs, and runs of spaces as &nbsp;.
    const note = titled(items, SPECIALS).notes[0].note.replace(/&nbsp;/g, " ");
    expect(note).toContain(FORGED.replace(/\s*\n\s*/g, " "));
  });
});

describe("RIS lines as written", () => {
  const ris = () => reportRis(hostileReport());

  it("one tag per line, no line wrapped: each value is on its tag's line, whole", () => {
    const lines = ris().split("\r\n");
    for (const line of lines) expect(line === "" || /^[A-Z][A-Z0-9] {2}- /.test(line)).toBe(true);
    expect(lines).toContain(`TI  - ${LONG_HI}`);
    expect(lines).toContain(`UR  - ${LONG_URL}`);
    expect(lines.filter((l) => l.startsWith("TY  - "))).toHaveLength(8);
    expect(lines.filter((l) => l === "ER  - ")).toHaveLength(8);
    // No line ending other than the CR LF between lines.
    expect(ris()).not.toMatch(/[^\r]\n|\r[^\n]|[\u2028\u2029\u0085]/);
  });

  it("ids longer than RIS's 20 characters get a stable short id instead of being cut", () => {
    const long = ["evidence_cmwttbpci0002x67dq8zhsvn7", "evidence_cmwttbpci0002x67dq8zhsvn8"];
    const ids = long.map(risId);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((i) => i.length <= 20 && i.startsWith("e_"))).toBe(true);
    expect(long.map(risId)).toEqual(ids); // the same on every export
    expect(risId("claim_c1")).toBe("claim_c1");
  });
});
