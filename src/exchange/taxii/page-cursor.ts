/**
 * The opaque `next` token of TAXII pagination: the position (date added, then a per-collection
 * sequence number) of the last object sent. Keyset order makes pages stable even when many objects
 * share one timestamp, which `added_after` alone cannot handle.
 */
import { base64url } from 'jose';
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';

export interface PagePosition {
  /** Epoch microseconds at which the object was added to the collection. */
  readonly addedAt: number;
  /** Tie-break among objects added at the same instant; unique within the collection. */
  readonly seq: number;
}

export function encodeCursor(p: PagePosition): string {
  return base64url.encode(`${p.addedAt}.${p.seq}`);
}

export function decodeCursor(token: string): Result<PagePosition> {
  const bad = fail<PagePosition>(
    diagnostic('taxii.next', `"${token}" is not a page token from this server.`, { field: 'next' }),
  );
  let text: string;
  try {
    text = new TextDecoder().decode(base64url.decode(token));
  } catch {
    return bad;
  }
  const match = /^(\d{1,17})\.(\d{1,15})$/.exec(text);
  if (!match) return bad;
  return ok({ addedAt: Number(match[1]), seq: Number(match[2]) });
}

/** Strict keyset order: by time added, then by sequence. */
export function isAfter(a: PagePosition, b: PagePosition): boolean {
  return a.addedAt > b.addedAt || (a.addedAt === b.addedAt && a.seq > b.seq);
}
