// Cleaning what editors type before it is stored and shown to readers.
//
// A "speaker" that renders blank, or mirrored by a bidi override, is a spoofing tool on a public
// verdict page; a NUL byte or a lone surrogate makes PostgreSQL (or the UTF-8 encoder) fail with a
// 500 instead of a form error. So every text field refuses what cannot be stored, and names and
// one-line fields also lose the invisible characters that can disguise them.
import { z } from "zod";
import { fieldSays } from "../messages";

// Bidi embeddings, overrides and isolates, and the implicit marks (LRM, RLM, ALM).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
// Zero-width space, word joiner, BOM, soft hyphen, invisible operators, Mongolian vowel separator.
const ZERO_WIDTH = /[\u200B\u2060-\u2064\uFEFF\u00AD\u180E]/gu;
// ZWJ and ZWNJ have one honest use in Devanagari: right after a virama, choosing a half form
// (क्‍ष) or suppressing a conjunct (क्‌ष). Anywhere else they only hide characters.
const JOINER_NOT_AFTER_VIRAMA = /(?<!\u094D)[\u200C\u200D]/gu;
// C0/C1 control characters. Multi-line text keeps tab and newline; carriage returns are normalised.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS_ONE_LINE = /[\u0000-\u001F\u007F-\u009F]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Removes the invisible characters that can disguise a name or a one-line field. */
function stripInvisible(s: string): string {
  return s.replace(BIDI_CONTROLS, "").replace(ZERO_WIDTH, "").replace(JOINER_NOT_AFTER_VIRAMA, "");
}

/** True when the string is valid UTF-16 (no lone surrogate), so it can be encoded and stored. */
const isWellFormed = (s: string) => !/\p{Cs}/u.test(s);

const hasLetter = (s: string) => /\p{L}/u.test(s);

// Reasons of the errors namespace (lib/messages.ts), naming the field (lengths and "required" come from its error map).
type Issue = { path?: readonly PropertyKey[] };
const MESSAGES = {
  surrogate: {
    error: (i: Issue) => fieldSays(i.path, "form.brokenChar"),
  },
  control: {
    error: (i: Issue) => fieldSays(i.path, "form.controlChar"),
  },
  letters: {
    error: (i: Issue) => fieldSays(i.path, "form.needsLetters"),
  },
};

/**
 * A one-line field: a title, a topic, a cue, a publisher. Invisible characters are stripped, space
 * runs collapsed; control characters and broken text are refused.
 */
export function oneLine(max: number) {
  return z
    .string()
    .refine(isWellFormed, MESSAGES.surrogate)
    .refine((s) => !CONTROLS_ONE_LINE.test(s.replace(/[\t\r\n]/g, " ")), MESSAGES.control)
    .transform((s) => stripInvisible(s).replace(/\s+/gu, " ").trim())
    .pipe(z.string().max(max));
}

/** An optional one-line field: empty becomes undefined. */
export function optionalOneLine(max: number) {
  return oneLine(max)
    .optional()
    .transform((v) => (v ? v : undefined));
}

/** A name (a person, an outlet, an editor): one line, and it must contain visible letters. */
export function nameText(min: number, max: number) {
  return oneLine(max).pipe(z.string().min(min).refine(hasLetter, MESSAGES.letters));
}

/** Running text (a rationale, a note, a quote): line breaks kept, broken text refused. */
export function multiLine(max: number) {
  return (
    z
      .string()
      .refine(isWellFormed, MESSAGES.surrogate)
      .refine((s) => !CONTROLS_MULTI_LINE.test(s), MESSAGES.control)
      // Overrides and embeddings go (they can mirror text); isolates and marks stay for Urdu or Arabic quotes.
      .transform((s) =>
        s
          .replace(/\r\n?/g, "\n")
          .replace(/[\u202A-\u202E]/gu, "")
          .trim(),
      )
      .pipe(z.string().max(max))
  );
}

export function optionalMultiLine(max: number) {
  return multiLine(max)
    .optional()
    .transform((v) => (v ? v : undefined));
}
