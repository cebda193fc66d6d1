// The app's own font, Noto Sans Devanagari from @fontsource, as the TrueType files typst can load.
// Fontsource ships only WOFF/WOFF2, split into devanagari, latin and latin-ext subsets that all call
// themselves "Noto Sans Devanagari". WOFF 1.0 is the sfnt's tables, each zlib-compressed, so node:zlib
// turns it back into a TTF. Each subset is renamed to a family of its own: typst picks one font per
// family name and variant, so three fonts sharing a name would leave two of them unused, and names no
// system can have mean nothing but these files can ever be chosen.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const SUBSETS = ["devanagari", "latin", "latin-ext"] as const;
const WEIGHTS = [400, 700] as const;

/** Family names the PDF template asks for, in fallback order: Devanagari first, then Latin. */
export const PDF_FONT_FAMILIES = SUBSETS.map((s) => `Pramaan ${s}`);

// Read from node_modules at run time, not bundled: the files stay where npm put them.
const fontDir = () =>
  path.join(process.cwd(), "node_modules/@fontsource/noto-sans-devanagari/files");

function sum32(buf: Buffer): number {
  let sum = 0;
  for (let i = 0; i < buf.length; i += 4) {
    // Tables are padded to 4 bytes; a short tail counts as if zero-padded.
    const word =
      (buf[i] << 24) | ((buf[i + 1] ?? 0) << 16) | ((buf[i + 2] ?? 0) << 8) | (buf[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/** A `name` table with only the family (1, 16) and full-name (4) records replaced by `family`. */
function renamed(name: Buffer, family: string): Buffer {
  const count = name.readUInt16BE(2);
  const storage = name.readUInt16BE(4);
  const records: { head: number[]; bytes: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const head = [0, 2, 4, 6].map((o) => name.readUInt16BE(at + o)); // platform, encoding, language, id
    const len = name.readUInt16BE(at + 8);
    const off = name.readUInt16BE(at + 10);
    if (![1, 4, 16].includes(head[3]))
      records.push({ head, bytes: name.subarray(storage + off, storage + off + len) });
  }
  // Windows, Unicode BMP, US English: the record typst (ttf-parser) reads names from.
  const utf16be = Buffer.from(family, "utf16le").swap16();
  for (const id of [1, 4, 16]) records.push({ head: [3, 1, 0x409, id], bytes: utf16be });
  records.sort(
    (a, b) =>
      a.head[0] - b.head[0] ||
      a.head[1] - b.head[1] ||
      a.head[2] - b.head[2] ||
      a.head[3] - b.head[3],
  );
  const header = Buffer.alloc(6 + records.length * 12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  records.forEach((r, i) => {
    const at = 6 + i * 12;
    for (const [j, v] of r.head.entries()) header.writeUInt16BE(v, at + j * 2);
    header.writeUInt16BE(r.bytes.length, at + 8);
    header.writeUInt16BE(offset, at + 10);
    offset += r.bytes.length;
  });
  return Buffer.concat([header, ...records.map((r) => r.bytes)]);
}

/** WOFF 1.0 → sfnt (TTF/OTF), with the family renamed. */
export function woffToSfnt(woff: Buffer, family: string): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: string; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = woff.toString("latin1", at, at + 4);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    let data: Buffer = compLength < origLength ? zlib.inflateSync(raw) : Buffer.from(raw);
    if (tag === "name") data = renamed(data, family);
    if (tag === "head") data.writeUInt32BE(0, 8); // checkSumAdjustment, recomputed below
    tables.push({ tag, data });
  }
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));

  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    header.write(t.tag, at, "latin1");
    header.writeUInt32BE(sum32(t.data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  const head = tables.findIndex((t) => t.tag === "head");
  if (head >= 0) {
    const at = header.readUInt32BE(12 + head * 16 + 8);
    font.writeUInt32BE((0xb1b0afba - sum32(font)) >>> 0, at + 8);
  }
  return font;
}

let cached: Buffer[] | undefined;

/** Regular and bold of every subset, converted once per process. */
export function pdfFonts(): Buffer[] {
  cached ??= SUBSETS.flatMap((subset, i) =>
    WEIGHTS.map((w) =>
      woffToSfnt(
        fs.readFileSync(path.join(fontDir(), `noto-sans-devanagari-${subset}-${w}-normal.woff`)),
        PDF_FONT_FAMILIES[i],
      ),
    ),
  );
  return cached;
}
