// What reaches a desk form when input is refused: every schema a form or action parses is run with
// empty and broken input through the gate's own parse (parseForForm + fieldErrorsOf), and no message
// may be one of zod's defaults, a programmer's phrase, or lack Hindi; field-level ones name the field.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, parseForForm } from "@/lib/form-errors";
import { recordId } from "@/lib/ids";
import { fieldName, formIssueMessage } from "@/lib/messages";

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

async function formSchemas(): Promise<[string, z.ZodType][]> {
  const out: [string, z.ZodType][] = [["ids.recordId", recordId]];
  for (const dir of SCHEMA_FILES) {
    const mod = (await import(`../../lib/${dir}/schema.ts`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (value instanceof z.ZodType) out.push([`${dir}.${name}`, value]);
  }
  return out;
}

/** Every message the gate would hand a form for `schema`, with the field path it is shown at. */
function messagesFor(schema: z.ZodType): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (let v = 0; v < LEAVES.length; v++)
    for (const input of [...inputs(schema, v), undefined, null, "", 42]) {
      const r = parseForForm(schema, input);
      if (r.success) continue;
      for (const [path, messages] of Object.entries(fieldErrorsOf(r.error)))
        for (const message of messages) out.push({ path, message });
    }
  return out;
}

const schemas = await formSchemas();

describe("messages that reach a desk form", () => {
  it("finds the schemas (every lib/<domain>/schema.ts)", () => {
    expect(SCHEMA_FILES.length).toBeGreaterThanOrEqual(10);
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)("%s: no zod default, Hindi first, the field named", (_name, schema) => {
    const bad = messagesFor(schema).filter(
      ({ message }) =>
        ZOD_DEFAULTS.test(message) ||
        PROGRAMMER.test(message) ||
        !HINDI.test(message) ||
        message.includes("यह खाना"),
    );
    const seen = [...new Set(bad.map((b) => `${b.path}: ${b.message}`))];
    if (process.env.DUMP_MESSAGES) for (const m of seen) console.log(`BAD\t${_name}\t${m}`);
    expect(seen).toEqual([]);
  });

  it("names the field and the row in a list", () => {
    expect(fieldName(["relays", 1, "entityId"])).toEqual({
      hi: "नाम (पंक्ति 2)",
      en: "Name (row 2)",
    });
    const r = parseForForm(z.object({ summaryHi: z.string().min(10) }), { summaryHi: "छोटा" });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(fieldErrorsOf(r.error)).toEqual({
        summaryHi: [
          "“सारांश (हिंदी)”: कम से कम 10 अक्षर लिखें · Summary (Hindi): write at least 10 characters",
        ],
      });
  });

  it("an id that is not one says to choose again, at its field", () => {
    const r = parseForForm(z.object({ ratingId: recordId }), { ratingId: "x y" });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsOf(r.error).ratingId?.[0]).toMatch(/^“रेटिंग”: सूची से फिर से चुनें/);
  });

  it("has a message for a missing value that is not zod's", () => {
    const issue = { code: "invalid_type", expected: "string", input: undefined, path: ["title"] };
    expect(formIssueMessage(issue as never)).toBe(
      "“शीर्षक”: भरना ज़रूरी है · Title: this is required — fill it in",
    );
  });
});
