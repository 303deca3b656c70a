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

export type FieldError = { field: string; message: string };

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

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
  get status() {
    return statusOf[this.code];
  }
}

export const notFound = (message = "Data tidak ditemukan.") => new AppError("NOT_FOUND", message);
export const forbidden = (message = "Anda tidak berhak melakukan tindakan ini.") =>
  new AppError("FORBIDDEN", message);
export const invalid = (fields: FieldError[], message = "Periksa kembali isian Anda.") =>
  new AppError("UNPROCESSABLE", message, fields);
export const conflict = (message: string) => new AppError("CONFLICT", message);
