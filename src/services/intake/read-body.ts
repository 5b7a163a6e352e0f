/**
 * Reads an upload into one byte array without ever holding more than the limit: a stream is
 * counted chunk by chunk and refused as soon as it passes the limit (HTTP 413).
 */
import { AppError } from '../../core/app-error.ts';

export function payloadTooLarge(limit: number): AppError {
  const mib = (limit / (1024 * 1024)).toFixed(limit % (1024 * 1024) === 0 ? 0 : 1);
  return new AppError(
    'payload_too_large',
    `The upload is larger than the ${mib} MiB this node accepts; split it into several interchanges or files.`,
    { limitBytes: limit },
  );
}

export async function readBody(
  input: { bytes?: Uint8Array; stream?: AsyncIterable<Uint8Array> },
  limit: number,
): Promise<Uint8Array> {
  if (input.bytes) {
    if (input.bytes.byteLength > limit) throw payloadTooLarge(limit);
    return input.bytes;
  }
  if (!input.stream) throw new AppError('bad_request', 'The upload has no body.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of input.stream) {
    size += chunk.byteLength;
    if (size > limit) throw payloadTooLarge(limit);
    chunks.push(chunk);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
