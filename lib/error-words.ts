// Words a failure (lib/errors.ts ErrorDescriptor) in a language: the form's FieldError and
// FormMessage pass their `useTranslations("errors")`, the server its English for `message`.
// Plain functions over the catalogue, no server imports: the client bundle uses them too.
import { createTranslator } from "next-intl";
import { CATALOGUE } from "./i18n/messages";

/** lib/errors.ts ErrorDescriptor as this file needs it (that file imports this one). */
interface ErrorDescriptor {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly field?: { readonly name: string | null; readonly row?: number };
}

/** A translator scoped to the `errors` namespace, loosely typed: keys were checked where made. */
export type ErrorSay = (key: string, values?: Record<string, string | number>) => string;

/** The field an error is about, as the forms label it: "Name (row 2)". */
function fieldLabel(say: ErrorSay, field: NonNullable<ErrorDescriptor["field"]>): string {
  const name = say(`fields.${field.name ?? "thisField"}`);
  return field.row === undefined ? name : say("fields.inRow", { field: name, row: field.row });
}

/** The reason in the language of `say`. */
export function wordError(say: ErrorSay, d: ErrorDescriptor): string {
  const values: Record<string, string | number> = { ...d.values };
  if (d.field) values.field = fieldLabel(say, d.field);
  return say(d.key, values);
}

let english: ErrorSay | undefined;

/** The reason in English: the `message` logs, tests and the JSON API read. */
export function englishOf(d: ErrorDescriptor): string {
  english ??= createTranslator({
    locale: "en",
    messages: CATALOGUE.en,
    namespace: "errors",
  }) as unknown as ErrorSay;
  return wordError(english, d);
}
