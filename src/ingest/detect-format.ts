/**
 * Tells which intake parser an upload is for, from its first bytes (and the file name as a
 * hint): UN/EDIFACT (UNA or UNB at the start, after any BOM or white space), DCSA Track & Trace
 * JSON (objects carrying eventType or eventClassification), or a CSV manifest (a delimited header
 * row naming manifest columns). Other DCSA payloads — booking, eBL, VGM — are not event feeds
 * and, like anything else unrecognised, yield undefined.
 */
import type { FilingFormat } from '../core/cargo/filing.ts';
import { resolveColumn } from './csv/csv-columns.ts';
import { detectTntVersion } from './dcsa/tnt-version.ts';

const HEAD_BYTES = 4096;
const EDIFACT_START = /^(?:UNA[\s\S]{6}|UNB[^A-Za-z0-9\s])/;
/** A T&T field name, for JSON too broken to parse (the DCSA parser then reports where). */
const TNT_MARKER = /"(?:eventClassifierCode|eventClassification)"\s*:/;

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
}

/** Large uploads are judged by their head only; smaller ones are parsed and checked for events. */
const FULL_PARSE_LIMIT = 1 << 20;

function isDcsaJson(bytes: Uint8Array): boolean {
  if (bytes.length > FULL_PARSE_LIMIT) return TNT_MARKER.test(decode(bytes.subarray(0, 65536)));
  const text = decode(bytes);
  try {
    return detectTntVersion(JSON.parse(text)) !== undefined;
  } catch {
    // Not valid JSON: still a DCSA upload if it names T&T fields, so its errors get reported.
    return TNT_MARKER.test(text.slice(0, 65536));
  }
}

function isCsvManifest(head: string, filename: string | undefined): boolean {
  const headerLine = head.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].find((d) => headerLine.includes(d));
  if (delimiter === undefined) return false;
  const cells = headerLine.split(delimiter).map((c) => c.replace(/^"|"$/g, ''));
  if (cells.some((c) => resolveColumn(c) !== undefined)) return true;
  return /\.(csv|tsv)$/i.test(filename ?? '') && cells.every((c) => c.trim() !== '');
}

export function detectFormat(bytes: Uint8Array, filename?: string): FilingFormat | undefined {
  const headBytes = bytes.subarray(0, HEAD_BYTES);
  if (headBytes.includes(0)) return undefined;
  const head = decode(headBytes).trimStart();
  if (EDIFACT_START.test(head)) return 'edifact';
  if (/^UNH\+/.test(head) && /\.(edi|edifact)$/i.test(filename ?? '')) return 'edifact';
  if (head.startsWith('{') || head.startsWith('['))
    return isDcsaJson(bytes) ? 'dcsa-json' : undefined;
  return isCsvManifest(head, filename) ? 'csv' : undefined;
}
