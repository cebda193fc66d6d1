// What reaches a desk form when input is refused: every schema a form or action parses is run with
// empty and broken input through the gate's own parse (parseForForm + fieldErrorsOf). Each issue must
// be a reason the catalogue knows (lib/i18n/messages/errors.ts), worded in Hindi and in English, never
// one of zod's defaults or a programmer's phrase; field-level ones name the field.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { type ErrorSay, wordError } from "@/lib/error-words";
import type { ErrorDescriptor } from "@/lib/errors";
import { fieldErrorsOf, issueEnglish, parseForForm } from "@/lib/form-errors";
import { translator } from "@/lib/i18n/translator";
import { recordId } from "@/lib/ids";
import { fieldName, formIssue, formIssueMessage } from "@/lib/messages";

const say = (lang: "hi" | "en"): ErrorSay => {
  const t = translator(lang);
  return (key, values) => t(`errors.${key}` as never, values as never);
};
const hi = say("hi");
const en = say("en");

const LIB = join(import.meta.dirname, "../../lib");
// lib/user/schema.ts is left out: its messages are for the user:* commands at a terminal ("--email …").
const SCHEMA_FILES = readdirSync(LIB, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "user")
  .filter((d) => readdirSync(join(LIB, d.name)).includes("schema.ts"))
  .map((d) => d.name);

// zod's English (v3 and v4 wording) and phrases for programmers that once reached the desk.
const ZOD_DEFAULTS =
  /^(Required|Invalid input|Invalid (option|string|type|email|url|uuid|date|enum value|literal value|discriminator value)|Too (small|big)|Expected |String must|Number must|Array must|Unrecognized key|Invalid element|Invalid key|Not a valid id)/i;
const PROGRAMMER =
  /Not a valid id|expected \w+, received|must match pattern|\bregex\b|undefined|NaN/i;
const HINDI = /\p{Script=Devanagari}/u;

// Broken values of every kind a form or a tampered request can send.
const LEAVES: unknown[] = [
  "",
  "   ",
  "x",
  "\u0000",
  "a".repeat(5_000),
  123,
  -1,
  [],
  {},
  null,
  "no id!",
];

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Inputs for `schema` built from the variant-th broken leaf, following objects, lists and unions. */
function inputs(schema: z.ZodType, variant: number, depth = 0): unknown[] {
  const def = defOf(schema);
  if (depth > 6) return [LEAVES[variant]];
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const one = Object.fromEntries(keys.map((k) => [k, inputs(shape[k], variant, depth + 1)[0]]));
      return [one, {}];
    }
    case "array":
      return [
        [inputs(def.element as z.ZodType, variant, depth + 1)[0]],
        Array.from({ length: 40 }, () => inputs(def.element as z.ZodType, variant, depth + 1)[0]),
      ];
    case "union":
      return (def.options as z.ZodType[]).flatMap((o) => inputs(o, variant, depth + 1));
    case "pipe":
      return inputs(def.in as z.ZodType, variant, depth + 1);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return inputs(def.innerType as z.ZodType, variant, depth + 1);
    case "literal":
      return [(def.values as unknown[])[0]];
    default:
      return [LEAVES[variant]];
  }
}

// Form schemas that live beside their domain's other code rather than in its schema.ts (imported
// by name: a dynamic import may vary one path segment only).
const OTHER_MODULES: [string, () => Promise<Record<string, unknown>>][] = [
  ["claim", () => import("../../lib/claim/mention-schema.ts")],
  ["article", () => import("../../lib/article/text-rights.ts")],
];

async function formSchemas(): Promise<[string, z.ZodType][]> {
  const out: [string, z.ZodType][] = [["ids.recordId", recordId]];
  const modules: [string, () => Promise<Record<string, unknown>>][] = [
    ...SCHEMA_FILES.map((dir): [string, () => Promise<Record<string, unknown>>] => [
      dir,
      () => import(`../../lib/${dir}/schema.ts`),
    ]),
    ...OTHER_MODULES,
  ];
  for (const [dir, load] of modules) {
    const mod = await load();
    for (const [name, value] of Object.entries(mod))
      if (value instanceof z.ZodType) out.push([`${dir}.${name}`, value]);
  }
  return out;
}

/** Every reason the gate would hand a form for `schema`, with the field path it is shown at. */
function reasonsFor(schema: z.ZodType): { path: string; reason: ErrorDescriptor }[] {
  const out: { path: string; reason: ErrorDescriptor }[] = [];
  for (let v = 0; v < LEAVES.length; v++)
    for (const input of [...inputs(schema, v), undefined, null, "", 42]) {
      const r = parseForForm(schema, input);
      if (r.success) continue;
      for (const [path, reasons] of Object.entries(fieldErrorsOf(r.error)))
        for (const reason of reasons) out.push({ path, reason });
    }
  return out;
}

const schemas = await formSchemas();

describe("messages that reach a desk form", () => {
  it("finds the schemas (every lib/<domain>/schema.ts)", () => {
    expect(SCHEMA_FILES.length).toBeGreaterThanOrEqual(10);
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)(
    "%s: a catalogued reason, in Hindi and English, the field named",
    (_name, schema) => {
      const bad = reasonsFor(schema)
        .map(({ path, reason }) => ({
          path,
          reason,
          hi: wordError(hi, reason),
          en: wordError(en, reason),
        }))
        .filter(
          ({ reason, hi, en }) =>
            reason.key === "form.unknown" ||
            (reason.field !== undefined && reason.field.name === null) ||
            ZOD_DEFAULTS.test(en) ||
            PROGRAMMER.test(en) ||
            !HINDI.test(hi),
        );
      const seen = [...new Set(bad.map((b) => `${b.path}: ${b.en}`))];
      if (process.env.DUMP_MESSAGES) for (const m of seen) console.log(`BAD\t${_name}\t${m}`);
      expect(seen).toEqual([]);
    },
  );

  it("names the field and the row in a list", () => {
    expect(fieldName(["relays", 1, "entityId"])).toEqual({ name: "name", row: 2 });
    const inRow = { key: "form.required", field: fieldName(["relays", 1, "entityId"]) } as const;
    expect(wordError(hi, inRow)).toBe("“नाम (पंक्ति 2)”: भरना ज़रूरी है");
    expect(wordError(en, inRow)).toBe("Name (row 2): this is required — fill it in");
    const r = parseForForm(z.object({ summaryHi: z.string().min(10) }), { summaryHi: "छोटा" });
    expect(r.success).toBe(false);
    if (!r.success) {
      const [reason] = fieldErrorsOf(r.error).summaryHi ?? [];
      expect(reason).toEqual({
        key: "form.atLeastChars",
        values: { min: 10 },
        field: { name: "summaryHi" },
      });
      expect(wordError(hi, reason)).toBe("“सारांश (हिंदी)”: कम से कम 10 अक्षर लिखें");
      expect(wordError(en, reason)).toBe("Summary (Hindi): write at least 10 characters");
      // What an API client or a log reads: the same reason in English.
      expect(issueEnglish(r.error.issues[0].message)).toBe(
        "Summary (Hindi): write at least 10 characters",
      );
    }
  });

  it("an id that is not one says to choose again, at its field", () => {
    const r = parseForForm(z.object({ ratingId: recordId }), { ratingId: "x y" });
    expect(r.success).toBe(false);
    if (!r.success) {
      const [reason] = fieldErrorsOf(r.error).ratingId ?? [];
      expect(reason).toEqual({ key: "form.chooseAgain", field: { name: "rating" } });
      expect(wordError(hi, reason)).toMatch(/^“रेटिंग”: सूची से फिर से चुनें/);
    }
  });

  it("a schema's own sentence becomes its catalogue key, worded in both languages", () => {
    const r = parseForForm(z.object({ ratingId: z.string().min(1, "Choose a rating") }), {
      ratingId: "",
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      const [reason] = fieldErrorsOf(r.error).ratingId ?? [];
      expect(reason).toEqual({ key: "schema.chooseRating" });
      expect(wordError(hi, reason)).toBe("रेटिंग चुनें");
    }
  });

  it("a text that lost characters (U+FFFD) is refused with a catalogued reason", async () => {
    const { articleInputSchema } = await import("@/lib/article/schema");
    const r = parseForForm(articleInputSchema, {
      title: "शीर्षक \uFFFD टूटा",
      body: "पहली पंक्ति\nदूसरी \uFFFD पंक्ति",
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      const errors = fieldErrorsOf(r.error);
      expect(errors.title).toEqual([{ key: "schema.titleNotUtf8" }]);
      expect(errors.body).toEqual([{ key: "form.bodyNotUtf8", values: { line: 2 } }]);
      expect(wordError(hi, errors.body?.[0] ?? { key: "form.stalePage" })).toContain("पंक्ति 2");
    }
  });

  it("has a reason for a missing value that is not zod's", () => {
    const issue = { code: "invalid_type", expected: "string", input: undefined, path: ["title"] };
    expect(formIssue(issue as never)).toEqual({ key: "form.required", field: { name: "title" } });
    expect(issueEnglish(formIssueMessage(issue as never))).toBe(
      "Title: this is required — fill it in",
    );
  });
});
