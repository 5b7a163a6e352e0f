// An upload holding a NUL character (U+0000), which PostgreSQL cannot store in text or JSON, is
// refused with the place of the character, its bytes kept, nothing else stored: EDIFACT, CSV and
// DCSA JSON (raw or as the `\u0000` escape).
import { expect, it } from 'vitest';
import { getRawMessage } from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';
import { carrier, consignments, cuscar, services } from './intake-fixtures.ts';

const CSV = [
  'Bill Number;BL Kind;SCAC;IMO;Voyage;POL;Transshipment Ports;POD;Shipper Name;Shipper Country;HS Code;Goods Description;Packages;Package Type;Gross Weight;Container No;Size Type',
  'MAEU245678901;master;MAEU;9321483;2409N;ECGYE;PAMIT;BEANR;Frutas\u0000 del Sol SA;EC;0803.90;Fresh bananas;1200;CT;21600;MSKU9070323;45R1',
].join('\n');

function edifactWithNul(): string {
  const text = new TextDecoder().decode(cuscar('DOC-NUL-1', consignments(1, 9100)));
  const at = text.indexOf('NAD+CZ') + 12;
  return `${text.slice(0, at)}\u0000${text.slice(at + 1)}`;
}

describeEachEngine('uploads with a NUL character', (getDb) => {
  const cases: [string, () => string, string, string][] = [
    ['EDIFACT', edifactWithNul, 'application/edifact', 'Line 1'],
    ['CSV', () => CSV, 'text/csv', 'Line 2, column 65'],
    [
      'DCSA JSON escape',
      () => '{"events":[{"note":"a\\u0000b"}]}',
      'application/json',
      'Line 1, column 22',
    ],
  ];
  for (const [name, body, contentType, place] of cases) {
    it(`${name}: rejected with the character's place, the bytes kept`, async () => {
      const { actor } = await carrier(getDb());
      const bytes = new TextEncoder().encode(body());
      const { acknowledgement: ack } = await services(getDb()).intake.submit(actor, {
        bytes,
        contentType,
      });
      expect(ack.status).toBe('rejected');
      expect(ack.units).toEqual([]);
      const [d] = ack.diagnostics;
      expect(d?.code).toBe('intake.nul-character');
      expect(d?.message).toContain(place);
      expect((await getRawMessage(getDb().db, ack.rawMessage.id))?.bytes).toEqual(bytes);
    });
  }
});
