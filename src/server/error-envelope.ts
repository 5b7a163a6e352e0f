/**
 * The one error envelope every failed request gets, and the single error handler that makes it
 * (STYLE.md point 8). Anything that is not an AppError or a request validation failure becomes
 * `internal_error`, and its message never reaches the client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError, ERROR_CODES, type ErrorCode } from '../core/app-error.ts';

export const ErrorEnvelope = Type.Object(
  {
    error: Type.Object({
      code: Type.Union(ERROR_CODES.map((c) => Type.Literal(c))),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
    requestId: Type.String(),
  },
  { $id: 'ErrorEnvelope', description: 'Every error response has this shape.' },
);

export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly details?: unknown;
  };
  readonly requestId: string;
}

function fromFastify(err: FastifyError): AppError | undefined {
  if (err.validation) {
    return new AppError('bad_request', `Invalid request: ${err.message}`, {
      validation: err.validation,
    });
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError(
      'payload_too_large',
      'The request body is larger than this server accepts.',
    );
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new AppError('unsupported_media_type', `Unsupported content type: ${err.message}`);
  }
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError('bad_request', 'The request body is not valid JSON.');
  }
  if (err.code === 'FST_ERR_BAD_URL')
    return new AppError('bad_request', `The URL path is not valid: ${err.message}`);
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return new AppError(
      'bad_request',
      `A URL path parameter is too long: ${err.message.slice(0, 200)}`,
    );
  if (err.statusCode === 429) return new AppError('rate_limited', 'Too many requests; slow down.');
  return undefined;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const known = error instanceof Error ? fromFastify(error as FastifyError) : undefined;
  return (
    known ??
    new AppError('internal_error', 'Something went wrong on the server; the error was logged.')
  );
}

export function errorBody(error: AppError, requestId: string): ErrorBody {
  const base = { code: error.code, message: error.message };
  return {
    error: error.details === undefined ? base : { ...base, details: error.details },
    requestId,
  };
}

export function handleError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const appError = loggedAppError(error, request);
  return reply.status(appError.status).send(errorBody(appError, request.id));
}

/** The error as the client may see it, logged: in full when unexpected, by its code otherwise. */
export function loggedAppError(error: unknown, request: FastifyRequest): AppError {
  const appError = toAppError(error);
  if (appError.code === 'internal_error') request.log.error({ err: error }, 'unhandled error');
  else request.log.info({ code: appError.code }, appError.message);
  return appError;
}
