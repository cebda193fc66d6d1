// Expected failures travel as values the UI can show; unexpected ones are logged and reach the
// client only as a code.
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID"
  | "CONFLICT"
  // the database (or the server) did not answer: nothing was saved, try again
  | "UNAVAILABLE"
  | "INTERNAL";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors; details?: unknown };

export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fieldErrors?: FieldErrors,
    /** Structured facts the form can show (e.g. the stored record a conflict is about). */
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
export const forbidden = (why: string) => new DomainError("FORBIDDEN", why);
export const conflict = (why: string) => new DomainError("CONFLICT", why);
export const invalid = (why: string, fieldErrors?: FieldErrors) =>
  new DomainError("INVALID", why, fieldErrors);
