/**
 * Canonical JSON (RFC 8785 style): object keys sorted by code unit, no white space, numbers as
 * ECMAScript prints them. What is hashed or signed is always this form, so two nodes agree byte
 * for byte. `undefined` members are dropped, as JSON.stringify does. Written with plain loops and
 * one growing string: a signed TAXII page is a few megabytes of it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return primitive(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (i > 0) out += ',';
      out += v === undefined ? 'null' : canonicalJson(v);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

function primitive(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new TypeError('canonicalJson: non-finite number');
  if (typeof value === 'bigint') throw new TypeError('canonicalJson: bigint is not JSON');
  return JSON.stringify(value) ?? 'null';
}
