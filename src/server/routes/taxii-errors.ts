/**
 * TAXII 2.1 errors in TAXII's own shape (section 3.6.1, "Error Message"): the TAXII plugin's error
 * handler answers every failure on its routes — authentication, unknown collections, bad queries,
 * body limits, media types, rate limits — with an error message resource in the TAXII media type
 * instead of the node's JSON error envelope. The error is made by the same `loggedAppError` as the
 * node's own handler, so nothing internal leaks: `error_code` is the node's error code,
 * `error_id` the request id, `description` the message a client may read.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppError, ErrorCode } from '../../core/app-error.ts';
import { TAXII_MEDIA_TYPE } from '../../services/exchange/exchange-vocabulary.ts';
import { loggedAppError } from '../error-envelope.ts';

export const TaxiiErrorMessage = Type.Object(
  {
    title: Type.String(),
    description: Type.Optional(Type.String()),
    error_id: Type.Optional(Type.String()),
    error_code: Type.Optional(Type.String()),
    http_status: Type.Optional(Type.String()),
    external_details: Type.Optional(Type.String()),
    details: Type.Optional(Type.Object({}, { additionalProperties: true })),
  },
  { description: 'A TAXII 2.1 error message (section 3.6.1).' },
);

export interface TaxiiErrorBody {
  readonly title: string;
  readonly description: string;
  readonly error_id: string;
  readonly error_code: ErrorCode;
  readonly http_status: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A short title per error code; the message goes in `description`. */
function titleOf(code: ErrorCode): string {
  switch (code) {
    case 'bad_request':
      return 'Bad request';
    case 'validation_failed':
      return 'Unprocessable request';
    case 'unauthenticated':
      return 'Authentication required';
    case 'forbidden':
      return 'Forbidden';
    case 'not_found':
      return 'Not found';
    case 'conflict':
      return 'Conflict';
    case 'payload_too_large':
      return 'Request too large';
    case 'unsupported_media_type':
      return 'Unsupported media type';
    case 'not_acceptable':
      return 'Not acceptable';
    case 'rate_limited':
      return 'Too many requests';
    case 'internal_error':
      return 'Internal error';
    case 'unavailable':
      return 'Service unavailable';
  }
}

export function taxiiErrorBody(error: AppError, requestId: string): TaxiiErrorBody {
  return {
    title: titleOf(error.code),
    description: error.message,
    error_id: requestId,
    error_code: error.code,
    http_status: String(error.status),
    ...(error.details === undefined ? {} : { details: error.details }),
  };
}

/** The TAXII plugin's error handler (Fastify encapsulation keeps it to the TAXII routes). */
export function handleTaxiiError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const appError = loggedAppError(error, request);
  return reply
    .status(appError.status)
    .header('content-type', TAXII_MEDIA_TYPE)
    .send(taxiiErrorBody(appError, request.id));
}
