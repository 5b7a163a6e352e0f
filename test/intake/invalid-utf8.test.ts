// A CSV manifest or DCSA JSON upload with bytes that are not UTF-8 (here a Latin-1 export) is
// refused with the place of the first such byte and its raw bytes kept, instead of being stored
// with U+FFFD in place of the character.
import { expect, it } from 'vitest';
import { getRawMessage } from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';
import { carrier, services } from './intake-fixtures.ts';

const CSV_LATIN1 = Buffer.from(
  [
    'Bill Number;BL Kind;SCAC;IMO;Voyage;POL;Transshipment Ports;POD;Shipper Name;Shipper Country;HS Code;Goods Description;Packages;Package Type;Gross Weight;Container No;Size Type',
    'MAEU245678901;master;MAEU;9321483;2409N;ECGYE;PAMIT;BEANR;Frutas del Sol Compañía SA;EC;0803.90;Fresh bananas;1200;CT;21600;MSKU9070323;45R1',
  ].join('\n'),
  'latin1',
);
const JSON_LATIN1 = Buffer.from('{"events":[{"note":"Bahía"}]}', 'latin1');

describeEachEngine('uploads that are not UTF-8', (getDb) => {
  const cases: [string, Uint8Array, string, string][] = [
    ['CSV', CSV_LATIN1, 'text/csv', 'Line 2, column 79 (byte 255): byte 0xF1'],
    ['DCSA JSON', JSON_LATIN1, 'application/json', 'Line 1, column 24 (byte 23): byte 0xED'],
  ];
  for (const [name, bytes, contentType, place] of cases) {
    it(`${name}: rejected at the first such byte, the bytes kept`, async () => {
      const { actor } = await carrier(getDb());
      const { acknowledgement: ack } = await services(getDb()).intake.submit(actor, {
        bytes,
        contentType,
      });
      expect(ack.status).toBe('rejected');
      expect(ack.units).toEqual([]);
      expect(ack.diagnostics.map((d) => d.code)).toEqual(['intake.invalid-utf8']);
      expect(ack.diagnostics[0]?.message).toContain(place);
      expect((await getRawMessage(getDb().db, ack.rawMessage.id))?.bytes).toEqual(
        new Uint8Array(bytes),
      );
    });
  }
});
