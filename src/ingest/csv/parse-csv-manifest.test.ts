// CSV manifests: header resolution, grouping into consignments, positioned diagnostics,
// per-bill quarantine, and core → CSV → core round trips.
import { describe, expect, it } from 'vitest';
import type { Consignment } from '../../core/cargo/consignment.ts';
import { parseContainerNumber } from '../../core/identifiers/container-number.ts';
import { parseEori } from '../../core/identifiers/eori.ts';
import { parseHsCode } from '../../core/identifiers/hs-code.ts';
import { parseImoNumber } from '../../core/identifiers/imo-number.ts';
import { parseScac } from '../../core/identifiers/scac.ts';
import { parseUnLocode } from '../../core/identifiers/un-locode.ts';
import { parseCountryCode } from '../../core/identifiers/country-code.ts';
import { unwrap } from '../../core/result.ts';
import { parseCsvManifest } from './parse-csv-manifest.ts';
import { writeCsvManifest } from './write-csv-manifest.ts';

const loc = (s: string) => unwrap(parseUnLocode(s));
const box = (s: string) => unwrap(parseContainerNumber(s));
const codes = (
  ds: readonly { code: string; severity: string; at?: { record?: number; field?: string } }[],
  severity = 'error',
) =>
  ds
    .filter((d) => d.severity === severity)
    .map((d) => `${d.code} ${d.at?.record ?? ''} ${d.at?.field ?? ''}`.trim());

const MANIFEST = [
  'Bill Number;BL Kind;SCAC;IMO;Voyage;POL;Transshipment Ports;POD;Shipper Name;Shipper Country;Consignee Name;Consignee EORI;HS Code;Goods Description;Packages;Package Type;Gross Weight;Container No;Size Type;Seals;Reefer Temperature;Colour',
  'MAEU245678901;master;MAEU;9321483;2409N;ECGYE;PAMIT;BEANR;Frutas del Sol SA;EC;Antwerp Fresh BV;BE0123456789;0803.90;Fresh bananas;1200;CT;21600;MSKU9070323;45R1;ML-445566;13.5;yellow',
  'MAEU245678901;master;MAEU;9321483;2409N;ECGYE;PAMIT;BEANR;Frutas del Sol SA;EC;Antwerp Fresh BV;BE0123456789;0803.90;Fresh bananas;1200;CT;21600;TGHU1234567;45R1;ML-445567;13.5;yellow',
  'MAEU245678902;house;MAEU;9321483;2409N;ECGYE;;BEANR;Quito Flowers;EC;;;060311;Roses;300;BX;2400;MSKU907032;22G1;;;',
].join('\n');

describe('parseCsvManifest', () => {
  const r = parseCsvManifest(MANIFEST, 'manifest.csv');

  it('resolves aliased, case-insensitive headers and warns about unknown columns', () => {
    expect(codes(r.diagnostics, 'warning')).toEqual(['csv.unknown-column 1 Colour']);
  });

  it('groups rows by bill and maps the good bill with exact values', () => {
    expect(r.records.consignments).toHaveLength(1);
    const c = r.records.consignments[0];
    expect(c).toEqual({
      billNumber: 'MAEU245678901',
      billKind: 'master',
      carrier: 'MAEU',
      vesselImo: '9321483',
      voyageNumber: '2409N',
      route: { portOfLoading: 'ECGYE', transshipmentPorts: ['PAMIT'], portOfDischarge: 'BEANR' },
      parties: [
        { role: 'shipper', name: 'Frutas del Sol SA', address: { country: 'EC' } },
        { role: 'consignee', name: 'Antwerp Fresh BV', identifiers: { eori: 'BE0123456789' } },
      ],
      goods: [
        {
          sequence: 1,
          hsCode: '080390',
          description: 'Fresh bananas',
          packages: { count: 1200, kind: 'CT' },
          grossWeightKg: 21600,
          containerNumbers: ['MSKU9070323'],
        },
        {
          sequence: 2,
          hsCode: '080390',
          description: 'Fresh bananas',
          packages: { count: 1200, kind: 'CT' },
          grossWeightKg: 21600,
          containerNumbers: ['TGHU1234567'],
        },
      ],
      equipment: [
        {
          containerNumber: 'MSKU9070323',
          isoSizeType: '45R1',
          seals: [{ number: 'ML-445566' }],
          reefer: { temperatureC: 13.5, active: true },
        },
        {
          containerNumber: 'TGHU1234567',
          isoSizeType: '45R1',
          seals: [{ number: 'ML-445567' }],
          reefer: { temperatureC: 13.5, active: true },
        },
      ],
    });
  });

  it('quarantines the bill with a short container number, naming record and column', () => {
    expect(codes(r.diagnostics)).toEqual(['container-number.length 4 Container No']);
    expect(codes(r.diagnostics, 'info')).toEqual(['csv.consignment-rejected 4']);
    expect(r.diagnostics.find((d) => d.severity === 'error')?.at).toEqual({
      source: 'manifest.csv',
      record: 4,
      line: 4,
      field: 'Container No',
    });
  });

  it('merges rows with the same item_number into one goods item in several containers', () => {
    const text = [
      'bill_number,port_of_loading,port_of_discharge,item_number,description,packages,container_number',
      'B1,COCTG,NLRTM,1,Coffee,640,MSKU9070323',
      'B1,COCTG,NLRTM,1,Coffee,640,TGHU1234567',
    ].join('\n');
    const [c] = parseCsvManifest(text).records.consignments;
    expect(c?.goods).toEqual([
      {
        sequence: 1,
        description: 'Coffee',
        packages: { count: 640 },
        containerNumbers: ['MSKU9070323', 'TGHU1234567'],
      },
    ]);
    expect(c?.equipment.map((e) => e.containerNumber)).toEqual(['MSKU9070323', 'TGHU1234567']);
  });

  it('reports bad cells with their record and column, and conflicting bill columns as warnings', () => {
    const text = [
      'bill_number,vessel_imo,port_of_loading,port_of_discharge,description,packages,gross_weight_kg,net_weight_kg,hs_code',
      'B1,9321483,COCTG,NLRTM,Coffee,six,100,90,0901',
      'B2,9321484,COCTG,NL RTM,Tea,5,100,120,090240',
      'B2,9321483,COCTG,NL RTM,Tea,5,100,90,090240',
    ].join('\n');
    const res = parseCsvManifest(text);
    expect(codes(res.diagnostics)).toEqual([
      'hs.format 2 hs_code',
      'csv.number 2 packages',
      'imo.check-digit 3 vessel_imo',
    ]);
    expect(codes(res.diagnostics, 'warning')).toEqual([
      'csv.net-above-gross 3 net_weight_kg',
      'csv.conflicting-value 4 vessel_imo',
    ]);
    expect(res.records.consignments).toEqual([]);
  });

  it('reports missing required columns at the header and maps nothing', () => {
    const res = parseCsvManifest('bill_number,description\nB1,Coffee\n');
    expect(codes(res.diagnostics)).toEqual([
      'csv.missing-column 1 port_of_loading',
      'csv.missing-column 1 port_of_discharge',
      'csv.missing-column 1 packages',
    ]);
  });

  it('keeps the rows before an unclosed quote and reports the syntax error', () => {
    const text =
      'bill_number,port_of_loading,port_of_discharge,description,packages\nB1,COCTG,NLRTM,Coffee,5\nB2,COCTG,NLRTM,"Tea,5\n';
    const res = parseCsvManifest(text);
    expect(res.diagnostics[0]).toMatchObject({ code: 'csv.syntax', severity: 'error' });
    expect(res.records.consignments.map((c) => c.billNumber)).toEqual(['B1']);
  });

  it('warns about an empty manifest', () => {
    expect(codes(parseCsvManifest('').diagnostics)).toContain('csv.missing-column 1 bill_number');
    expect(
      codes(
        parseCsvManifest('bill_number,port_of_loading,port_of_discharge,description,packages\n')
          .diagnostics,
        'warning',
      ),
    ).toEqual(['csv.no-rows']);
  });
});

describe('writeCsvManifest round trip', () => {
  const consignment: Consignment = {
    billNumber: 'HLCU-GYE-77120',
    billKind: 'house',
    masterBillNumber: 'HLCUGYE2409001',
    carrier: unwrap(parseScac('HLCU')),
    bookingReference: 'BK 2024/889',
    vesselImo: unwrap(parseImoNumber('9321483')),
    voyageNumber: '2409N',
    route: {
      placeOfReceipt: loc('ECUIO'),
      portOfLoading: loc('ECGYE'),
      transshipmentPorts: [loc('PAMIT'), loc('ESALG')],
      portOfDischarge: loc('BEANR'),
      placeOfDelivery: loc('DEDUS'),
    },
    parties: [
      {
        role: 'shipper',
        name: 'Exportadora "El Oro", S.A.',
        address: {
          street: 'Av. 9 de Octubre 100',
          city: 'Guayaquil',
          postcode: '090313',
          country: unwrap(parseCountryCode('EC')),
        },
      },
      {
        role: 'consignee',
        name: 'Rhein Frucht GmbH',
        address: { city: 'Düsseldorf', country: unwrap(parseCountryCode('DE')) },
        identifiers: { eori: unwrap(parseEori('DE1234567')) },
      },
      { role: 'notify', name: 'Same as consignee' },
      {
        role: 'forwarder',
        name: 'Scheldt Logistics NV',
        address: { street: 'Noorderlaan 1', city: 'Antwerpen' },
      },
    ],
    goods: [
      {
        sequence: 1,
        hsCode: unwrap(parseHsCode('08039010')),
        description: 'Bananas, fresh\nCavendish',
        packages: { count: 1080, kind: 'CT' },
        grossWeightKg: 19980.5,
        netWeightKg: 19440,
        volumeM3: 58.2,
        marks: 'EL ORO; 1-1080',
        containerNumbers: [box('MSKU9070323'), box('TGHU1234567')],
      },
      { sequence: 2, description: 'Dunnage', packages: { count: 2 }, containerNumbers: [] },
    ],
    equipment: [
      {
        containerNumber: box('MSKU9070323'),
        isoSizeType: '45R1',
        seals: [{ number: 'ML-1' }, { number: 'CUS-9' }],
        reefer: { temperatureC: 13.3, active: true },
      },
      { containerNumber: box('TGHU1234567'), isoSizeType: '45R1', seals: [] },
    ],
  };
  const master: Consignment = {
    billNumber: 'HLCUGYE2409001',
    billKind: 'master',
    route: { portOfLoading: loc('ECGYE'), transshipmentPorts: [], portOfDischarge: loc('BEANR') },
    parties: [],
    goods: [
      {
        sequence: 1,
        description: 'Consolidated cargo',
        packages: { count: 1 },
        containerNumbers: [],
      },
    ],
    equipment: [],
  };

  it('core → CSV → core is the identity, quoting commas, quotes and newlines', () => {
    const text = writeCsvManifest([consignment, master]);
    const back = parseCsvManifest(text);
    expect(back.diagnostics).toEqual([]);
    expect(back.records.consignments).toEqual([consignment, master]);
  });
});
