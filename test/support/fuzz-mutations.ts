// Mutations for fuzzing the intake's readers, shared by the fuzz tests and the fuzz benchmark:
// a small seeded random source, byte-level and service-character edits of EDIFACT interchanges,
// and byte-level and document-level edits of JSON uploads. Pure: no I/O.

const SERVICE = [...":+.?'* \r\n#|!~"].map((c) => c.charCodeAt(0));

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (b: Uint8Array, rnd: () => number) => Uint8Array;
export const pick = (rnd: () => number, n: number): number => Math.floor(rnd() * n);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Edits any byte input takes: a flipped bit, a cut, a repeated run (first in both lists). */
const BYTE_EDITS: readonly Mutation[] = [
  (b, r) => {
    const c = b.slice();
    const i = pick(r, c.length);
    c[i] = (c[i] ?? 0) ^ (1 << pick(r, 8));
    return c;
  },
  (b, r) => {
    const i = pick(r, b.length);
    return concat(b.subarray(0, i), b.subarray(i + 1 + pick(r, 40)));
  },
  (b, r) => {
    const i = pick(r, b.length);
    const j = Math.min(b.length, i + 1 + pick(r, 200));
    return concat(b.subarray(0, j), b.subarray(i, j), b.subarray(j));
  },
];

const EDIFACT_MUTATIONS: readonly Mutation[] = [
  ...BYTE_EDITS,
  (b, r) => {
    const c = b.slice();
    const from = SERVICE[pick(r, 5)] ?? 43;
    const to = SERVICE[pick(r, SERVICE.length)] ?? 58;
    for (let i = 0; i < c.length; i++) if (c[i] === from && r() < 0.5) c[i] = to;
    return c;
  },
  (b, r) => b.subarray(0, pick(r, b.length)),
  (b, r) => {
    const una = Uint8Array.from([
      85,
      78,
      65,
      ...Array.from({ length: pick(r, 8) }, () => SERVICE[pick(r, SERVICE.length)] ?? 32),
    ]);
    return concat(una, b);
  },
  (b, r) => {
    const i = pick(r, b.length);
    return concat(
      b.subarray(0, i),
      Uint8Array.from({ length: 1 + pick(r, 8) }, () => pick(r, 256)),
      b.subarray(i),
    );
  },
  (b, r) => {
    const t = new TextDecoder('latin1')
      .decode(b)
      .replace(/UNO[A-Z]/, ['UNOY', 'UNOA', 'UNOX', 'XXXX', 'UNOC:4'][pick(r, 5)] ?? 'UNOY');
    return Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff);
  },
];

/** An EDIFACT interchange with one to three byte-level or service-character edits. */
export function mutateEdifact(seed: Uint8Array, rnd: () => number): Uint8Array {
  let b = seed;
  for (let k = 1 + pick(rnd, 3); k > 0 && b.length > 0; k--)
    b = (EDIFACT_MUTATIONS[pick(rnd, EDIFACT_MUTATIONS.length)] ?? EDIFACT_MUTATIONS[0]!)(b, rnd);
  return b;
}

const JSON_BYTES = [...'{}[]":,\\ 0-.eEtfn'].map((c) => c.charCodeAt(0));

const BYTE_MUTATIONS: readonly Mutation[] = [
  ...BYTE_EDITS,
  (b, r) => b.subarray(0, pick(r, b.length)),
  (b, r) => {
    const i = pick(r, b.length);
    const bytes = Uint8Array.from({ length: 1 + pick(r, 8) }, () =>
      r() < 0.5 ? (JSON_BYTES[pick(r, JSON_BYTES.length)] ?? 32) : pick(r, 256),
    );
    return concat(b.subarray(0, i), bytes, b.subarray(i));
  },
];

/** Values that are wrong in type, format or code list, or right, for a field of an event. */
const REPLACEMENTS: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  '',
  'X',
  'LOAD',
  'DISC',
  'ARRI',
  'ACT',
  'PLN',
  'EST',
  'EQUIPMENT',
  'TRANSPORT',
  'LADEN',
  'EMPTY',
  'APZU4812090',
  'APZU4812091',
  '9321483',
  '7654321',
  'NLRTM',
  'XXXXX',
  '2021-01-09T14:12:56+01:00',
  '2021-13-40T25:61:61Z',
  '2099-01-01T00:00:00Z',
  [],
  {},
  [{}],
  { UNLocationCode: 'DEHAM' },
];

/** The containers (objects and arrays) of a document, to pick one to edit. */
function containersOf(value: unknown, out: (Record<string, unknown> | unknown[])[] = []) {
  if (Array.isArray(value)) {
    out.push(value);
    value.forEach((v) => containersOf(v, out));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    out.push(record);
    Object.values(record).forEach((v) => containersOf(v, out));
  }
  return out;
}

function mutateDocument(bytes: Uint8Array, rnd: () => number): Uint8Array {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return bytes;
  }
  for (let k = 1 + pick(rnd, 3); k > 0; k--) {
    const all = containersOf(doc);
    const target = all[pick(rnd, all.length)];
    if (target === undefined) break;
    const replacement = structuredClone(REPLACEMENTS[pick(rnd, REPLACEMENTS.length)]);
    if (Array.isArray(target)) {
      const i = pick(rnd, target.length + 1);
      if (rnd() < 0.5 && target.length > 0) target.push(structuredClone(target[i % target.length]));
      else target.splice(i, rnd() < 0.5 ? 1 : 0, replacement);
    } else {
      const keys = Object.keys(target);
      const key = keys[pick(rnd, keys.length)];
      if (key === undefined) target['eventType'] = replacement;
      else if (rnd() < 0.3) delete target[key];
      else target[key] = replacement;
    }
  }
  return new TextEncoder().encode(JSON.stringify(doc));
}

/**
 * A JSON upload mutated: half the time by edits of the parsed document (values replaced by other
 * types or codes, fields dropped, array items duplicated), else by one to three byte edits.
 */
export function mutateJson(seed: Uint8Array, rnd: () => number): Uint8Array {
  if (rnd() < 0.5) return mutateDocument(seed, rnd);
  let b = seed;
  for (let k = 1 + pick(rnd, 3); k > 0 && b.length > 0; k--)
    b = (BYTE_MUTATIONS[pick(rnd, BYTE_MUTATIONS.length)] ?? BYTE_MUTATIONS[0]!)(b, rnd);
  return b;
}
