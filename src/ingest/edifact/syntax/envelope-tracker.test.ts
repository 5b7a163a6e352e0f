// Envelope checks: interchange, group and message headers and trailers, counts and references.
import { describe, expect, it } from 'vitest';
import { readInterchange } from './read-interchange.ts';
import type { UntCountPolicy } from './reader-options.ts';

const UNB = "UNB+UNOA:3+SENDER+RECIP+260101:1200+REF1'";
const msg = (ref: string, n = 1): string =>
  `UNH+${ref}+COARRI:D:95B:UN'${"BGM+44'".repeat(n)}UNT+${n + 2}+${ref}'`;
const read = (text: string) => readInterchange(text, { source: 't' });
const codes = (text: string) => read(text).diagnostics.map((d) => d.code);

describe('envelope checks', () => {
  it('accepts a well-formed interchange with groups', () => {
    const text = `${UNB}UNG+COARRI+S+R+260101:1200+G1+UN+D:95B'${msg('1')}${msg('2')}UNE+2+G1'UNZ+1+REF1'`;
    const r = read(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.messages.map((m) => [m.interchangeRef, m.reference])).toEqual([
      ['REF1', '1'],
      ['REF1', '2'],
    ]);
  });

  it('reports UNZ and UNE counts and references that do not match', () => {
    expect(codes(`${UNB}${msg('1')}UNZ+2+REF1'`)).toEqual(['edifact.unz.count-mismatch']);
    expect(codes(`${UNB}${msg('1')}UNZ+1+REF2'`)).toEqual(['edifact.unz.reference-mismatch']);
    const grouped = `${UNB}UNG+X+S+R+260101:1200+G1'${msg('1')}UNE+3+G2'UNZ+1+REF1'`;
    expect(codes(grouped)).toEqual([
      'edifact.une.count-mismatch',
      'edifact.une.reference-mismatch',
    ]);
    const afterUna = read(`UNA:+.? '${UNB}${msg('1')}UNZ+2+REF1'`).diagnostics[0];
    expect(afterUna?.at).toMatchObject({ segment: 6, tag: 'UNZ' });
    const d = read(`${UNB}${msg('1')}UNZ+2+REF1'`).diagnostics[0];
    expect(d?.message).toBe('UNZ count is 2 but 1 messages were received (expected 2, found 1)');
    expect(d?.at).toMatchObject({ interchange: 'REF1', segment: 5, tag: 'UNZ', element: 1 });
  });

  it('withholds a message whose UNT reference differs from its UNH', () => {
    const r = read(`${UNB}UNH+1+COARRI:D:95B:UN'BGM+44'UNT+3+9'UNZ+1+REF1'`);
    expect(r.messages).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.at?.message, d.at?.segment])).toEqual([
      ['edifact.unt.reference-mismatch', 'error', '1', 3],
    ]);
  });

  it('withholds a message with no UNT and keeps reading the next one', () => {
    const r = read(`${UNB}UNH+1+COARRI:D:95B:UN'BGM+44'${msg('2')}UNZ+2+REF1'`);
    expect(r.messages.map((m) => m.reference)).toEqual(['2']);
    expect(r.diagnostics.map((d) => [d.code, d.at?.message])).toEqual([
      ['edifact.unt.missing', '1'],
    ]);
  });

  it('reports missing UNZ, UNE and UNT at the end of the input', () => {
    expect(codes(`${UNB}UNG+X+S+R+260101:1200+G1'UNH+1+X:D:95B:UN'BGM+1'`)).toEqual([
      'edifact.unt.missing',
      'edifact.une.missing',
      'edifact.unz.missing',
    ]);
  });

  it('reports segments outside a message and data after UNZ once', () => {
    expect(codes(`${UNB}BGM+1'${msg('1')}UNZ+1+REF1'`)).toEqual([
      'edifact.segment.outside-message',
    ]);
    expect(codes(`${UNB}${msg('1')}UNZ+1+REF1'JUNK'MORE'JUNK`)).toEqual([
      'edifact.trailing-data',
      'edifact.segment.unterminated',
    ]);
  });

  it('rejects a UNH without a complete message identifier', () => {
    const r = read(`${UNB}UNH+1+COARRI:D'UNT+2+1'UNZ+1+REF1'`);
    expect(r.messages).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['edifact.unh.invalid']);
  });

  it('reports an invalid segment tag and an empty input', () => {
    expect(codes(`${UNB}UNH+1+X:D:95B:UN'BG+1'UNT+3+1'UNZ+1+REF1'`)).toEqual([
      'edifact.segment.invalid-tag',
    ]);
    expect(codes('')).toEqual(['edifact.input.empty']);
    expect(codes('\r\n\r\n')).toEqual(['edifact.input.empty']);
  });

  it('applies the UNT count policy per sender', () => {
    const text = (sender: string) =>
      `UNB+UNOA:3+${sender}+R+260101:1200+1'UNH+1+X:D:95B:UN'UNT+5+1'UNZ+1+1'`;
    const policy = (sender: string): UntCountPolicy => (sender === 'STRICT' ? 'reject' : 'warning');
    expect(readInterchange(text('STRICT'), { untCountPolicy: policy }).messages).toHaveLength(0);
    expect(readInterchange(text('LENIENT'), { untCountPolicy: policy }).messages).toHaveLength(1);
  });

  it('reads several interchanges in a row, each with its own UNA', () => {
    const a = `UNA:+.? '${UNB}${msg('1')}UNZ+1+REF1'`;
    const b =
      'UNA#|.! ~UNB|UNOA#3|S|R|260101#1200|REF2~UNH|7|X#D#95B#UN~FTX|A!~B~UNT|3|7~UNZ|1|REF2~';
    const r = read(`${a}\n${b}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.messages.map((m) => [m.interchangeRef, m.reference])).toEqual([
      ['REF1', '1'],
      ['REF2', '7'],
    ]);
    expect(r.messages[1]?.segments[1]?.elements).toEqual([['A~B']]);
  });

  it('caps the number of diagnostics kept', () => {
    const r = readInterchange(`${UNB}${"BGM+1'".repeat(50)}UNZ+0+REF1'`, { maxDiagnostics: 10 });
    expect(r.diagnostics).toHaveLength(11);
    expect(r.diagnostics[10]?.message).toBe('40 more diagnostics were not kept');
  });
});

describe('received log', () => {
  it('keeps at most maxReceived message headers and counts the rest', () => {
    const { received, messages } = readInterchange(
      `${UNB}${msg('1')}${msg('2')}${msg('3')}UNZ+3+REF1'`,
      { maxReceived: 2 },
    );
    expect(messages).toHaveLength(3);
    expect(received.messages.map((m) => m.reference)).toEqual(['1', '2']);
    expect(received.unlisted).toBe(1);
  });

  it('lists every interchange, group and message header, delivered or not', () => {
    const text = `UNB+UNOA:3+SENDER:ZZZ+RECIP+260101:1200+REF1'UNG+X+S+R+260101:1200+G1'${msg('1')}UNH+2+COARRI:D:95B:UN'UNT+9+3'UNE+2+G1'UNZ+1+REF1'`;
    const { received } = read(text);
    expect(received.interchanges).toEqual([
      {
        ref: 'REF1',
        sender: 'SENDER',
        senderQualifier: 'ZZZ',
        recipient: 'RECIP',
        syntax: 'UNOA',
        syntaxVersion: '3',
        offset: 0,
      },
    ]);
    expect(received.messages.map((m) => [m.reference, m.groupRef, m.delivered])).toEqual([
      ['1', 'G1', true],
      ['2', 'G1', false],
    ]);
    expect(received.groups.map((g) => [g.ref, g.startOffset, g.endOffset])).toEqual([
      ['G1', 45, text.indexOf('UNE')],
    ]);
  });
});
