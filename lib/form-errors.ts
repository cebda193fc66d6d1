// Field errors as forms show them: parsed with the messages map (lib/messages.ts) so no zod default
// reaches an editor, each one a reason of the `errors` namespace the form words in the page's
// language, keyed by dotted paths ("relays.0.entityId") that forms look up under a prefix.
import type { z } from "zod";
import { englishOf } from "./error-words";
import type { ErrorDescriptor, ErrorKey, FieldErrors, FieldName } from "./errors";
import { CATALOGUE } from "./i18n/messages";
import { formIssueMessage, reasonOfToken } from "./messages";

/** `schema.safeParse` with the form wording: every message names the field. */
export function parseForForm<S extends z.ZodType>(schema: S, input: unknown) {
  return schema.safeParse(input, { error: formIssueMessage });
}

const ERRORS = CATALOGUE.en.errors;
// The sentences schemas set themselves, by their English: the catalogue's msgids.
const SCHEMA = new Map<string, ErrorKey>(
  Object.entries(ERRORS.schema).map(([k, english]) => [english, `schema.${k}` as ErrorKey]),
);
const isFormKey = (key: string): key is ErrorKey =>
  key.startsWith("form.") && Object.hasOwn(ERRORS.form, key.slice("form.".length));
const isField = (name: string | null): name is FieldName =>
  name !== null && name !== "inRow" && Object.hasOwn(ERRORS.fields, name);

/** The reason behind one zod message; one the catalogue does not know is shown as it is. */
export function issueReason(message: string): ErrorDescriptor {
  const token = reasonOfToken(message);
  if (token && isFormKey(token.key)) {
    const field = token.field && {
      name: isField(token.field.name) ? token.field.name : null,
      ...(token.field.row === undefined ? {} : { row: token.field.row }),
    };
    return {
      key: token.key,
      ...(token.values && { values: token.values }),
      ...(field && { field }),
    };
  }
  const key = SCHEMA.get(message);
  return key ? { key } : { key: "form.unknown", values: { text: message } };
}

/** One zod message in English: what the JSON API and the import CLI print. */
export function issueEnglish(message: string): string {
  const reason = issueReason(message);
  return reason.key === "form.unknown" ? message : englishOf(reason);
}

/** A failed parse's messages in English by top-level field, like zod's flattenError: the JSON API's `fields`. */
export function englishFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    out[key] ??= [];
    out[key].push(issueEnglish(issue.message));
  }
  return out;
}

/** The issues of a failed parse, grouped by field path ("_form" for the whole form). */
export function fieldErrorsOf(error: z.ZodError): Record<string, ErrorDescriptor[]> {
  const out: Record<string, ErrorDescriptor[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= [];
    out[key].push(issueReason(issue.message));
  }
  return out;
}

export function errorsUnder(
  errors: FieldErrors | undefined,
  prefix: string,
): Record<string, ErrorDescriptor[] | undefined> {
  const out: Record<string, ErrorDescriptor[] | undefined> = {};
  for (const [k, v] of Object.entries(errors ?? {}))
    if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  return out;
}
