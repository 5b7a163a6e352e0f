import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EDIFACT_FIXTURE_NAMES,
  edifactFixture,
} from '../../../test/fixtures/edifact/edifact-fixtures.ts';
import { getReferenceData } from '../../reference/index.ts';
import { mapMessage } from './map-message.ts';
import { lookupsFrom } from './messages/common/reference-lookups.ts';
import { EDIFACT_MESSAGE_TYPES } from './messages/common/mapped-message.ts';
import { messageFromBody } from './messages/common/message-from-body.ts';
import { readInterchange } from './syntax/read-interchange.ts';

const CARGO_SAMPLES = EDIFACT_FIXTURE_NAMES.filter((n) => !n.startsWith('syntax_'));

describe('mapMessage over every sample', () => {
  it('has cargo samples of each kind to map', () => {
    expect(CARGO_SAMPLES.map((n) => n.split('_')[0])).toEqual([
      'baplie',
      'baplie',
      'coarri',
      'coprar',
      'iftsta',
    ]);
  });

  it.each(CARGO_SAMPLES)('maps %s by its UNH type and accounts for every EQD', (name) => {
    const { messages } = readInterchange(edifactFixture(name));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      const mapped = mapMessage(m, { source: name });
      expect(mapped.type).toBe(name.split('_')[0]?.toUpperCase());
      const eqd = m.segments.filter((s) => s.tag === 'EQD').length;
      const r = mapped.records;
      const units =
        r.equipment.length +
        r.containerEvents.length +
        r.consignments.flatMap((c) => c.equipment).length;
      expect(units + mapped.rejected.length).toBe(eqd);
      for (const d of mapped.diagnostics) expect(d.at?.source ?? name).toBe(name);
    }
  });

  it('warns about a segment that has no place in the message type, and maps the rest', () => {
    const text = new TextDecoder().decode(
      edifactFixture('coarri_d95b_itg13_cosco-africa_itgoa.edi'),
    );
    const { messages } = readInterchange(
      text.replace("TMD+3'\nDTM+203:201602030913", "PRI+AAA:12'\nDTM+203:201602030913"),
    );
    const mapped = mapMessage(messages[0]!);
    expect(mapped.diagnostics.map((d) => [d.code, d.severity, d.at?.segment, d.at?.tag])).toEqual([
      ['edifact.segment-unexpected', 'warning', 9, 'PRI'],
    ]);
    expect(mapped.records.containerEvents).toHaveLength(2);
  });

  it('reports a message type it does not map instead of guessing', () => {
    const { messages } = readInterchange(edifactFixture('syntax_release_character_paores.edi'));
    const mapped = mapMessage(messages[0]!);
    expect(mapped.type).toBeUndefined();
    expect(mapped.diagnostics.map((d) => [d.code, d.at?.tag, d.at?.element])).toEqual([
      ['edifact.message-type-unsupported', 'UNH', 2],
    ]);
  });
});

describe('mapMessage with the bundled reference data', () => {
  it('finds the ports of the COARRI sample and reports a UN/LOCODE that does not exist', () => {
    const lookups = lookupsFrom(getReferenceData());
    const text = new TextDecoder().decode(
      edifactFixture('coarri_d95b_itg13_cosco-africa_itgoa.edi'),
    );
    const [ok] = readInterchange(text).messages.map((m) => mapMessage(m, { lookups }));
    expect(ok?.diagnostics).toEqual([]);
    const [bad] = readInterchange(text.replace('LOC+9+TRKMX', 'LOC+9+TRKQQ')).messages.map((m) =>
      mapMessage(m, { lookups }),
    );
    expect(bad?.rejected[0]?.diagnostics.map((d) => [d.code, d.at?.segment, d.at?.tag])).toEqual([
      ['locode.unknown', 11, 'LOC'],
    ]);
  });
});

describe('mapMessage on arbitrary segments (fuzz)', () => {
  const TAGS = [
    'BGM',
    'TDT',
    'LOC',
    'DTM',
    'RFF',
    'NAD',
    'EQD',
    'SEL',
    'MEA',
    'TMP',
    'DGS',
    'CNI',
    'GID',
    'SGP',
    'FTX',
    'CST',
    'STS',
    'CNT',
    'MOA',
    'CPI',
    'PCI',
    'COM',
  ];
  const text = fc.oneof(
    fc.constantFrom(
      '',
      'CN',
      '9',
      '44',
      '146',
      '203',
      'KGM',
      'MSKU1234565',
      '202403011000',
      'BEANR',
    ),
    fc.string({ maxLength: 12 }),
  );
  const segment = fc.record({
    tag: fc.constantFrom(...TAGS),
    elements: fc.array(fc.array(text, { maxLength: 5 }), { maxLength: 9 }),
  });

  it('never throws and always places its diagnostics in the message', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDIFACT_MESSAGE_TYPES),
        fc.constantFrom('95B', '96A', '00B', '99Z'),
        fc.array(segment, { maxLength: 40 }),
        (type, release, body) => {
          const m = messageFromBody(
            { type, version: 'D', release, agency: 'UN', reference: '1' },
            body,
          );
          const mapped = mapMessage(m);
          expect(mapped.type).toBe(type);
          for (const d of mapped.diagnostics)
            if (d.at?.segment !== undefined)
              expect(d.at.segment).toBeLessThanOrEqual(body.length + 2);
          for (const r of mapped.rejected)
            expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
