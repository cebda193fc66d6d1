// Article input (the list query, imports, metadata edits), shared by forms and actions. No Prisma here.
import { z } from "zod";
import { parseNewsroomTime } from "../calendar/days";
import { refuseUnpicked, unpickedName } from "../entity/unpicked";
import { recordId } from "../ids";
import { token } from "../messages";
import { cursorParams, dayParam, lenient } from "../paging";
import { nameText, oneLine, optionalOneLine } from "../text/clean";
import { normaliseNewlines } from "../text/newlines";

export const articleListQuery = z.object({
  /** Search words in the title: the list narrowed to what the search box would find. */
  q: lenient(oneLine(200).pipe(z.string().min(1))),
  outlet: lenient(recordId),
  lang: lenient(z.string().regex(/^[a-z]{2,3}$/)),
  // Newsroom days, inclusive, on the article's date: its publication, else its event's day.
  from: dayParam,
  to: dayParam,
  sort: z.enum(["newest", "oldest", "title"]).catch("newest"),
  ...cursorParams,
});
export type ArticleListQuery = z.infer<typeof articleListQuery>;

// A well-formed body: it is stored exactly as given (mention offsets index into it), so what cannot
// be stored is refused, never silently removed. Line endings are the one normalisation: the same
// text saved on Windows and pasted into a browser (which sends \n) must hash to the same article.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const BODY_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

// Bidi embeddings, overrides and isolates: in a body they reorder what readers see (a number or a
// name shown mirrored on the public page) and no Hindi or English news text needs them. They are
// removed on import, before the body is hashed and before anything is anchored in it; the import
// report counts them. (Marks such as LRM stay: they reorder nothing.)
export const BODY_BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * U+FFFD is what a decoder leaves for bytes that were not UTF-8 (a file saved in another encoding),
 * so a body holding one has already lost characters: it is refused, naming the line, never stored.
 */
function refuseReplacementCharacter(s: string, ctx: z.RefinementCtx) {
  const at = s.indexOf("\uFFFD");
  if (at < 0) return;
  const line = s.slice(0, at).split("\n").length;
  ctx.addIssue({
    code: "custom",
    message: token({ key: "form.bodyNotUtf8", values: { line } }),
  });
}

const articleBody = z
  .string()
  .transform(normaliseNewlines)
  .superRefine(refuseReplacementCharacter)
  .transform((s) => s.replace(BODY_BIDI_CONTROLS, ""))
  .refine((s) => !/\p{Cs}/u.test(s), "The text contains a broken character (a lone surrogate)")
  .refine((s) => !BODY_CONTROLS.test(s), "The text contains a control character")
  .refine((s) => /\p{L}/u.test(s), "The article has no text")
  .refine((s) => s.length <= 2_000_000, "At most 2,000,000 characters");

function isHttpUrl(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(
    z.string().max(2000).refine(isHttpUrl, "A full address, starting with https://").optional(),
  );

/**
 * 2023-09-13, a wall-clock time 2023-09-13T10:26, or an ISO date-time with its offset; empty is "not
 * known". A day or a time without an offset is the newsroom's (lib/calendar), not the server's or UTC.
 */
const optionalPublished = z
  .string()
  .trim()
  .optional()
  .refine(
    // 2023-02-30 would parse as 2 March: a day that does not exist is refused, not moved.
    (v) => !v || parseNewsroomTime(v) !== null,
    "Use a date like 2023-09-13 (or 2023-09-13T10:26:00+05:30)",
  )
  .transform((v) => (v ? (parseNewsroomTime(v) ?? undefined) : undefined));

const langCode = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.toLowerCase() : "hi"))
  .pipe(z.string().regex(/^[a-z]{2,3}$/, "A language code such as hi or en"));

// A title from a file that was not UTF-8 has lost characters too (see refuseReplacementCharacter).
const title = nameText(2, 300).refine(
  (s) => !s.includes("\uFFFD"),
  'The title has bytes that are not UTF-8 (shown as "\uFFFD"): save the file as UTF-8',
);

/**
 * One article from a file (.json item, .csv row) or the paste form. `outlet` in a file is an entity
 * id or an outlet's exact name; the form sends the picked entity's id.
 */
export const articleInputSchema = z
  .object({
    title,
    body: articleBody,
    url: optionalUrl,
    outlet: optionalOneLine(200),
    // A name typed into the form's outlet picker and not picked: refused, never "not recorded".
    outletTyped: unpickedName,
    publishedAt: optionalPublished,
    lang: langCode,
  })
  .superRefine((v, ctx) => refuseUnpicked(ctx, v.outlet, v.outletTyped, ["outlet"]));
export type ArticleInput = z.infer<typeof articleInputSchema>;

/**
 * A batch of articles the browser found in uploaded files (lib/article/parse.ts), each still to be
 * validated with articleInputSchema on the server. `file` and `line` only label the report.
 */
export const importItemsSchema = z.object({
  items: z
    .array(
      z.object({
        file: z.string().max(300),
        line: z.number().int().min(0).max(100_000_000),
        fields: z.unknown(),
      }),
    )
    .min(1)
    .max(50),
});

/** The metadata an editor may change after import; never the body (offsets index into it). */
export const updateArticleSchema = z
  .object({
    articleId: recordId,
    version: z.number().int().min(1),
    title,
    url: optionalUrl,
    outletId: recordId.optional().or(z.literal("").transform(() => undefined)),
    outletTyped: unpickedName,
    publishedAt: optionalPublished,
    lang: langCode,
  })
  .superRefine((v, ctx) => refuseUnpicked(ctx, v.outletId, v.outletTyped, ["outletId"]));
export type UpdateArticleData = z.infer<typeof updateArticleSchema>;

/** "Import a new version": the article, the revision the editor read, the new text. */
export const reviseArticleSchema = z.object({
  articleId: recordId,
  revision: z.number().int().min(1),
  body: articleBody,
});
export type ReviseArticleData = z.output<typeof reviseArticleSchema>;

/**
 * An editor's change to an article's page furniture, naming the article version it was made on:
 * confirm what is marked, mark the lines a selection touches, or un-mark the range starting at `start`.
 */
const furnitureTarget = { articleId: recordId, version: z.number().int().min(1) };
const offset = z.number().int().min(0).max(2_000_000);
export const editFurnitureSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("confirm"), ...furnitureTarget }),
  z.object({ op: z.literal("mark"), ...furnitureTarget, start: offset, end: offset }),
  z.object({ op: z.literal("unmark"), ...furnitureTarget, start: offset }),
]);
export type EditFurnitureInput = z.infer<typeof editFurnitureSchema>;
