/**
 * Name-based UUIDs (RFC 9562 version 5), so that the same agency, marking set or extension always
 * gets the same STIX id on every node without coordination.
 */
import { sha1 } from '@noble/hashes/legacy.js';

/** The namespace of all Portcullis name-based ids. */
export const PORTCULLIS_NAMESPACE = '8bcb96f4-02bd-483d-8810-2647c90b78db';

/**
 * Ids already made, by namespace and name: a page of objects names the same few agencies and
 * marking sets over and over, and each id costs a SHA-1. Cleared when full, so it stays small.
 */
const made = new Map<string, string>();
const MADE_LIMIT = 4096;

export function uuidV5(name: string, namespace: string = PORTCULLIS_NAMESPACE): string {
  const key = `${namespace} ${name}`;
  const known = made.get(key);
  if (known !== undefined) return known;
  const id = computeUuidV5(name, namespace);
  if (made.size >= MADE_LIMIT) made.clear();
  made.set(key, id);
  return id;
}

function computeUuidV5(name: string, namespace: string): string {
  const ns = hexToBytes(namespace.replaceAll('-', ''));
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + text.length);
  input.set(ns);
  input.set(text, ns.length);
  const hash = sha1(input).slice(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
