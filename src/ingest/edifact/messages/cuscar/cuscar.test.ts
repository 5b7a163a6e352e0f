import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInterchange } from '../../syntax/read-interchange.ts';
import { mapMessage } from '../../map-message.ts';
import { consignmentsArb } from '../common/cargo-arbitraries.ts';
import { imoArb, locodeArb, minuteArb } from '../common/identifier-arbitraries.ts';
import { messageFromBody } from '../common/message-from-body.ts';
import { buildCuscarBody, writeCuscar, type CuscarInput } from './cuscar-writer.ts';

const envelope = {
  sender: 'CARRIER',
  recipient: 'CUSTOMS',
  controlReference: 'CR1',
  preparedAt: '2024-03-01T10:00:00Z',
  syntax: 'UNOC' as const,
};

function mapText(text: string) {
  const read = readInterchange(text);
  expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return read.messages.map((m) => mapMessage(m, { source: 'test.edi' }));
}

const cuscarInputArb = fc
  .tuple(
    imoArb,
    fc.stringMatching(/^[0-9]{3}[EWNS]$/),
    locodeArb,
    minuteArb,
    fc.constantFrom('D95B' as const, 'D96A' as const, 'D00B' as const),
  )
  .chain(([imo, voyage, port, eta, directory]) =>
    consignmentsArb({ vesselImo: imo, voyageNumber: voyage }).map((consignments): CuscarInput => ({
      envelope,
      directory,
      documentNumber: `M${voyage}`,
      function: 'original',
      consignments,
      vessel: { imo, name: 'SEA STAR' },
      portCall: { vesselImo: imo, voyageNumber: voyage, port, terminal: 'PSA-869', eta },
    })),
  );

describe('CUSCAR round trip', () => {
  it('maps the writer body in memory the same as through the serialised interchange', () => {
    fc.assert(
      fc.property(cuscarInputArb, (input) => {
        const [viaText] = mapText(writeCuscar(input));
        const id = {
          type: 'CUSCAR',
          version: 'D',
          release: input.directory?.slice(1) ?? '95B',
          agency: 'UN',
          reference: '1',
        };
        const inMemory = mapMessage(messageFromBody(id, buildCuscarBody(input), 'CR1'));
        expect(inMemory.records).toEqual(viaText?.records);
      }),
      { numRuns: 10 },
    );
  });

  it('reads back generated consignments, vessel and port call exactly', () => {
    fc.assert(
      fc.property(cuscarInputArb, (input) => {
        const [mapped] = mapText(writeCuscar(input));
        expect(mapped?.diagnostics).toEqual([]);
        expect(mapped?.records.consignments).toEqual(input.consignments);
        expect(mapped?.records.vessels).toEqual([input.vessel]);
        expect(mapped?.records.portCalls).toEqual([input.portCall]);
        expect(mapped?.directory).toBe(input.directory);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });
});

// A hand-written D96A report: two consignments, the second stuffed in a container whose check
// digit is wrong (MSCU1234560; the right digit is 5), and one with a bad HS code.
const REPORT = [
  "UNA:+.? '",
  "UNB+UNOC:3+MAEU+BECUS+240301:1000+77'",
  "UNH+1+CUSCAR:D:96A:UN'",
  "BGM+85+MANIF-1+5'",
  "TDT+20+412W+1++MAEU:172:182+++9321483:146:11:MAERSK ESSEN:DK'",
  "LOC+11+BEANR:139:6+K1742:TER:ZZZ'",
  "DTM+132:202403051400:203'",
  "EQD+CN+MSKU1234565+45R1:102:5+++5'",
  "TMP+2+13.5:CEL'",
  "SEL+ML-778899+CA'",
  "EQD+CN+MSCU1234560+45G1:102:5+++5'",
  "CNI+1'",
  "RFF+BM:MAEU240001'",
  "LOC+9+ECGYE:139:6'",
  "LOC+13+PAMIT:139:6'",
  "LOC+11+BEANR:139:6'",
  "NAD+CZ+++FRUTAS DEL PACIFICO S.A.+AV. 9 DE OCTUBRE 100+GUAYAQUIL++090101+EC'",
  "NAD+CN+BE0123456789:EORI++ANTWERP FRESH IMPORTS BV+KAAI 730+ANTWERPEN++2030+BE'",
  "GID+1+1080:CT'",
  "FTX+AAA+++FRESH BANANAS'",
  "MEA+WT+G+KGM:21600'",
  "SGP+MSKU1234565'",
  "CST++080390:HS'",
  "CNI+2'",
  "RFF+BM:MAEU240002'",
  "LOC+9+COCTG:139:6'",
  "LOC+11+BEANR:139:6'",
  "NAD+CN+++IMPORT HOUSE NV'",
  "GID+1+20:BG'",
  "FTX+AAA+++COFFEE'",
  "SGP+MSCU1234560'",
  "CST++09011X:HS'",
  "UNT+30+1'",
  "UNZ+1+77'",
].join('\n');

describe('CUSCAR mapping', () => {
  const [m] = mapText(REPORT);

  it('reads the header: replacement, vessel, port call', () => {
    expect(m?.function).toBe('replace');
    expect(m?.documentNumber).toBe('MANIF-1');
    expect(m?.records.vessels).toEqual([{ imo: '9321483', name: 'MAERSK ESSEN', flag: 'DK' }]);
    expect(m?.records.portCalls).toEqual([
      {
        vesselImo: '9321483',
        voyageNumber: '412W',
        port: 'BEANR',
        terminal: 'K1742',
        eta: '2024-03-05T14:00:00.000Z',
      },
    ]);
  });

  it('maps the valid consignment with route, parties, goods and reefer equipment', () => {
    expect(m?.records.consignments).toHaveLength(1);
    const c = m?.records.consignments[0];
    expect(c?.billNumber).toBe('MAEU240001');
    expect(c?.route).toEqual({
      portOfLoading: 'ECGYE',
      transshipmentPorts: ['PAMIT'],
      portOfDischarge: 'BEANR',
    });
    expect(c?.parties[1]).toEqual({
      role: 'consignee',
      name: 'ANTWERP FRESH IMPORTS BV',
      identifiers: { eori: 'BE0123456789' },
      address: { street: 'KAAI 730', city: 'ANTWERPEN', postcode: '2030', country: 'BE' },
    });
    expect(c?.goods[0]).toMatchObject({
      hsCode: '080390',
      packages: { count: 1080, kind: 'CT' },
      grossWeightKg: 21600,
      containerNumbers: ['MSKU1234565'],
    });
    expect(c?.equipment).toEqual([
      {
        containerNumber: 'MSKU1234565',
        isoSizeType: '45R1',
        fullEmpty: 'full',
        seals: [{ number: 'ML-778899', source: 'CAR' }],
        reefer: { temperatureC: 13.5, active: true },
      },
    ]);
    expect(c?.vesselImo).toBe('9321483');
  });

  it('rejects the consignment in the bad container with the exact places of its faults', () => {
    expect(m?.rejected).toHaveLength(1);
    const r = m?.rejected[0];
    expect(r?.kind).toBe('consignment');
    expect(r?.key).toBe('MAEU240002');
    expect(r?.segmentRange).toEqual({ from: 22, to: 30 });
    const at = r?.diagnostics.map((d) => [
      d.code,
      d.at?.segment,
      d.at?.tag,
      d.at?.element,
      d.at?.component,
    ]);
    expect(at).toContainEqual(['container-number.check-digit', 29, 'SGP', 1, 1]);
    expect(at).toContainEqual(['container-number.check-digit', 9, 'EQD', 2, 1]);
    expect(at).toContainEqual(['hs.format', 30, 'CST', 2, 1]);
  });

  it('checks HS codes and UN/LOCODEs for existence through the lookups given', () => {
    const read = readInterchange(REPORT);
    const strict = mapMessage(read.messages[0]!, {
      lookups: { hs6: (h) => h !== '080390', locode: (l) => l !== 'PAMIT' },
    });
    expect(strict.records.consignments).toEqual([]);
    const codes = strict.rejected[0]?.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['hs.unknown', 'locode.unknown']));
  });
});

describe('CUSCAR header variants', () => {
  const body = (fn: string, dir: string) =>
    REPORT.replace("BGM+85+MANIF-1+5'", `BGM+85+MANIF-1${fn}'`).replace(
      'CUSCAR:D:96A',
      `CUSCAR:D:${dir}`,
    );

  it('reads function 1 as a cancellation and reports other codes', () => {
    expect(mapText(body('+1', '96A'))[0]?.function).toBe('cancel');
    const odd = mapText(body('+4', '96A'))[0];
    expect(odd?.function).toBe('original');
    expect(odd?.diagnostics.find((d) => d.code === 'bgm.function-unsupported')?.at).toMatchObject({
      segment: 2,
      tag: 'BGM',
      element: 3,
    });
  });

  it('takes the bill number from CNI C503 when there is no RFF+BM', () => {
    const m = mapText(REPORT.replace("CNI+1'\nRFF+BM:MAEU240001'", "CNI+1+MAEU240009'"))[0];
    expect(m?.records.consignments[0]?.billNumber).toBe('MAEU240009');
  });

  it('rejects a consignment without any bill number', () => {
    const m = mapText(REPORT.replace("RFF+BM:MAEU240001'", "RFF+BN:BK1'"))[0];
    expect(
      m?.rejected.map((r) => [r.key, r.diagnostics.map((d) => [d.code, d.at?.segment])]),
    ).toContainEqual(['CNI 1', [['cuscar.bill-missing', 10]]]);
  });

  it('maps an unknown directory with a warning', () => {
    const m = mapText(body('+9', '99Z'))[0];
    expect(m?.directory).toBe('D99Z');
    expect(m?.diagnostics.find((d) => d.code === 'edifact.directory-unsupported')?.severity).toBe(
      'warning',
    );
    expect(m?.records.consignments).toHaveLength(1);
  });
});

describe('CUSCAR without consignments', () => {
  it('names the EQD outside any consignment in an error when the message has no CNI group', () => {
    const lines = REPORT.split('\n');
    const strayOnly = [...lines.slice(0, 7), "EQD+CN+MSKU1234565+45R1:102:5+++5'", "UNT+8+1'"]
      .concat(lines.slice(-1))
      .join('\n');
    const [m] = mapText(strayOnly);
    expect(m?.records.consignments).toEqual([]);
    const empty = m?.diagnostics.find((d) => d.code === 'edifact.message-empty');
    expect(empty?.severity).toBe('error');
    expect(empty?.message).toContain('EQD MSKU1234565 is outside any consignment');
    expect(empty?.at).toMatchObject({ segment: 6, tag: 'EQD', message: '1', source: 'test.edi' });
  });

  it('places the error at BGM when the message holds nothing at all', () => {
    const lines = REPORT.split('\n');
    const bare = [...lines.slice(0, 4), "UNT+2+1'", ...lines.slice(-1)].join('\n');
    const [m] = mapText(bare);
    const empty = m?.diagnostics.find((d) => d.code === 'edifact.message-empty');
    expect(empty?.at).toMatchObject({ segment: 2, tag: 'BGM' });
    expect(empty?.message).toContain('holds no consignment');
  });

  it('reports nothing of the kind for a cancellation, which may name no bill', () => {
    const lines = REPORT.split('\n');
    const cancel = [...lines.slice(0, 3), "BGM+85+MANIF-1+1'", "UNT+2+1'", ...lines.slice(-1)];
    const [m] = mapText(cancel.join('\n'));
    expect(m?.function).toBe('cancel');
    expect(m?.diagnostics.map((d) => d.code)).not.toContain('edifact.message-empty');
  });
});
