// Every sample interchange: what it yields, and the exact diagnostics for the known-bad ones.
import { describe, expect, it } from 'vitest';
import {
  EDIFACT_FIXTURE_NAMES,
  edifactFixture,
} from '../../../../test/fixtures/edifact/edifact-fixtures.ts';
import { readInterchange } from './read-interchange.ts';

const codes = (name: string): string[] =>
  readInterchange(edifactFixture(name)).diagnostics.map((d) => d.code);

describe('readInterchange on the sample interchanges', () => {
  it('reads every fixture, each segment offset pointing at its tag bytes', () => {
    expect(EDIFACT_FIXTURE_NAMES.length).toBe(7);
    for (const name of EDIFACT_FIXTURE_NAMES) {
      const bytes = edifactFixture(name);
      const { messages } = readInterchange(bytes, { source: name });
      expect(messages.length, name).toBeGreaterThan(0);
      for (const m of messages) {
        expect(m.segments[0]?.tag).toBe('UNH');
        expect(m.segments.at(-1)?.tag).toBe('UNT');
        m.segments.forEach((s, i) => {
          expect(s.index).toBe(i + 1);
          expect(new TextDecoder().decode(bytes.subarray(s.offset, s.offset + 3))).toBe(s.tag);
        });
      }
    }
  });

  it('reads the clean samples without any diagnostic', () => {
    for (const name of [
      'baplie_d04b_synthetic.edi',
      'baplie_d95b_smdg20_oocl-beijing_uslgb.edi',
      'coarri_d95b_itg13_cosco-africa_itgoa.edi',
    ]) {
      expect(codes(name), name).toEqual([]);
    }
  });

  it('reads a two-message COARRI with its association code and line numbers', () => {
    const { messages } = readInterchange(
      edifactFixture('coarri_d95b_itg13_cosco-africa_itgoa.edi'),
    );
    expect(
      messages.map((m) => [
        m.reference,
        m.type,
        m.version,
        m.release,
        m.agency,
        m.associationCode,
        m.segments.length,
      ]),
    ).toEqual([
      ['1452515553811', 'COARRI', 'D', '95B', 'UN', 'ITG13', 33],
      ['1452515553819', 'COARRI', 'D', '95B', 'UN', 'ITG13', 237],
    ]);
    expect(messages.every((m) => m.interchangeRef === '1452515554132')).toBe(true);
    const eqd = messages[0]?.segments[7];
    expect(eqd).toMatchObject({
      tag: 'EQD',
      line: 9,
      index: 8,
      elements: [['CN'], ['FCIU9908030'], ['45G1', '102', '5'], [''], ['3'], ['5']],
    });
  });

  it('reports the COPRAR UNT count of 56 against the 29 segments received, and still delivers by default', () => {
    const { messages, diagnostics } = readInterchange(edifactFixture('coprar_d95b_msk.edi'), {
      source: 'coprar',
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.segments).toHaveLength(29);
    expect(diagnostics.map((d) => d.code)).toEqual([
      'edifact.unb.missing',
      'edifact.unt.count-mismatch',
    ]);
    const unt = diagnostics[1];
    expect(unt?.severity).toBe('warning');
    expect(unt?.message).toContain('expected 56, found 29');
    expect(unt?.at).toEqual({
      source: 'coprar',
      message: '638',
      segment: 29,
      tag: 'UNT',
      line: 29,
      offset: 648,
      element: 1,
    });
  });

  it('withholds the COPRAR message when the sender policy is reject', () => {
    const seen: string[] = [];
    const policy = (sender: string): 'reject' => (seen.push(sender), 'reject');
    const { messages, diagnostics } = readInterchange(edifactFixture('coprar_d95b_msk.edi'), {
      untCountPolicy: policy,
    });
    expect(messages).toHaveLength(0);
    expect(seen).toEqual(['']);
    expect(diagnostics.find((d) => d.code === 'edifact.unt.count-mismatch')?.severity).toBe(
      'error',
    );
  });

  it('decodes the escaped text of the release-character sample exactly', () => {
    const { messages, diagnostics } = readInterchange(
      edifactFixture('syntax_release_character_paores.edi'),
    );
    const ift = messages[0]?.segments
      .filter((s) => s.tag === 'IFT')
      .map((s) => s.elements.slice(1));
    expect(ift).toEqual([
      [['XYZCOMPANY AVAILABILITY']],
      [['NO MORE FLIGHTS 1']],
      [['NO MORE FLIGHTS 2?']],
      [["NO MORE ' FLIGHTS 3"]],
      [['NO MORE ? FLIGHTS 3']],
      [["NO MORE ?' FLIGHTS 3"]],
      [['FIELD 1'], ['FIELD 2']],
      [['FIELD 1?'], ['FIELD 2']],
      [['FIELD 1?+FIELD 2']],
      [['FIELD 1.1', 'FIELD 1.2']],
      [['FIELD 1.1?', 'FIELD 1.2']],
      [['FIELD 1.1?:FIELD 1.2']],
    ]);
    const unt = diagnostics.find((d) => d.code === 'edifact.unt.count-mismatch');
    expect(unt?.message).toContain('expected 14, found 23');
    expect(diagnostics.map((d) => d.code)).toEqual([
      'edifact.syntax.unknown-identifier',
      'edifact.unt.count-mismatch',
    ]);
  });

  it('reads the single-line interchange with every segment on line 1', () => {
    const { messages, diagnostics } = readInterchange(
      edifactFixture('syntax_single_line_wrapped.edi'),
    );
    expect(messages[0]?.segments.map((s) => s.line)).toEqual(Array(13).fill(1));
    expect(diagnostics.map((d) => d.code)).toEqual(['edifact.syntax.unknown-identifier']);
  });

  it('reports the IFTSTA UNZ reference that does not repeat the UNB reference', () => {
    const { messages, diagnostics } = readInterchange(edifactFixture('iftsta_d00b_rail_csx.edi'));
    expect(messages).toHaveLength(1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'edifact.unz.reference-mismatch',
      severity: 'error',
      message: 'UNZ reference "2805570" does not match UNB reference "2803570"',
      at: { interchange: '2803570', segment: 33, tag: 'UNZ', element: 2, line: 33 },
    });
  });
});
