import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edifactFixture } from '../../../../../test/fixtures/edifact/edifact-fixtures.ts';
import type { Equipment } from '../../../../core/cargo/index.ts';
import { parseCountryCode } from '../../../../core/identifiers/index.ts';
import { unwrap } from '../../../../core/result.ts';
import { unitArb } from '../common/cargo-arbitraries.ts';
import { containerNumber, imoArb, locodeArb, minuteArb } from '../common/identifier-arbitraries.ts';
import { readAndMap, TEST_ENVELOPE } from '../common/round-trip.ts';
import { writeBaplie } from './baplie-writer.ts';

describe('BAPLIE D95B sample (OOCL BEIJING at Long Beach)', () => {
  const [m] = readAndMap(edifactFixture('baplie_d95b_smdg20_oocl-beijing_uslgb.edi'));

  it('reads the vessel by call sign and name, and every unit aboard with its cell, weight and ports', () => {
    expect(m?.transport).toMatchObject({
      vesselName: 'OOCL BEIJING',
      callSign: 'VRIB3',
      voyageNumber: '042',
    });
    expect(m?.records.equipment).toEqual([
      {
        containerNumber: 'OOLU4293959',
        isoSizeType: '4200',
        fullEmpty: 'empty',
        seals: [],
        grossWeightKg: 3833,
        stowagePosition: '0780690',
        portOfLoading: 'USLGB',
        portOfDischarge: 'CNYTN',
      },
      {
        containerNumber: 'MOEU0710945',
        isoSizeType: 'L5G1',
        fullEmpty: 'empty',
        seals: [],
        grossWeightKg: 3983,
        stowagePosition: '0060886',
        portOfLoading: 'USLGB',
        portOfDischarge: 'CNXMN',
      },
      {
        containerNumber: 'OOLU8757889',
        isoSizeType: '4500',
        fullEmpty: 'full',
        seals: [],
        grossWeightKg: 26000,
        stowagePosition: '0100114',
        portOfLoading: 'USLGB',
        portOfDischarge: 'TWKHH',
      },
    ]);
  });

  it('reports the missing message function as a warning and records no vessel without an IMO number', () => {
    expect(m?.diagnostics.map((d) => [d.code, d.severity, d.at?.segment])).toEqual([
      ['bgm.function-missing', 'warning', 2],
    ]);
    expect(m?.records.vessels).toEqual([]);
  });
});

describe('BAPLIE D04B synthetic sample', () => {
  const [m] = readAndMap(edifactFixture('baplie_d04b_synthetic.edi'));

  it('maps under an unsupported directory with a warning and rejects the placeholder unit precisely', () => {
    expect(m?.directory).toBe('D04B');
    expect(m?.diagnostics[0]).toMatchObject({
      code: 'edifact.directory-unsupported',
      severity: 'warning',
    });
    expect(m?.rejected).toEqual([
      expect.objectContaining({
        kind: 'equipment',
        key: 'CONTAINER',
        segmentRange: { from: 11, to: 18 },
      }),
    ]);
    const d = m?.rejected[0]?.diagnostics[0];
    expect([d?.code, d?.at?.segment, d?.at?.tag, d?.at?.element]).toEqual([
      'container-number.length',
      17,
      'EQD',
      2,
    ]);
    expect(m?.diagnostics.map((x) => x.code)).toEqual(
      expect.arrayContaining(['imo.format', 'locode.format']),
    );
  });
});

describe('BAPLIE round trip', () => {
  it('reads back generated equipment aboard, vessel and port call', () => {
    const arb = fc.tuple(
      imoArb,
      locodeArb,
      minuteArb,
      fc.array(unitArb(true), { minLength: 1, maxLength: 8 }),
    );
    fc.assert(
      fc.property(arb, ([imo, port, ata, units]) => {
        const equipment: Equipment[] = units.map((u, i) => ({
          ...u,
          containerNumber: containerNumber('TGH', 5000 + i),
        }));
        const vessel = { imo, name: 'MSC ZOE', flag: unwrap(parseCountryCode('PA')) };
        const portCall = { vesselImo: imo, voyageNumber: '118E', port, ata };
        const [m] = readAndMap(
          writeBaplie({
            envelope: TEST_ENVELOPE,
            vessel,
            portCall,
            equipment,
          }),
        );
        expect(m?.diagnostics).toEqual([]);
        expect(m?.records.equipment).toEqual(equipment);
        expect(m?.records.vessels).toEqual([vessel]);
        expect(m?.records.portCalls).toEqual([portCall]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });
});
