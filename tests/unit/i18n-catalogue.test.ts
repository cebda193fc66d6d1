// The interface's catalogue (lib/i18n/messages): every message of every namespace, in both languages.
// TypeScript already refuses a key missing on one side (lib/i18n/define.ts: `en` must have exactly
// `hi`'s keys, so `npx tsc --noEmit` fails on a missing translation; that check is not repeated here,
// as a tsc run on a planted file would take a minute). What TypeScript cannot see is checked below:
// - each message parses as ICU MessageFormat (next-intl's syntax) in both languages;
// - both languages take the same arguments, of the same kinds ({count, plural} in Hindi is
//   {count, plural} in English), and the same rich-text tags; plurals and selects have `other`;
// - no message is empty;
// - Hindi messages are Hindi: any Latin-letter word in one must sit beside Devanagari, and two or more
//   Latin words in a row are an untranslated phrase, apart from a short list of names and acronyms;
// - English messages carry no Devanagari, apart from the language switch (written in its own language);
// - keys are camelCase.
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/i18n/messages";

type Tree = { readonly [key: string]: string | Tree };

/** Every message of a language as [dotted key, message]. */
function flatten(tree: Tree, prefix = ""): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.push([key, v]);
    else out.push(...flatten(v, key));
  }
  return out;
}

const hi = new Map(flatten(CATALOGUE.hi as unknown as Tree));
const en = new Map(flatten(CATALOGUE.en as unknown as Tree));

const KIND: Record<number, string> = {
  [TYPE.argument]: "argument",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

/** What a message takes: each argument's name and kind ("count:plural", "name:argument", "b:tag"). */
function signature(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(`${el.value}:${KIND[el.type]}`);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) signature(option.value, into);
    }
    if (el.type === TYPE.tag) signature(el.children, into);
  }
  return into;
}

/** Problems inside a parsed message: a plural or select without `other`. */
function shapeProblems(elements: MessageFormatElement[], out: string[] = []): string[] {
  for (const el of elements) {
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (!("other" in el.options)) out.push(`{${el.value}} has no "other" case`);
      for (const option of Object.values(el.options)) shapeProblems(option.value, out);
    }
    if (el.type === TYPE.tag) shapeProblems(el.children, out);
  }
  return out;
}

/** The text a reader sees of a message, arguments left out (plural and select cases included). */
function literalText(elements: MessageFormatElement[]): string {
  let s = "";
  for (const el of elements) {
    if (el.type === TYPE.literal) s += el.value;
    else if (el.type === TYPE.plural || el.type === TYPE.select)
      s += ` ${Object.values(el.options)
        .map((o) => literalText(o.value))
        .join(" ")} `;
    else if (el.type === TYPE.tag) s += literalText(el.children);
    else s += " ";
  }
  return s;
}

const parsed = (message: string) => parse(message, { requiresOtherClause: false });

// Words a Hindi page prints in Latin letters because that is how they are written in Hindi news too:
// file formats, standards, acronyms, the product's Latin name.
const LATIN_IN_HINDI = new Set([
  "PDF",
  "CSV",
  "RIS",
  "BibTeX",
  "XLSX",
  "Excel",
  "Zotero",
  "JSON",
  "JSON-LD",
  "CSL",
  "CSL-JSON",
  "API",
  "URL",
  "URLs",
  "ID",
  "IDs",
  "RSS",
  "Atom",
  "ClaimReview",
  "Schema.org",
  "schema.org",
  "HTML",
  "UTC",
  "IST",
  "ISO",
  "PRAMAAN",
  "Pramaan",
  "E-mail",
  "e-mail",
  "email",
  "Ctrl",
  "Shift",
  "Enter",
  "Esc",
  "Tab",
  "Alt",
  "Cmd",
  "Typst",
  "Wikidata",
  "DOI",
  "ISBN",
  "http",
  "https",
  "www",
  "OK",
]);
// Keys whose Hindi side is rightly not Hindi: the switch to English is written in English.
const NOT_HINDI_KEYS = new Set([
  "common.siteNameLatin",
  "common.language.switchTo",
  "common.language.switchToLabel",
]);
// Placeholders that show examples of what editors type, which is Hindi or English content (a
// name as either script spells it, an attribution cue): they rightly mix the two scripts.
const CONTENT_EXAMPLE_KEYS = new Set([
  "entities.picker.placeholder",
  "chain.anonymousAsPlaceholder",
  "chain.cuePlaceholder",
]);
// Keys whose English side rightly holds Devanagari: the switch to Hindi, and content examples.
const DEVANAGARI_IN_ENGLISH_KEYS = new Set([
  "common.language.switchTo",
  "common.language.switchToLabel",
  ...CONTENT_EXAMPLE_KEYS,
]);

const DEVANAGARI = /[\u0900-\u097F]/;
const LATIN_WORD = /[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]/g;

/** Latin words in a Hindi message's text that are not on the list, and runs of two or more of them. */
function latinInHindi(text: string): { words: string[]; runs: string[] } {
  const words = (text.match(LATIN_WORD) ?? []).filter((w) => !LATIN_IN_HINDI.has(w));
  const runs: string[] = [];
  // Two unlisted Latin words separated only by spaces or light punctuation: an English phrase.
  const runPattern = /[A-Za-z][A-Za-z'’-]*(?:[ ,/:]+[A-Za-z][A-Za-z'’-]*)+/g;
  for (const m of text.match(runPattern) ?? []) {
    const ws = m.split(/[ ,/:]+/).filter((w) => !LATIN_IN_HINDI.has(w));
    if (ws.length >= 2) runs.push(m);
  }
  return { words, runs };
}

describe("the catalogue", () => {
  it("has messages in both languages, under the same keys", () => {
    expect(hi.size).toBeGreaterThan(0);
    expect([...hi.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("has camelCase keys, or a data value's own spelling (an enum's OPEN, a kind's also-read)", () => {
    // next-intl reads "." as nesting: a key with a dot or a space could never be looked up.
    const camel = /^[A-Za-z][A-Za-z0-9]*$/; // PascalCase: an enum table (enums.ClaimStatus)
    const dataValue = /^(?:[A-Z][A-Z0-9_]*|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
    const bad = [...hi.keys()].filter(
      (k) => !k.split(".").every((p) => camel.test(p) || dataValue.test(p)),
    );
    expect(bad).toEqual([]);
  });

  it("has no empty message", () => {
    const empty = [...hi, ...en.entries()].filter(([, m]) => m.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it("parses every message as ICU, in both languages", () => {
    const failures: string[] = [];
    for (const [lang, messages] of [
      ["hi", hi],
      ["en", en],
    ] as const) {
      for (const [key, message] of messages) {
        try {
          const problems = shapeProblems(parsed(message));
          for (const p of problems) failures.push(`${lang} ${key}: ${p}`);
        } catch (e) {
          failures.push(`${lang} ${key}: ${(e as Error).message} in ${JSON.stringify(message)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("takes the same arguments, of the same kinds, in both languages", () => {
    // A count may be a plural in one language and a plain number in the other (Hindi's "{count,
    // number} सेकंड" is English's "{count, plural, one {# second} other {# seconds}}"), and a plain
    // {arg} formats a number in the locale too; a date is never a count, a tag never an argument.
    const kinds = (message: string) => {
      const out = new Map<string, string>();
      for (const s of signature(parsed(message))) {
        const [name, kind] = s.split(":");
        const k = kind === "plural" ? "number" : kind;
        const prev = out.get(name);
        out.set(name, prev && prev !== k ? `${prev}|${k}` : k);
      }
      return out;
    };
    const compatible = (a?: string, b?: string) =>
      a === b ||
      (a !== undefined &&
        b !== undefined &&
        [a, b].includes("argument") &&
        [a, b].includes("number"));
    const mismatches: string[] = [];
    for (const [key, hiMessage] of hi) {
      const enMessage = en.get(key);
      if (enMessage === undefined) continue; // the key test above reports it
      let a: Map<string, string>;
      let b: Map<string, string>;
      try {
        a = kinds(hiMessage);
        b = kinds(enMessage);
      } catch {
        continue; // the parse test above reports it
      }
      for (const name of new Set([...a.keys(), ...b.keys()]))
        if (!compatible(a.get(name), b.get(name)))
          mismatches.push(
            `${key}: {${name}} is ${a.get(name) ?? "missing"} in hi, ${b.get(name) ?? "missing"} in en`,
          );
    }
    expect(mismatches).toEqual([]);
  });

  it("is Hindi on the Hindi side: Devanagari, Latin letters only for names and acronyms", () => {
    const notHindi: string[] = [];
    for (const [key, message] of hi) {
      if (NOT_HINDI_KEYS.has(key) || CONTENT_EXAMPLE_KEYS.has(key)) continue;
      let text: string;
      try {
        text = literalText(parsed(message));
      } catch {
        continue;
      }
      const { words, runs } = latinInHindi(text);
      if (words.length > 0 && !DEVANAGARI.test(text))
        notHindi.push(`${key}: ${JSON.stringify(message)} (no Devanagari)`);
      else if (runs.length > 0)
        notHindi.push(`${key}: ${JSON.stringify(message)} (English phrase: ${runs.join(" | ")})`);
    }
    expect(notHindi).toEqual([]);
  });

  it("is English on the English side: no Devanagari outside the switch to Hindi", () => {
    const notEnglish = [...en]
      .filter(([key, m]) => !DEVANAGARI_IN_ENGLISH_KEYS.has(key) && DEVANAGARI.test(m))
      .map(([key, m]) => `${key}: ${JSON.stringify(m)}`);
    expect(notEnglish).toEqual([]);
  });

  it("is translated: no message with words is the same in both languages", () => {
    const same = [...hi]
      .filter(([key, m]) => {
        if (NOT_HINDI_KEYS.has(key) || m !== en.get(key)) return false;
        let text: string;
        try {
          text = literalText(parsed(m));
        } catch {
          return false;
        }
        return latinInHindi(text).words.length > 0;
      })
      .map(([key, m]) => `${key}: ${JSON.stringify(m)}`);
    expect(same).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("see arguments, plurals and tags inside each other", () => {
    const sig = signature(
      parsed("{n, plural, one {# <b>{name}</b>} other {# {when, date, short}}}"),
    );
    expect([...sig].sort()).toEqual(["b:tag", "n:plural", "name:argument", "when:date"]);
    expect(shapeProblems(parsed("{x, select, a {A}}"))).toEqual(['{x} has no "other" case']);
  });

  it("tell an English phrase in a Hindi message from an acronym", () => {
    expect(latinInHindi("PDF डाउनलोड करें").runs).toEqual([]);
    expect(latinInHindi("CSV, PDF या RIS").runs).toEqual([]);
    expect(latinInHindi("Sign in · साइन इन").runs).toEqual(["Sign in"]);
    expect(latinInHindi("Sign in").words).toEqual(["Sign", "in"]);
  });
});

describe("every message, formatted", () => {
  /** Sample values for a message's arguments: a count for plurals and numbers, a day for dates. */
  function sampleValues(message: string): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const s of signature(parsed(message))) {
      const [name, kind] = s.split(":");
      if (kind === "plural" || kind === "number") values[name] = 5;
      else if (kind === "date" || kind === "time") values[name] = new Date("2023-09-13T23:30:00Z");
      else if (kind === "tag") values[name] = (chunks: string) => `<${name}>${chunks}</${name}>`;
      else if (kind === "select") values[name] = "other";
      else values[name] ??= "X";
    }
    return values;
  }

  it("formats in both languages with Latin and Devanagari digits, leaving no placeholder", () => {
    const failures: string[] = [];
    for (const [lang, locale] of [
      ["hi", "hi-IN"],
      ["hi", "hi-IN-u-nu-deva"],
      ["en", "en-IN"],
    ] as const) {
      const t = createTranslator({
        locale,
        messages: CATALOGUE[lang],
        timeZone: "Asia/Kolkata",
        onError: (e) => failures.push(`${locale}: ${e.message}`),
      });
      const messages = lang === "hi" ? hi : en;
      for (const [key, message] of messages) {
        let values: Record<string, unknown>;
        try {
          values = sampleValues(message);
        } catch {
          continue; // the parse test reports it
        }
        const hasTags = Object.values(values).some((v) => typeof v === "function");
        const tt = t as any;
        const out: string = hasTags ? tt.markup(key, values) : tt(key, values);
        if (/[{}]/.test(out) && !/[{}]/.test(literalText(parsed(message))))
          failures.push(`${locale} ${key}: ${out}`);
        if (locale.endsWith("deva") && /5/.test(out) && !/5/.test(message))
          failures.push(`${locale} ${key}: Latin digit in ${out}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
