/**
 * The one error type that crosses service boundaries (STYLE.md point 8). Codes are a closed set;
 * the server's single error handler maps them to HTTP and turns anything else into
 * `internal_error` without leaking its message.
 */
import type { Diagnostic } from './diagnostic.ts';

export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'not_acceptable',
  'rate_limited',
  'internal_error',
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'bad_request':
      return 400;
    case 'validation_failed':
      return 422;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'not_acceptable':
      return 406;
    case 'rate_limited':
      return 429;
    case 'internal_error':
      return 500;
    case 'unavailable':
      return 503;
  }
}

export interface AppErrorDetails {
  readonly diagnostics?: readonly Diagnostic[];
  readonly [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: AppErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: AppErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = statusOf(code);
    this.details = details;
  }

  /** A denial reads exactly like "not found" (DESIGN.md, STYLE.md point 11). */
  static notFound(what: string): AppError {
    return new AppError('not_found', `${what} not found`);
  }
}
