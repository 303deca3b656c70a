import { type Params, type T, translate } from "./i18n";

/** One error type for the whole application; the error handler maps `code` to a status and a page or problem. */
export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_LARGE"
  | "UNPROCESSABLE"
  | "RATE_LIMITED";

/**
 * A problem with one input field, as a message key of the catalogue plus its parameters. Commands and rules
 * stay language-free; the edge renders issues in the reader's language (SPEC §3.1).
 */
export type FieldIssue = { field: string; key: string; params?: Params };

/** A field problem rendered for a reader: what forms and problem+json show. */
export type FieldError = { field: string; message: string };

export const issue = (field: string, key: string, params?: Params): FieldIssue =>
  params ? { field, key, params } : { field, key };

export const statusOf: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
};

/** More field entries than this in one answer help nobody (a body with 5,000 bad keys would list 5,000). */
export const MAX_FIELD_ERRORS = 50;

/** First issue per field, rendered with `t`, at most MAX_FIELD_ERRORS. */
export function localize(issues: readonly FieldIssue[], t: T): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const i of issues) {
    if (seen.has(i.field)) continue;
    seen.add(i.field);
    out.push({ field: i.field, message: t(i.key, i.params) });
    if (out.length === MAX_FIELD_ERRORS) break;
  }
  return out;
}

type AppErrorOptions = { params?: Params; issues?: readonly FieldIssue[]; retryAfterSeconds?: number };

/**
 * `key` names a message of the catalogue (`"services.error.notFound"`), rendered with `params` in the
 * reader's language by the edge (`describe`). Field problems travel as issues, also keys.
 */
export class AppError extends Error {
  readonly params?: Params;
  readonly issues: readonly FieldIssue[];
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    opts: AppErrorOptions = {},
  ) {
    // The message (for logs and tests) in Bahasa Indonesia; readers get `describe(t)` in their language.
    super(translate("id", key, opts.params));
    this.name = "AppError";
    this.params = opts.params;
    this.issues = opts.issues ?? [];
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }

  get status() {
    return statusOf[this.code];
  }

  /** The message and field messages in the reader's language. */
  describe(t: T): { detail: string; fields: FieldError[] } {
    return { detail: t(this.key, this.params), fields: localize(this.issues, t) };
  }

  /** The rendered message of one field, if it has a problem (for forms that place it by the field). */
  fieldMessage(t: T, field: string): string | undefined {
    const found = this.issues.find((i) => i.field === field);
    return found ? t(found.key, found.params) : undefined;
  }
}

/**
 * For a page that re-renders its form on a refused submission: the field messages of an error about
 * fields, in the reader's language; null for any other error (rethrow it).
 */
export function formErrorsOf(err: unknown, t: T): FieldError[] | null {
  return err instanceof AppError && err.issues.length > 0 ? localize(err.issues, t) : null;
}

export const notFound = (key = "error.notFound", params?: Params) =>
  new AppError("NOT_FOUND", key, { params });
export const forbidden = (key = "error.forbidden", params?: Params) =>
  new AppError("FORBIDDEN", key, { params });
/** 422 listing every field; the summary defaults to "check your answers". */
export const invalid = (issues: readonly FieldIssue[], key = "error.checkFields", params?: Params) =>
  new AppError("UNPROCESSABLE", key, { issues, params });
export const conflict = (key: string, params?: Params) => new AppError("CONFLICT", key, { params });

/**
 * Interim, for modules whose field texts are not yet catalogue keys (services, training): the text is passed
 * through unchanged by the edge's translator. Remove once every module names keys.
 */
export const textIssue = (e: FieldError): FieldIssue => ({ field: e.field, key: e.message });
