/**
 * Logger options: one pino logger, a correlation id per request, and redaction of secrets and
 * personal data (STYLE.md point 15). Credentials are cut from headers and bodies by path; request
 * URLs are logged without their query string (searches carry names); error messages lose the
 * query parameters a database driver appends to them (they carry whatever was being written).
 */
import type { FastifyLoggerOptions, FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../services/config.ts';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.csrfToken',
  '*.apiKey',
  '*.key',
  '*.secret',
  '*.totp',
  '*.cookie',
  '*.sessionId',
] as const;

/** Where log lines go (a test captures them); standard output when absent. */
export interface LogStream {
  write(line: string): void;
}

interface RequestLike {
  method?: string;
  url?: string;
  id?: string;
  ip?: string;
}

interface ErrorLike {
  name?: string;
  message?: string;
  code?: unknown;
  statusCode?: unknown;
}

/** The path of a URL, its query string replaced by a marker (queries carry names). */
export function loggableUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?[query]`;
}

/** An error's type, code and message, without the parameters a failed query lists. */
export function loggableError(err: ErrorLike) {
  const message = (err.message ?? '').replace(/\nparams:[\s\S]*$/, '\nparams: [redacted]');
  return { type: err.name, message, code: err.code, statusCode: err.statusCode };
}

export function loggerOptions(
  level: LogLevel,
  stream?: LogStream,
): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    serializers: {
      req: (req: RequestLike) => ({ method: req.method, url: loggableUrl(req.url), id: req.id }),
      err: loggableError,
    } as unknown as NonNullable<FastifyLoggerOptions['serializers']>,
    ...(stream ? { stream } : {}),
  };
}
