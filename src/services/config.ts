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
 * | PORTCULLIS_OIDC_ISSUER | OpenID Connect provider's issuer URL (unset: local sign-in only) | (unset) |
 * | PORTCULLIS_OIDC_CLIENT_ID / _CLIENT_SECRET | this node's client at the provider     | (unset)        |
 * | PORTCULLIS_OIDC_REDIRECT_URI | `https://<node>/api/v1/session/oidc/callback`        | (unset)        |
 * | PORTCULLIS_OIDC_NAME   | the provider's name on the sign-in page                    | Single sign-on |
 * | PORTCULLIS_OIDC_AGENCY_CLAIM / _ROLES_CLAIM | claims naming the agency and roles    | agency, roles  |
 * | PORTCULLIS_OIDC_ROLE_MAP | provider role → Portcullis role: `cust-ana=analyst,…`    | (as named)     |
 * | PORTCULLIS_TOTP_KEY    | 64 hex digits: the key that encrypts TOTP secrets at rest  | keys/totp-aes256.key in the data directory |
 */
import path from 'node:path';
import { AppError } from '../core/app-error.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  readonly dataDir: string;
  /** Hex of the TOTP secrets' key-encryption key; unset: the node's key file. */
  readonly totpKey?: string | undefined;
  readonly databaseUrl: string | undefined;
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly bodyLimitBytes: number;
  readonly auditTreeHeadIntervalSeconds: number;
  readonly rateLimitPerMinute: number;
  readonly signInLimitPerMinute: number;
  /** Sign-in through an OpenID Connect provider; undefined when not configured. */
  readonly oidc?: OidcConfig | undefined;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret?: string | undefined;
  readonly redirectUri: string;
  readonly name: string;
  readonly agencyClaim: string;
  readonly rolesClaim: string;
  /** Provider role name → Portcullis role name. */
  readonly roleMap: Readonly<Record<string, string>>;
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

function httpUrl(env: Env, name: string): string {
  const raw = env[name] ?? '';
  if (!/^https?:\/\/[^\s]+$/.test(raw)) throw invalid(name, raw, 'an http(s) URL');
  return raw;
}

function oidcConfig(env: Env): OidcConfig | undefined {
  if (!env['PORTCULLIS_OIDC_ISSUER']) return undefined;
  const clientId = env['PORTCULLIS_OIDC_CLIENT_ID'];
  if (!clientId)
    throw invalid('PORTCULLIS_OIDC_CLIENT_ID', '', 'the client id (the issuer is set)');
  const roleMap: Record<string, string> = {};
  for (const pair of (env['PORTCULLIS_OIDC_ROLE_MAP'] ?? '').split(',').filter(Boolean)) {
    const [from, to] = pair.split('=').map((x) => x.trim());
    if (!from || !to)
      throw invalid('PORTCULLIS_OIDC_ROLE_MAP', pair, 'provider-role=portcullis-role pairs');
    roleMap[from] = to;
  }
  const secret = env['PORTCULLIS_OIDC_CLIENT_SECRET'];
  return {
    issuer: httpUrl(env, 'PORTCULLIS_OIDC_ISSUER'),
    clientId,
    ...(secret ? { clientSecret: secret } : {}),
    redirectUri: httpUrl(env, 'PORTCULLIS_OIDC_REDIRECT_URI'),
    name: env['PORTCULLIS_OIDC_NAME'] || 'Single sign-on',
    agencyClaim: env['PORTCULLIS_OIDC_AGENCY_CLAIM'] || 'agency',
    rolesClaim: env['PORTCULLIS_OIDC_ROLES_CLAIM'] || 'roles',
    roleMap,
  };
}

function totpKey(env: Env): string | undefined {
  const raw = env['PORTCULLIS_TOTP_KEY'];
  if (raw === undefined || raw === '') return undefined;
  if (!/^[0-9a-fA-F]{64}$/.test(raw))
    throw invalid('PORTCULLIS_TOTP_KEY', '(not shown)', '64 hex digits (a 256-bit key)');
  return raw;
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
    oidc: oidcConfig(env),
    totpKey: totpKey(env),
  };
  const merged = {
    ...config,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
  return Object.freeze(merged);
}
