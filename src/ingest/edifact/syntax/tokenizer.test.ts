// The tokenizer: service string advice, release and repetition characters, repertoires and
// byte decoding, line breaks, and positions of what it reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunked } from '../../../../test/fixtures/edifact/edifact-fixtures.ts';
import { componentsAt, joinedAt, valueAt } from '../messages/common/segment-access.ts';
import { readInterchange } from './read-interchange.ts';
import type { Segment } from './segment.ts';
import { streamInterchange } from './stream-interchange.ts';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concatBytes = (...parts: Uint8Array[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));
const body = (text: string | Uint8Array) =>
  readInterchange(text).messages[0]?.segments.slice(1, -1) ?? [];

describe('tokenizer', () => {
  it("uses :+.? ' when there is no UNA", () => {
    const r = readInterchange(
      "UNB+UNOA:3+S+R+260101:1200+1'UNH+1+X:D:95B:UN'FTX+A?+B:C?:D'UNT+3+1'UNZ+1+1'",
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.messages[0]?.segments[1]?.elements).toEqual([['A+B', 'C:D']]);
  });

  it('takes every delimiter from UNA', () => {
    const text =
      'UNA#|,! ~UNB|UNOA#3|S|R|260101#1200|7~UNH|1|X#D#95B#UN~MEA|A!|B#C!~D#1,5~UNT|3|1~UNZ|1|7~';
    const r = readInterchange(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.messages[0]?.segments[1]?.elements).toEqual([['A|B', 'C~D', '1,5']]);
  });

  it('reports an unusable UNA and keeps the default delimiters', () => {
    const r = readInterchange("UNA::.? 'UNH+1+X:D:95B:UN'UNT+2+1'");
    expect(r.diagnostics.map((d) => d.code)).toContain('edifact.una.invalid');
    expect(r.messages).toHaveLength(1);
  });

  it('splits syntax version 4 repetitions and keeps the first occurrence in elements', () => {
    const [nad] = body(
      "UNB+UNOC:4+S+R+20260101:1200+1'UNH+1+X:D:95B:UN'NAD+CA+X:1*Y:2+Z'UNT+3+1'UNZ+1+1'",
    );
    expect(nad?.elements).toEqual([['CA'], ['X', '1'], ['Z']]);
    expect(nad?.repetitions).toEqual({
      1: [
        ['X', '1'],
        ['Y', '2'],
      ],
    });
  });

  it('treats * as data under syntax version 3', () => {
    const [ftx] = body("UNB+UNOC:3+S+R+260101:1200+1'UNH+1+X:D:95B:UN'FTX+A*B'UNT+3+1'UNZ+1+1'");
    expect(ftx?.elements).toEqual([['A*B']]);
    expect(ftx?.repetitions).toBeUndefined();
  });

  it('tolerates CR/LF between segments and counts lines', () => {
    const r = readInterchange(
      "UNB+UNOA:3+S+R+260101:1200+1'\r\nUNH+1+X:D:95B:UN'\r\nBGM+9'\r\n\r\nUNT+3+1'\nUNZ+1+1'\n",
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.messages[0]?.segments.map((s) => [s.tag, s.line, s.offset])).toEqual([
      ['UNH', 2, 31],
      ['BGM', 3, 50],
      ['UNT', 5, 60],
    ]);
  });

  it('reports a line break inside a segment and removes it from the data', () => {
    const r = readInterchange("UNH+1+X:D:95B:UN'FTX+AB\nCD'UNT+3+1'");
    expect(r.messages[0]?.segments[1]?.elements).toEqual([['ABCD']]);
    const d = r.diagnostics.find((x) => x.code === 'edifact.segment.line-break');
    expect(d?.at).toMatchObject({
      message: '1',
      segment: 2,
      tag: 'FTX',
      element: 1,
      component: 1,
      offset: 23,
      line: 2,
    });
  });

  it('flags lower case under UNOA with the exact element, component and byte offset', () => {
    const r = readInterchange(
      latin1("UNB+UNOA:3+S+R+260101:1200+1'UNH+1+X:D:95B:UN'LOC+9+ABC:De'UNT+3+1'UNZ+1+1'"),
    );
    const d = r.diagnostics.find((x) => x.code === 'edifact.character.outside-repertoire');
    expect(d?.message).toContain('"e"');
    expect(d?.at).toMatchObject({
      interchange: '1',
      message: '1',
      segment: 2,
      tag: 'LOC',
      element: 2,
      component: 2,
      offset: 57,
    });
    expect(
      readInterchange(
        latin1("UNB+UNOB:3+S+R+260101:1200+1'UNH+1+X:D:95B:UN'LOC+9+ABC:De'UNT+3+1'UNZ+1+1'"),
      ).diagnostics,
    ).toEqual([]);
  });

  it('decodes UNOC bytes as ISO 8859-1', () => {
    const [nad] = body(
      latin1(
        "UNB+UNOC:3+S+R+260101:1200+1'UNH+1+X:D:95B:UN'NAD+CZ+++Société Générale'UNT+3+1'UNZ+1+1'",
      ),
    );
    expect(nad?.elements[3]).toEqual(['Société Générale']);
  });

  it('decodes UNOD as ISO 8859-2 and UNOE as ISO 8859-5', () => {
    const unb = (id: string) => `UNB+${id}:3+S+R+260101:1200+1'UNH+1+X:D:95B:UN'NAD+CZ+++`;
    const tail = "'UNT+3+1'UNZ+1+1'";
    const polish = concatBytes(latin1(unb('UNOD')), Uint8Array.of(0xa1, 0xb1), latin1(tail));
    expect(body(polish)[0]?.elements[3]).toEqual(['Ąą']);
    const cyrillic = concatBytes(latin1(unb('UNOE')), Uint8Array.of(0xb0, 0xd0), latin1(tail));
    expect(body(cyrillic)[0]?.elements[3]).toEqual(['Аа']);
  });

  it('decodes UNOY as UTF-8 and keeps byte offsets exact after multi-byte characters', () => {
    const bytes = utf8(
      "UNB+UNOY:4+S+R+20260101:1200+1'UNH+1+X:D:95B:UN'NAD+CZ+++Øresund Ltd — 東京'LOC+9+NLRTM'UNT+4+1'UNZ+1+1'",
    );
    const segs = readInterchange(bytes).messages[0]?.segments ?? [];
    expect(segs[1]?.elements[3]).toEqual(['Øresund Ltd — 東京']);
    for (const s of segs)
      expect(new TextDecoder().decode(bytes.subarray(s.offset, s.offset + 3))).toBe(s.tag);
  });

  it('reports bytes that are not UTF-8 under UNOY', () => {
    const bytes = utf8("UNB+UNOY:4+S+R+20260101:1200+1'UNH+1+X:D:95B:UN'FTX+AB'UNT+3+1'UNZ+1+1'");
    bytes[52] = 0xff;
    const r = readInterchange(bytes);
    expect(r.diagnostics.map((d) => [d.code, d.at?.offset])).toEqual([
      ['edifact.character.invalid-encoding', 52],
    ]);
    expect(r.messages[0]?.segments[1]?.elements).toEqual([['\uFFFDB']]);
  });

  it('reports an unterminated last segment and a release character at the very end', () => {
    const r = readInterchange("UNH+1+X:D:95B:UN'UNT+2+1");
    expect(r.messages).toHaveLength(1);
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'edifact.unb.missing',
      'edifact.segment.unterminated',
    ]);
    expect(readInterchange("UNH+1+X:D:95B:UN'FTX+A?").diagnostics.map((d) => d.code)).toContain(
      'edifact.segment.release-at-end',
    );
  });

  it('while streaming, skips a segment longer than the limit and resumes after its terminator', async () => {
    const raw = `UNB+UNOA:3+S+R+260101:1200+1'UNH+1+X:D:95B:UN'FTX+${'A'.repeat(500)}'UNT+2+1'UNZ+1+1'`;
    const text = utf8(raw);
    const stream = streamInterchange(chunked(text, [40]), { maxSegmentLength: 100 });
    const messages = [];
    for await (const m of stream) messages.push(m);
    expect(messages.map((m) => m.segments.map((s) => [s.tag, s.offset]))).toEqual([
      [
        ['UNH', 29],
        ['UNT', raw.indexOf('UNT')],
      ],
    ]);
    expect(stream.diagnostics.map((d) => d.code)).toEqual(['edifact.segment.too-long']);
  });
});

describe('segments kept as spans of the text', () => {
  const piece = fc.stringMatching(/^[A-Z0-9 .]{0,4}$/);
  const elementArb = fc.array(piece, { minLength: 1, maxLength: 4 });
  const segmentArb = fc.array(elementArb, { minLength: 0, maxLength: 6 });

  it('split into the same elements as a plain split, and read single values in place', () => {
    fc.assert(
      fc.property(segmentArb, (elements) => {
        const text = ['FTX', ...elements.map((e) => e.join(':'))].join('+');
        const [seg] = body(
          `UNB+UNOC:3+S+R+260101:1200+1'UNH+1+X:D:95B:UN'${text}'UNT+3+1'UNZ+1+1'`,
        );
        expect(seg?.tag).toBe('FTX');
        expect(seg?.elements).toEqual(elements);
        for (let e = 1; e <= elements.length + 1; e++)
          for (let c = 1; c <= 5; c++) {
            const v = elements[e - 1]?.[c - 1];
            expect(valueAt(seg as Segment, e, c)).toBe(v === '' ? undefined : v);
          }
        // Backwards too: a look-up may start where the previous one in the segment ended.
        for (let e = elements.length + 1; e >= 1; e--) {
          const v = elements[e - 1]?.[1];
          expect(valueAt(seg as Segment, e, 2)).toBe(v === '' ? undefined : v);
        }
        for (let e = 1; e <= elements.length + 1; e++) {
          const present = (elements[e - 1] ?? []).filter((v) => v !== '');
          expect(componentsAt(seg as Segment, e)).toEqual(present);
          expect(joinedAt(seg as Segment, e, ' ')).toBe(present.join(' '));
        }
      }),
      { numRuns: 300 },
    );
  });
});
