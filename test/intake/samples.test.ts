// Every EDIFACT and DCSA sample of the fixtures goes through the intake: each is acknowledged,
// its raw bytes kept, and the known-bad ones answered with their exact diagnostics and positions
// while their good records are accepted.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Diagnostic, Position } from '../../src/core/diagnostic.ts';
import type { Acknowledgement } from '../../src/services/intake/acknowledgement.ts';
import { createIntakeService } from '../../src/services/intake/intake.service.ts';
import { referenceLookups } from '../../src/services/intake/reference-lookups.ts';
import { getRawMessage } from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';
import { carrier, clock } from './intake-fixtures.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

interface Expected {
  readonly status: Acknowledgement['status'];
  readonly format?: string | undefined;
  /** Accepted records over all units: consignments + equipment + events. */
  readonly accepted: number;
  /** Keys of quarantined records, in order. */
  readonly quarantined?: readonly string[];
  /** Diagnostics that must be there, each with the position it must point at. */
  readonly diagnostics?: readonly (readonly [string, Position])[];
}

const SAMPLES: Readonly<Record<string, Expected>> = {
  'edifact/baplie_d04b_synthetic.edi': {
    status: 'rejected',
    accepted: 0,
    quarantined: ['CONTAINER'],
    diagnostics: [['container-number.length', { segment: 17, tag: 'EQD', element: 2 }]],
  },
  'edifact/baplie_d95b_smdg20_oocl-beijing_uslgb.edi': {
    status: 'accepted-with-warnings',
    accepted: 3,
    diagnostics: [['bgm.function-missing', { tag: 'BGM', element: 3 }]],
  },
  'edifact/coarri_d95b_itg13_cosco-africa_itgoa.edi': { status: 'accepted', accepted: 21 },
  'edifact/coprar_d95b_msk.edi': {
    status: 'rejected',
    accepted: 0,
    quarantined: ['MSTI6415664', 'MSTI6415664'],
    diagnostics: [
      ['container-number.category', { message: '638', segment: 10, tag: 'EQD' }],
      ['container-number.category', { message: '638', segment: 19, tag: 'EQD' }],
      ['edifact.unt.count-mismatch', { segment: 29, tag: 'UNT', element: 1 }],
      ['edifact.unb.missing', { segment: 1, tag: 'UNH' }],
    ],
  },
  'edifact/iftsta_d00b_rail_csx.edi': {
    status: 'rejected',
    accepted: 0,
    quarantined: ['TRHU4561222/P'],
    diagnostics: [
      ['container-number.check-digit', { message: '2805567', segment: 30, tag: 'EQD' }],
      ['edifact.unz.reference-mismatch', { segment: 33, tag: 'UNZ', element: 2 }],
    ],
  },
  'edifact/syntax_release_character_paores.edi': {
    status: 'rejected',
    accepted: 0,
    diagnostics: [['edifact.message-type-unsupported', { segment: 1, tag: 'UNH', element: 2 }]],
  },
  'edifact/syntax_single_line_wrapped.edi': {
    status: 'rejected',
    accepted: 0,
    diagnostics: [['edifact.message-type-unsupported', { tag: 'UNH' }]],
  },
  'dcsa/tnt/tnt-220-response.json': { status: 'accepted', accepted: 4 },
  'dcsa/tnt/tnt-220-response-wrong-attribute-values.json': {
    status: 'partially-accepted',
    accepted: 1,
    quarantined: ['/2'],
    diagnostics: [['container-number.check-digit', { pointer: '/2/equipmentReference' }]],
  },
  'dcsa/tnt/tnt-220-response-wrong-date-times.json': {
    status: 'rejected',
    accepted: 0,
    quarantined: ['/1', '/2', '/3', '/4', '/5'],
    diagnostics: [
      ['dcsa.required', { pointer: '/1/eventCreatedDateTime' }],
      ['dcsa.date-time', { pointer: '/4/eventDateTime' }],
      ['dcsa.actual-after-created', { pointer: '/5/eventDateTime' }],
    ],
  },
  'dcsa/tnt/tnt-220-response-wrong-structure.json': {
    status: 'rejected',
    accepted: 0,
    diagnostics: [['dcsa.not-an-event', {}]],
  },
  'dcsa/tnt/tnt-300-request-equipment.json': { status: 'accepted', accepted: 1 },
  // Valid events of kinds the cargo model does not keep: nothing to file, so not "accepted".
  'dcsa/tnt/tnt-300-request-reefer.json': {
    status: 'rejected',
    accepted: 0,
    diagnostics: [
      ['dcsa.event-not-mapped', { pointer: '/events/0' }],
      ['intake.no-records', {}],
    ],
  },
  'dcsa/tnt/tnt-300-request-shipment.json': {
    status: 'rejected',
    accepted: 0,
    diagnostics: [
      ['dcsa.event-not-mapped', { pointer: '/events/0' }],
      ['intake.no-records', {}],
    ],
  },
  'dcsa/tnt/tnt-300-request-transport.json': { status: 'accepted', accepted: 1 },
  'dcsa/tnt/tnt-300-response.json': {
    status: 'partially-accepted',
    accepted: 1,
    quarantined: ['/events/1'],
    diagnostics: [
      [
        'imo.check-digit',
        { pointer: '/events/1/transportDetails/transportCall/vesselTransport/vesselIMONumber' },
      ],
    ],
  },
  // Booking, eBL and VGM payloads are not event feeds: each is refused as an unknown format,
  // its bytes kept.
  ...Object.fromEntries(
    [
      'booking-api-2.0.0-dg',
      'booking-api-2.0.0-reefer',
      'booking-api-2.0.0-regular',
      'ebl-api-3.0.0-dg',
      'ebl-api-3.0.0-negotiable-bl',
      'ebl-api-3.0.0-request',
      'ebl-api-3.0.0-straight-bl',
      'vgm-api-100-post-request',
    ].map((name): [string, Expected] => [
      `dcsa/other/${name}.json`,
      {
        status: 'rejected',
        accepted: 0,
        format: undefined,
        diagnostics: [['intake.format-unknown', { offset: 0 }]],
      },
    ]),
  ),
};

function allDiagnostics(ack: Acknowledgement): Diagnostic[] {
  return [...ack.diagnostics, ...ack.units.flatMap((u) => u.diagnostics)];
}

function acceptedOf(ack: Acknowledgement): number {
  return ack.units
    .map((u) => u.accepted)
    .reduce((n, a) => n + a.consignments + a.equipment + a.containerEvents + a.transportEvents, 0);
}

/** Every sample file copied into the fixtures, so none is left out of the table above. */
function sampleFiles(): string[] {
  const dirs = ['edifact', 'dcsa/tnt', 'dcsa/other'];
  return dirs.flatMap((dir) =>
    readdirSync(path.join(fixtures, dir))
      .filter((f) => /\.(edi|json)$/.test(f))
      .map((f) => `${dir}/${f}`),
  );
}

it('has an expectation for every sample in the fixtures', () => {
  expect(Object.keys(SAMPLES).sort()).toEqual(sampleFiles().sort());
});

describeEachEngine('intake of every sample', (getDb) => {
  for (const [name, expected] of Object.entries(SAMPLES)) {
    it(name, async () => {
      const { actor } = await carrier(getDb());
      const intake = createIntakeService({ database: getDb(), clock, lookups: referenceLookups() });
      const bytes = new Uint8Array(readFileSync(path.join(fixtures, name)));
      const contentType = name.includes('/tnt/') ? 'application/json' : 'application/octet-stream';
      const { acknowledgement: ack } = await intake.submit(actor, {
        bytes,
        contentType,
        filename: path.basename(name),
      });
      expect(ack.status).toBe(expected.status);
      expect(acceptedOf(ack)).toBe(expected.accepted);
      expect(ack.units.flatMap((u) => u.quarantined.map((q) => q.key))).toEqual(
        expected.quarantined ?? [],
      );
      const found = allDiagnostics(ack);
      for (const [code, at] of expected.diagnostics ?? []) {
        const match = found.filter((d) => d.code === code);
        expect(match.map((d) => d.at)).toContainEqual(expect.objectContaining(at));
      }
      if ('format' in expected) expect(ack.format).toBe(expected.format);
      expect((await getRawMessage(getDb().db, ack.rawMessage.id))?.bytes).toEqual(bytes);
    });
  }
});
