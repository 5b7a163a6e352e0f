// The writer: escaping, computed counts, and the round trip read(write(x)) == x on random content.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DELIMITERS_V4 } from './delimiters.ts';
import {
  writeInterchange,
  type InterchangeEnvelope,
  type OutboundMessage,
} from './interchange-writer.ts';
import { readInterchange } from './read-interchange.ts';
import { serializeSegment } from './serializer.ts';

const env: InterchangeEnvelope = {
  sender: 'PORTCULLIS',
  recipient: 'CARRIER',
  controlReference: '42',
  preparedAt: '2026-11-22T12:34:56Z',
};

describe('serializeSegment', () => {
  it('escapes every service character with the release character', () => {
    expect(serializeSegment('FTX', [['AAA'], [], ["it's 50% + 1:2 ?"]])).toBe(
      "FTX+AAA++it?'s 50% ?+ 1?:2 ??'",
    );
    expect(serializeSegment('NAD', [['CA'], ['A*B', '']], DEFAULT_DELIMITERS_V4)).toBe(
      "NAD+CA+A?*B:'",
    );
  });
});

describe('writeInterchange', () => {
  it('writes UNA, UNB, UNH/UNT with the right count and UNZ with the message count', () => {
    const body = [{ tag: 'BGM', elements: [['44'], ['DOC1'], ['9']] }];
    const text = writeInterchange(env, [
      {
        type: 'COARRI',
        version: 'D',
        release: '95B',
        agency: 'UN',
        associationCode: 'ITG13',
        reference: 'M1',
        body,
      },
      { type: 'COARRI', version: 'D', release: '95B', agency: 'UN', reference: 'M2', body: [] },
    ]);
    expect(text).toBe(
      "UNA:+.? 'UNB+UNOC:3+PORTCULLIS+CARRIER+261122:1234+42'UNH+M1+COARRI:D:95B:UN:ITG13'BGM+44+DOC1+9'UNT+3+M1'" +
        "UNH+M2+COARRI:D:95B:UN'UNT+2+M2'UNZ+2+42'",
    );
    const r = readInterchange(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.messages.map((m) => [m.reference, m.associationCode, m.segments.length])).toEqual([
      ['M1', 'ITG13', 3],
      ['M2', undefined, 2],
    ]);
  });

  it('writes syntax version 4 with a four-digit year under UNOY, one segment per line on request', () => {
    const text = writeInterchange(
      { ...env, syntax: 'UNOY', lineBreaks: true, senderQualifier: 'ZZZ' },
      [],
    );
    expect(text).toBe(
      "UNA:+.?*'\nUNB+UNOY:4+PORTCULLIS:ZZZ+CARRIER+20261122:1234+42'\nUNZ+0+42'\n",
    );
  });

  it('round-trips random segment content through bytes (fast-check)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    const tag = fc.stringMatching(/^[A-Z]{3}$/).filter((t) => !t.startsWith('UN'));
    const element = fc.array(text, { minLength: 1, maxLength: 4 });
    const segment = fc.record({ tag, elements: fc.array(element, { maxLength: 6 }) });
    const message = fc.record({
      reference: fc.stringMatching(/^[A-Z0-9]{1,14}$/),
      body: fc.array(segment, { maxLength: 6 }),
    });
    const syntax = fc.constantFrom('UNOC' as const, 'UNOY' as const);
    fc.assert(
      fc.property(fc.array(message, { maxLength: 3 }), syntax, (messages, syn) => {
        const out: OutboundMessage[] = messages.map((m) => ({
          ...m,
          type: 'CUSCAR',
          version: 'D',
          release: '95B',
          agency: 'UN',
        }));
        const written = writeInterchange({ ...env, syntax: syn }, out);
        const bytes = syn === 'UNOY' ? new TextEncoder().encode(written) : undefined;
        const r = bytes ? readInterchange(bytes) : readInterchange(written);
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const got = r.messages.map((m) => ({
          reference: m.reference,
          body: m.segments.slice(1, -1).map((s) => ({ tag: s.tag, elements: s.elements })),
        }));
        expect(got).toEqual(messages);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
