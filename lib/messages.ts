// What reaches a desk form when zod refuses input: every issue becomes a reason of the `errors`
// namespace (lib/i18n/messages/errors.ts) naming the field, worded by the form in the page's
// language. Pure data and functions with no imports at all: lib/text and lib/ids set these reasons
// on their schemas, and they sit below the catalogue (lib/i18n) in the layers.
//
// zod carries one string per issue, so a reason travels through it as a token ("errors:{…json…}");
// lib/form-errors.ts turns tokens, and the English sentences schemas set themselves (the catalogue's
// `errors.schema.*`, found by their English like a gettext msgid), back into reasons for the form,
// and into English for API clients and the import CLI. `formIssueMessage` replaces every one of zod's
// own defaults (written for programmers) when a parse passes it as its error map.
import type { z } from "zod";

/** A reason as this file makes it: lib/errors.ts ErrorDescriptor with its key not yet checked. */
export interface Reason {
  readonly key: `form.${string}`;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly field?: { readonly name: string | null; readonly row?: number };
}

// Field names as the forms label them (keys of `errors.fields.*`), by the key a schema gives the
// field. A key not listed here is named "this field" (the unit test fails on that for every form
// schema, so a new field gets its name here).
const FIELDS: Record<string, string> = {
  text: "text",
  textHi: "textHi",
  textEn: "textEn",
  topic: "topic",
  title: "title",
  body: "body",
  url: "url",
  archiveUrl: "archiveUrl",
  lang: "lang",
  outlet: "outlet",
  outletId: "outlet",
  publisher: "publisher",
  publishedAt: "publishedAt",
  published: "publishedAt",
  accessedAt: "accessedAt",
  authors: "authors",
  family: "family",
  given: "given",
  literal: "literal",
  speaker: "speaker",
  party: "speaker",
  type: "type",
  anonymousAs: "anonymousAs",
  affiliationId: "affiliationId",
  entityId: "name",
  verb: "verb",
  cue: "cue",
  relays: "relays",
  speakerAs: "speakerAs",
  quote: "quote",
  start: "quote",
  end: "quote",
  ratingId: "rating",
  rating: "rating",
  summaryHi: "summaryHi",
  summaryEn: "summaryEn",
  rationale: "rationale",
  originatorId: "originatorId",
  originatorNote: "originatorNote",
  originatorEvidenceId: "originatorEvidenceId",
  misattributedMentionIds: "misattributedMentionIds",
  stance: "stance",
  citation: "citation",
  description: "description",
  note: "note",
  noteHi: "noteHi",
  noteEn: "noteEn",
  kind: "kind",
  kinds: "kinds",
  reason: "reason",
  comment: "comment",
  message: "message",
  nameHi: "nameHi",
  nameEn: "nameEn",
  aliases: "aliases",
  assigneeId: "assignee",
  toUserId: "handOverTo",
  typed: "typed",
  libraryChoice: "libraryChoice",
  evidenceId: "source",
  claimId: "claim",
  existingClaimId: "existingClaim",
  articleId: "article",
  verdictId: "verdict",
  into: "mergeInto",
  intoId: "mergeInto",
  survivorId: "survivor",
  loserId: "loser",
  with: "mergeWith",
  via: "via",
  email: "email",
  password: "password",
  name: "name",
  q: "search",
  entity: "name",
  claim: "claim",
  article: "article",
  on: "on",
  from: "from",
  to: "to",
};

// What the page sends without the editor typing it: versions read, confirmations, ids of the record
// in hand, upload bookkeeping. Wrong there means the page is stale or was tampered with.
const PAGE_STATE =
  /^(version|revision|op|items|file|line|id|mentionId|correctionId|requestId|articleIds|seenAt|notADuplicateOf)$|Version$|^confirm/;

/** The label for a key: itself, or what a picker's typed text or an id belongs to ("outletTyped"). */
function labelOf(key: string): string | undefined {
  for (const k of [key, key.replace(/Typed$/, ""), `${key.replace(/Typed$/, "")}Id`])
    if (Object.hasOwn(FIELDS, k)) return FIELDS[k];
  return undefined;
}

type FieldRef = NonNullable<Reason["field"]>;

/** The field an issue is about, by the last named key of its path ("relays.1.entityId" → relay 2's name). */
export function fieldName(path: readonly PropertyKey[] = []): FieldRef {
  const keys = path.filter((k): k is string => typeof k === "string");
  const name = keys.map(labelOf).findLast((w) => w !== undefined) ?? null;
  const index = path.find((k): k is number => typeof k === "number");
  // In a list (relays, authors) the row number tells the editor which of several identical fields.
  return index === undefined ? { name } : { name, row: index + 1 };
}

const isPageState = (path: readonly PropertyKey[] = []) => {
  const keys = path.filter((k): k is string => typeof k === "string");
  return keys.length === 0 || keys.some((k) => PAGE_STATE.test(k));
};

const TOKEN = "errors:";

/** A reason as zod carries it: a token lib/form-errors.ts reads back. */
export const token = (r: Reason): string => TOKEN + JSON.stringify(r);

/** The reason a token stands for; undefined for any other message. */
export function reasonOfToken(message: string): Reason | undefined {
  if (!message.startsWith(TOKEN)) return undefined;
  try {
    const r = JSON.parse(message.slice(TOKEN.length)) as Reason;
    return typeof r?.key === "string" && r.key.startsWith("form.") ? r : undefined;
  } catch {
    return undefined;
  }
}

/** A message about the field at `path`: for refinements that know what to ask (lib/text/clean.ts). */
export const fieldSays = (path: readonly PropertyKey[] | undefined, key: Reason["key"]) =>
  token({ key, field: fieldName(path) });

/** The message for an id that is not one: it came from a list, so the fix is to choose again. */
export const idMessage = (path?: readonly PropertyKey[]) =>
  isPageState(path) ? token({ key: "form.stalePage" }) : fieldSays(path, "form.chooseAgain");

const isCount = (origin: unknown) => origin === "number" || origin === "int" || origin === "bigint";
const isList = (origin: unknown) => origin === "array" || origin === "set";

/** The reason for one of zod's issues: names the field and says what to do. */
export function formIssue(issue: z.core.$ZodRawIssue): Reason {
  if (isPageState(issue.path)) return { key: "form.stalePage" };
  const field = fieldName(issue.path);
  const about = (key: Reason["key"], values?: Record<string, number>): Reason =>
    values ? { key, values, field } : { key, field };
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? about("form.required")
        : about("form.notRight");
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string" && min <= 1) return about("form.required");
      if (isCount(issue.origin)) return about("form.atLeastNumber", { min });
      return about(isList(issue.origin) ? "form.atLeastItems" : "form.atLeastChars", { min });
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (isCount(issue.origin)) return about("form.atMostNumber", { max });
      return about(isList(issue.origin) ? "form.atMostItems" : "form.atMostChars", { max });
    }
    case "invalid_format":
      if (issue.format === "url") return about("form.url");
      if (issue.format === "email") return about("form.email");
      if (issue.format === "datetime" || issue.format === "date") return about("form.date");
      return about("form.badFormat");
    case "invalid_value":
    case "invalid_union":
      return about("form.chooseOption");
    case "unrecognized_keys":
      return about("form.reloadPage");
    default:
      return about("form.notRight");
  }
}

/** The error map for every parse whose messages reach a form: zod's issue as a reason's token. */
export function formIssueMessage(issue: z.core.$ZodRawIssue): string {
  return token(formIssue(issue));
}
