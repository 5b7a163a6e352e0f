/**
 * Configuration: the only module that reads the environment (STYLE.md point 14). Every variable
 * is documented here and in README.md, validated at start, and the result is frozen.
 *
 * | variable               | meaning                                                    | default        |
 * |------------------------|------------------------------------------------------------|----------------|
 * | PORTCULLIS_DATA_DIR    | embedded database (PGlite) directory and node files        | ./.portcullis  |
 * | DATABASE_URL           | PostgreSQL server instead of the embedded database         | (unset)        |
 * | PORTCULLIS_HOST        | address the HTTP server binds                              | 127.0.0.1      |
 * | PORTCULLIS_PORT / PORT | HTTP port                                                  | 8080           |
 * | PORTCULLIS_LOG_LEVEL   | fatal, error, warn, info, debug, trace or silent          | info           |
 * | PORTCULLIS_BODY_LIMIT_MB | largest request body accepted, in MiB                    | 100            |
 * | PORTCULLIS_AUDIT_HEAD_INTERVAL_S | seconds between signed audit tree heads (0: off) | 60             |
 * | PORTCULLIS_RATE_LIMIT_PER_MIN | API requests a minute per key, session or address (0: off) | 600      |
 * | PORTCULLIS_SIGN_IN_LIMIT_PER_MIN | sign-in attempts a minute per address          | 10             |
 */
import path from 'node:path';
import { AppError } from '../core/app-error.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly bodyLimitBytes: number;
  readonly auditTreeHeadIntervalSeconds: number;
  readonly rateLimitPerMinute: number;
  readonly signInLimitPerMinute: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function invalid(variable: string, value: string, expected: string): AppError {
  return new AppError(
    'bad_request',
    `Configuration: ${variable}="${value}" is invalid; expected ${expected}.`,
  );
}

function integerIn(
  env: Env,
  names: readonly string[],
  fallback: number,
  min: number,
  max: number,
): number {
  for (const name of names) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw invalid(name, raw, `a whole number from ${min} to ${max}`);
    return n;
  }
  return fallback;
}

function databaseUrl(env: Env): string | undefined {
  const raw = env['DATABASE_URL'];
  if (raw === undefined || raw === '') return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw))
    throw invalid('DATABASE_URL', '…', 'a postgres:// or postgresql:// URL');
  return raw;
}

function logLevel(env: Env): LogLevel {
  const raw = env['PORTCULLIS_LOG_LEVEL'] ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw))
    throw invalid('PORTCULLIS_LOG_LEVEL', raw, LOG_LEVELS.join(', '));
  return raw as LogLevel;
}

/** Reads and validates the configuration; `overrides` (from CLI flags) win over the environment. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const config: Config = {
    dataDir: path.resolve(env['PORTCULLIS_DATA_DIR'] || '.portcullis'),
    databaseUrl: databaseUrl(env),
    host: env['PORTCULLIS_HOST'] || '127.0.0.1',
    port: integerIn(env, ['PORTCULLIS_PORT', 'PORT'], 8080, 0, 65535),
    logLevel: logLevel(env),
    bodyLimitBytes: integerIn(env, ['PORTCULLIS_BODY_LIMIT_MB'], 100, 1, 4096) * 1024 * 1024,
    auditTreeHeadIntervalSeconds: integerIn(
      env,
      ['PORTCULLIS_AUDIT_HEAD_INTERVAL_S'],
      60,
      0,
      86_400,
    ),
    rateLimitPerMinute: integerIn(env, ['PORTCULLIS_RATE_LIMIT_PER_MIN'], 600, 0, 1_000_000),
    signInLimitPerMinute: integerIn(env, ['PORTCULLIS_SIGN_IN_LIMIT_PER_MIN'], 10, 1, 10_000),
  };
  const merged = {
    ...config,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
  return Object.freeze(merged);
}
