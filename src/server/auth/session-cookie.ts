/**
 * The `portcullis_session` cookie: read from the Cookie header, written HttpOnly, SameSite=Strict,
 * Path=/, and Secure unless the request reached a plain-HTTP server on a loopback address (a
 * developer's or the demo's own machine, where browsers would otherwise drop the cookie).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../services/auth/index.ts';

export function sessionIdOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export function cookieIsSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https' || !isLoopback(request.socket.localAddress);
}

function write(reply: FastifyReply, value: string, attributes: readonly string[]) {
  const secure = cookieIsSecure(reply.request) ? ['Secure'] : [];
  const cookie = [`${SESSION_COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', ...secure];
  reply.header('set-cookie', [...cookie, ...attributes].join('; '));
}

export function setSessionCookie(reply: FastifyReply, sessionId: string, expiresAt: Date): void {
  write(reply, sessionId, [`Expires=${expiresAt.toUTCString()}`]);
}

export function clearSessionCookie(reply: FastifyReply): void {
  write(reply, '', ['Max-Age=0']);
}
