// Streaming gives exactly what the whole-input reader gives, however the bytes are cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EDIFACT_FIXTURE_NAMES,
  chunked,
  edifactFixture,
} from '../../../../test/fixtures/edifact/edifact-fixtures.ts';
import { writeInterchange } from './interchange-writer.ts';
import { readInterchange } from './read-interchange.ts';
import { streamInterchange } from './stream-interchange.ts';

async function streamAll(bytes: Uint8Array, sizes: number[]) {
  const stream = streamInterchange(chunked(bytes, sizes));
  const messages = [];
  for await (const m of stream) messages.push(m);
  return { messages, diagnostics: [...stream.diagnostics], received: stream.received };
}

const utf8Sample = new TextEncoder().encode(
  writeInterchange(
    {
      sender: 'S',
      recipient: 'R',
      controlReference: '9',
      preparedAt: '2026-01-01T00:00',
      syntax: 'UNOY',
      lineBreaks: true,
    },
    [
      {
        type: 'CUSCAR',
        version: 'D',
        release: '95B',
        agency: 'UN',
        reference: '1',
        body: [{ tag: 'NAD', elements: [['CZ'], ['Øresund — 東京 🚢'], ["it's"]] }],
      },
    ],
  ),
);

describe('streamInterchange', () => {
  it('matches readInterchange on every fixture and a UTF-8 sample for random chunkings', async () => {
    const inputs = [...EDIFACT_FIXTURE_NAMES.map(edifactFixture), utf8Sample];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...inputs),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 8 }),
        async (bytes, sizes) => {
          expect(await streamAll(bytes, sizes)).toEqual(readInterchange(bytes));
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('yields messages before the input ends', async () => {
    const one = "UNH+1+X:D:95B:UN'UNT+2+1'";
    const text = new TextEncoder().encode(
      `UNB+UNOA:3+S+R+260101:1200+1'${one.repeat(400)}UNZ+400+1'`,
    );
    let pulled = 0;
    async function* source() {
      for await (const c of chunked(text, [1000])) {
        pulled += c.length;
        yield c;
      }
    }
    for await (const m of streamInterchange(source())) {
      expect(m.reference).toBe('1');
      break;
    }
    expect(pulled).toBeLessThan(text.length / 2);
  });
});
