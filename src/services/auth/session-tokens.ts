/**
 * Session ids and the CSRF token bound to each. The id is 256 random bits, sent only in the
 * HttpOnly cookie; the database keeps its SHA-256. The CSRF token is an HMAC of the id, so it is
 * tied to that one session, needs no storage, and cannot be computed without the cookie.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'portcullis_session';

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

export function csrfTokenFor(sessionId: string): string {
  return createHmac('sha256', sessionId).update('portcullis-csrf-v1').digest('base64url');
}

export function csrfTokenMatches(sessionId: string, token: string | undefined): boolean {
  if (token === undefined) return false;
  const expected = Buffer.from(csrfTokenFor(sessionId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A syntactically possible session id (43 base64url characters); anything else is not looked up. */
export function isSessionIdShape(id: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(id);
}
