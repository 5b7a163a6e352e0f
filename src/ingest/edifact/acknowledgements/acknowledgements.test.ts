// CONTRL and APERAK written from real reads: structure, action codes, error pointers, and that
// what we write reads back cleanly with our own reader.
import { describe, expect, it } from 'vitest';
import { edifactFixture } from '../../../../test/fixtures/edifact/edifact-fixtures.ts';
import {
  readInterchange,
  type InterchangeEnvelope,
  type InterchangeReadResult,
} from '../syntax/index.ts';
import { writeAperak } from './aperak-writer.ts';
import { writeContrl } from './contrl-writer.ts';

const envelope: InterchangeEnvelope = {
  sender: 'PORTCULLIS',
  recipient: 'SENDER',
  controlReference: 'C1',
  preparedAt: '2026-11-22T12:34',
};
const UNB = "UNB+UNOA:3+SENDER+RECIP+260101:1200+REF1'";

function contrlFor(read: InterchangeReadResult, listAccepted?: boolean): string {
  const subject = read.received.interchanges[0];
  if (!subject) throw new Error('no interchange');
  return writeContrl({
    envelope,
    reference: '1',
    subject,
    received: read.received,
    diagnostics: read.diagnostics,
    ...(listAccepted === undefined ? {} : { listAccepted }),
  });
}

const bodyOf = (text: string): string[] => {
  const r = readInterchange(text);
  expect(r.diagnostics).toEqual([]);
  return (r.messages[0]?.segments ?? []).map(
    (s) => `${s.tag}+${s.elements.map((e) => e.join(':')).join('+')}`,
  );
};

describe('CONTRL', () => {
  it('rejects the IFTSTA interchange for its UNZ reference, pointing at UNZ element 2 (S011 position 3), with no accepted UCM under it', () => {
    const text = contrlFor(readInterchange(edifactFixture('iftsta_d00b_rail_csx.edi')));
    expect(bodyOf(text)).toEqual([
      'UNH+1+CONTRL:D:3:UN',
      'UCI+2803570+SENDER:ZZZ+RECEIVER:ZZZ+4+28+UNZ+3',
      'UNT+3+1',
    ]);
  });

  it('acknowledges the clean COARRI interchange and both its messages', () => {
    expect(
      bodyOf(
        contrlFor(readInterchange(edifactFixture('coarri_d95b_itg13_cosco-africa_itgoa.edi'))),
      ),
    ).toEqual([
      'UNH+1+CONTRL:D:3:UN',
      'UCI+1452515554132+ITGOAVTE+COSCO+7',
      'UCM+1452515553811+COARRI:D:95B:UN:ITG13+7',
      'UCM+1452515553819+COARRI:D:95B:UN:ITG13+7',
      'UNT+5+1',
    ]);
  });

  it('rejects a message whose UNT count is wrong under the reject policy (0085 29 at UNT)', () => {
    const read = readInterchange(`${UNB}UNH+1+COARRI:D:95B:UN'BGM+44'UNT+9+1'UNZ+1+REF1'`, {
      untCountPolicy: 'reject',
    });
    expect(bodyOf(contrlFor(read))).toEqual([
      'UNH+1+CONTRL:D:3:UN',
      'UCI+REF1+SENDER+RECIP+7',
      'UCM+1+COARRI:D:95B:UN+4+29+UNT+2',
      'UNT+4+1',
    ]);
  });

  it('points UCS at a bad segment and UCD at the element and component in error', () => {
    const bad = readInterchange(
      `${UNB}UNH+1+COARRI:D:95B:UN'BGM+44'B1+X'UNT+4+1'UNH+2+COARRI:D:95B:UN'FTX+AAA+B`,
    );
    expect(bodyOf(contrlFor(bad, false))).toEqual([
      'UNH+1+CONTRL:D:3:UN',
      'UCI+REF1+SENDER+RECIP+4+13',
      'UCM+1+COARRI:D:95B:UN+4',
      'UCS+3+12',
      'UCM+2+COARRI:D:95B:UN+4+13',
      'UCS+2',
      'UCD+13+3:1',
      'UNT+8+1',
    ]);
  });

  it('lists accepted groups with their messages', () => {
    const read = readInterchange(
      `${UNB}UNG+COARRI+GS+GR+260101:1200+G1'UNH+1+COARRI:D:95B:UN'UNT+2+1'UNE+1+G1'UNZ+1+REF1'`,
    );
    expect(bodyOf(contrlFor(read))).toEqual([
      'UNH+1+CONTRL:D:3:UN',
      'UCI+REF1+SENDER+RECIP+7',
      'UCF+G1+GS+GR+7',
      'UCM+1+COARRI:D:95B:UN+7',
      'UNT+5+1',
    ]);
  });

  it('rejects a group in UCF for its UNE count, and writes CONTRL 4:1 for a version 4 subject', () => {
    const read = readInterchange(
      `UNB+UNOC:4+S+R+20260101:1200+9'UNG+COARRI+GS+GR+20260101:1200+G7'UNH+1+COARRI:D:95B:UN'UNT+2+1'UNE+2+G7'UNZ+1+9'`,
    );
    expect(bodyOf(contrlFor(read))).toEqual([
      'UNH+1+CONTRL:4:1:UN',
      'UCI+9+S+R+7',
      'UCF+G7+GS+GR+4+29+UNE+2',
      'UNT+4+1',
    ]);
  });
});

describe('APERAK', () => {
  it('splits long texts into at most five FTX parts of 70 characters', () => {
    const d = {
      code: 'x.long',
      severity: 'error' as const,
      message: 'A'.repeat(400),
      at: { message: '1' },
    };
    const text = writeAperak(envelope, [{ reference: '1', type: 'CUSCAR' }], [d], {
      issuedAt: '2026-11-22',
    });
    const ftx = readInterchange(text).messages[0]?.segments.find((s) => s.tag === 'FTX');
    const parts = ftx?.elements[3] ?? [];
    expect(parts.map((p) => p.length)).toEqual([70, 70, 70, 70, 70]);
    expect(parts.join('')).toBe(`x.long: ${'A'.repeat(339)}...`);
  });

  it('answers each message with ERC + FTX per diagnostic, reader and mapper alike', () => {
    const read = readInterchange(edifactFixture('coprar_d95b_msk.edi'));
    const mapper = {
      code: 'container-number.category',
      severity: 'error' as const,
      message: 'MSTI6415664: category I',
      at: { message: '638', segment: 10, tag: 'EQD', element: 2 },
    };
    const text = writeAperak(
      envelope,
      [{ reference: '638', type: 'COPRAR' }],
      [...read.diagnostics, mapper],
      { issuedAt: '2026-11-22T12:34' },
    );
    expect(bodyOf(text)).toEqual([
      'UNH+1+APERAK:D:95B:UN',
      'BGM++638+27',
      'DTM+137:202611221234:203',
      'RFF+ACW:638',
      'ERC+29',
      'FTX+AAO+++edifact.unt.count-mismatch: UNT count is 56 but 29 segments (UNH to UN:T) were received (expected 56, found 29) [message 638, segment 29 (UNT:), element 1, line 29]',
      'ERC+12',
      'FTX+AAO+++container-number.category: MSTI6415664: category I [message 638, segme:nt 10 (EQD), element 2]',
      'UNT+9+1',
    ]);
  });

  it('accepts a message without problems (BGM function 29) and keeps texts in the repertoire', () => {
    const d = {
      code: 'party.name',
      severity: 'warning' as const,
      message: 'Name "Øresund 東京" looks truncated',
      at: { message: '5' },
    };
    const text = writeAperak(
      { ...envelope, syntax: 'UNOA' },
      [{ reference: '5', type: 'CUSCAR' }],
      [d],
      { issuedAt: '2026-11-22' },
    );
    expect(bodyOf(text).slice(1, 6)).toEqual([
      'BGM++5+29',
      'DTM+137:202611220000:203',
      'RFF+ACW:5',
      'ERC+12',
      'FTX+AAO+++PARTY.NAME: NAME ".RESUND .." LOOKS TRUNCATED .MESSAGE 5.',
    ]);
  });
});
