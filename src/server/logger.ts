/**
 * Logger options: one pino logger, a correlation id per request, and redaction of secrets and
 * personal data (STYLE.md point 15).
 */
import type { LogLevel } from '../services/config.ts';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.apiKey',
  '*.secret',
  '*.totp',
] as const;

export function loggerOptions(level: LogLevel): {
  level: LogLevel;
  redact: { paths: string[]; censor: string };
} {
  return { level, redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' } };
}
