/**
 * The `portcullis_session` cookie: read from the Cookie header, written HttpOnly, SameSite=Strict,
 * Path=/, and Secure unless the request reached a plain-HTTP server on a loopback address (a
 * developer's or the demo's own machine, where browsers would otherwise drop the cookie).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../services/auth/index.ts';

/** The OpenID Connect sign-in in progress: its state, sent back by the browser on the callback. */
export const OIDC_STATE_COOKIE = 'portcullis_oidc_state';
const OIDC_PATH = '/api/v1/session/oidc';

export function cookieOf(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sessionIdOf(request: FastifyRequest): string | undefined {
  return cookieOf(request, SESSION_COOKIE);
}

function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export function cookieIsSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https' || !isLoopback(request.socket.localAddress);
}

function write(
  reply: FastifyReply,
  value: string,
  attributes: readonly string[],
  name = SESSION_COOKIE,
) {
  const secure = cookieIsSecure(reply.request) ? ['Secure'] : [];
  const site =
    name === SESSION_COOKIE ? ['Path=/', 'SameSite=Strict'] : [`Path=${OIDC_PATH}`, 'SameSite=Lax'];
  const cookie = [`${name}=${value}`, ...site, 'HttpOnly', ...secure, ...attributes].join('; ');
  const previous = reply.getHeader('set-cookie');
  const list =
    previous === undefined ? [] : Array.isArray(previous) ? previous : [String(previous)];
  reply.header('set-cookie', [...list, cookie]);
}

/**
 * The state of a sign-in at the provider. SameSite=Lax, not Strict: the provider sends the
 * browser back with a cross-site navigation, which must carry it.
 */
export function setOidcStateCookie(reply: FastifyReply, state: string): void {
  write(reply, state, ['Max-Age=600'], OIDC_STATE_COOKIE);
}

export function clearOidcStateCookie(reply: FastifyReply): void {
  write(reply, '', ['Max-Age=0'], OIDC_STATE_COOKIE);
}

export function setSessionCookie(reply: FastifyReply, sessionId: string, expiresAt: Date): void {
  write(reply, sessionId, [`Expires=${expiresAt.toUTCString()}`]);
}

export function clearSessionCookie(reply: FastifyReply): void {
  write(reply, '', ['Max-Age=0']);
}
