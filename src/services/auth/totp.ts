/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) with node:crypto HMAC: 6 digits,
 * 30-second steps, SHA-1 (what every authenticator app supports). A code is accepted one step
 * either side of now, to allow for clock drift; the caller records the step so no code is used twice.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { base32Decode, base32Encode } from './base32.ts';

export const TOTP_ALGORITHMS = ['sha1', 'sha256', 'sha512'] as const;
export type TotpAlgorithm = (typeof TOTP_ALGORITHMS)[number];

export interface TotpOptions {
  readonly digits?: number;
  readonly stepSeconds?: number;
  readonly algorithm?: TotpAlgorithm;
}

/** RFC 4226 §5.3: dynamic truncation of HMAC(secret, counter). */
export function hotp(secret: Uint8Array, counter: number, options: TotpOptions = {}): string {
  const digits = options.digits ?? 6;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(options.algorithm ?? 'sha1', secret)
    .update(message)
    .digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function totpStep(at: Date, stepSeconds = 30): number {
  return Math.floor(at.getTime() / 1000 / stepSeconds);
}

export function totp(secret: Uint8Array, at: Date, options: TotpOptions = {}): string {
  return hotp(secret, totpStep(at, options.stepSeconds), options);
}

/** The step whose code matches (now ±1 step), or undefined. */
export function matchTotp(
  secretBase32: string,
  code: string,
  at: Date,
  options: TotpOptions = {},
): number | undefined {
  const digits = options.digits ?? 6;
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) return undefined;
  const secret = base32Decode(secretBase32);
  const now = totpStep(at, options.stepSeconds);
  for (const step of [now, now - 1, now + 1]) {
    const expected = Buffer.from(hotp(secret, step, options));
    if (timingSafeEqual(expected, Buffer.from(code))) return step;
  }
  return undefined;
}

/** A fresh 160-bit secret in base32 (the length RFC 4226 recommends). */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The `otpauth://` URI authenticator apps read (usually from a QR code). */
export function otpauthUri(secretBase32: string, account: string, issuer = 'Portcullis'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({ secret: secretBase32, issuer, digits: '6', period: '30' });
  return `otpauth://totp/${label}?${query.toString()}`;
}
