// Expected failures travel as values the UI can show; unexpected ones are logged and reach the
// client only as a code.
//
// A failure says WHY as a key of the `errors` namespace (lib/i18n/messages/errors.ts) and its values,
// never as prose: the form words it in the page's language (components/ui/field.tsx FieldError,
// components/desk/field.tsx FormMessage). `message` is the same reason in English, for logs, tests
// and the JSON API's clients; it is filled from the English catalogue, never written by hand.
import { englishOf } from "./error-words";
import type { Messages } from "./i18n/messages";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID"
  | "CONFLICT"
  // the database (or the server) did not answer: nothing was saved, try again
  | "UNAVAILABLE"
  | "INTERNAL";

/** Every message of a tree, as dotted paths ("stale.claim"). */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

type ErrorTree = Messages["errors"];
/** A reason the server can give: any message of the errors namespace except a field's name. */
export type ErrorKey = Exclude<Leaves<ErrorTree>, `fields.${string}`>;
/** A field's name as the forms label it (`errors.fields.*`). */
export type FieldName = Exclude<keyof ErrorTree["fields"], "inRow">;
export type ErrorValues = Readonly<Record<string, string | number>>;

/** One reason, worded by whoever shows it. `field` (with its row in a list) fills `{field}`. */
export interface ErrorDescriptor {
  readonly key: ErrorKey;
  readonly values?: ErrorValues;
  readonly field?: { readonly name: FieldName | null; readonly row?: number };
}

export type FieldErrors = Record<string, ErrorDescriptor[] | undefined>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      /** Why, for the interface to word in the page's language. */
      error: ErrorDescriptor;
      /** The same in English: logs, tests, the JSON API. */
      message: string;
      fieldErrors?: FieldErrors;
      details?: unknown;
    };

/** A reason: `err("verdict.chooseRatingFromList")`, `err("verdict.heldBy", { name })`. */
export const err = (key: ErrorKey, values?: ErrorValues): ErrorDescriptor =>
  values ? { key, values } : { key };

/** A failed result for the gate and the route handlers: the reason and its English. */
export function failure(
  code: ErrorCode,
  error: ErrorDescriptor,
  extra?: { fieldErrors?: FieldErrors; details?: unknown },
): Extract<ActionResult<never>, { ok: false }> {
  return { ok: false, code, error, message: englishOf(error), ...extra };
}

export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly error: ErrorDescriptor,
    public readonly fieldErrors?: FieldErrors,
    /** Structured facts the form can show (e.g. the stored record a conflict is about). */
    public readonly details?: unknown,
  ) {
    super(englishOf(error));
    this.name = "DomainError";
  }
}

type NotFoundKey = keyof ErrorTree["notFound"];

type Reason = ErrorKey | ErrorDescriptor;
const reason = (r: Reason): ErrorDescriptor => (typeof r === "string" ? { key: r } : r);

export const notFound = (what: NotFoundKey) =>
  new DomainError("NOT_FOUND", { key: `notFound.${what}` });
export const forbidden = (why: Reason) => new DomainError("FORBIDDEN", reason(why));
export const conflict = (why: Reason) => new DomainError("CONFLICT", reason(why));
export const invalid = (why: Reason, fieldErrors?: FieldErrors) =>
  new DomainError("INVALID", reason(why), fieldErrors);
