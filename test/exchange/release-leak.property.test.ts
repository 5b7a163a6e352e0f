// Property: random objects, markings and recipients never leak past the gate — nothing denied is
// sent, nothing internal is sent, and what is sent satisfies every marking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgencyId } from '../../src/exchange/markings/agency-id.ts';
import {
  INFORMATION_ACCURACIES,
  SOURCE_RELIABILITIES,
} from '../../src/exchange/markings/evaluation.ts';
import type { Handling } from '../../src/exchange/markings/handling-code.ts';
import type { Markings } from '../../src/exchange/markings/markings.ts';
import { H0_PURPOSES, PURPOSES } from '../../src/exchange/markings/purpose.ts';
import { TLP_LEVELS } from '../../src/exchange/markings/tlp.ts';
import type { Lookout } from '../../src/exchange/objects/lookout.ts';
import type { Recipient } from '../../src/exchange/release/recipient.ts';
import { releaseFor } from '../../src/exchange/release/release-for.ts';
import { toStixBundle } from '../../src/exchange/stix/to-stix-bundle.ts';
import {
  agency,
  ANTWERP,
  CBP,
  community,
  NOW,
  ROTTERDAM,
  usLookout,
} from './support/exchange-fixtures.ts';

const AGENCIES = [ANTWERP, CBP, ROTTERDAM, agency('fr-douane-le-havre'), agency('de-zoll-hamburg')];
const COMMUNITIES = [
  community('be-us-bilateral'),
  community('eu-ports-coalition'),
  community('north-sea-ports'),
];
const DAY = 86_400_000;

const handling: fc.Arbitrary<Handling> = fc.oneof(
  fc.constantFrom<Handling>({ code: 'H0' }, { code: 'H1' }, { code: 'H2' }),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .map((restriction): Handling => ({ code: 'H3', restriction })),
);

const markingsArb: fc.Arbitrary<Markings> = fc.record(
  {
    tlp: fc.constantFrom(...TLP_LEVELS),
    handling,
    evaluation: fc.record({
      reliability: fc.constantFrom(...SOURCE_RELIABILITIES),
      accuracy: fc.constantFrom(...INFORMATION_ACCURACIES),
    }),
    releasability: fc.record({
      communities: fc.subarray(COMMUNITIES),
      agencies: fc.subarray(AGENCIES),
    }),
    purpose: fc.constantFrom(...PURPOSES),
    expiresAt: fc
      .integer({ min: -3 * DAY, max: 3 * DAY })
      .map((d) => new Date(NOW + d).toISOString()),
    owner: fc.constantFrom(...AGENCIES),
    onwardSharing: fc.boolean(),
    receivedFrom: fc.constantFrom(...AGENCIES),
  },
  {
    requiredKeys: [
      'tlp',
      'handling',
      'evaluation',
      'releasability',
      'purpose',
      'owner',
      'onwardSharing',
    ],
  },
);

const recipientArb: fc.Arbitrary<Recipient> = fc.record({
  agency: fc.constantFrom(...AGENCIES),
  communities: fc.subarray(COMMUNITIES),
  purposes: fc.subarray([...PURPOSES]),
});

const lookoutArb = (n: number): fc.Arbitrary<Lookout> =>
  fc
    .record({ markings: markingsArb, secret: fc.uuid({ version: 4 }) })
    .map(({ markings, secret }) => ({
      ...usLookout,
      id: `indicator--${secret.slice(0, 35)}${n}`, // unique within a batch
      markings,
      internal: { notes: `secret-${n}-${secret}`, sourceDescription: `source-${secret}` },
    }));

/** The release rule of DESIGN.md, restated independently as one boolean. */
function mayReceive(m: Markings, r: Recipient, local: AgencyId): boolean {
  if (r.agency === m.owner) return true;
  const named = m.releasability.agencies.includes(r.agency);
  const inCommunity = m.releasability.communities.some((c) => r.communities.includes(c));
  const strict = m.tlp === 'amber+strict' || m.handling.code === 'H3';
  const onwardOk = m.owner === local || (m.onwardSharing && m.handling.code !== 'H2');
  const h0Ok = m.handling.code !== 'H0' || H0_PURPOSES.includes(m.purpose);
  const notExpired = m.expiresAt === undefined || Date.parse(m.expiresAt) > NOW;
  return (
    m.tlp !== 'red' &&
    notExpired &&
    onwardOk &&
    h0Ok &&
    r.purposes.includes(m.purpose) &&
    (named || (inCommunity && !strict))
  );
}

describe('release gate (property)', () => {
  it('releases exactly what the markings allow, and never internal notes or provenance', () => {
    fc.assert(
      fc.property(
        lookoutArb(0),
        recipientArb,
        fc.constantFrom(...AGENCIES),
        (object, recipient, local) => {
          const out = releaseFor(object, recipient, { localAgency: local, now: NOW });
          expect(out.released).toBe(mayReceive(object.markings, recipient, local));
          if (!out.released) return;
          const text = JSON.stringify(out.object);
          expect(text).not.toContain(object.internal?.notes ?? '?');
          expect(text).not.toContain(object.internal?.sourceDescription ?? '?');
          expect(out.object.markings.receivedFrom).toBeUndefined();
          if (recipient.agency !== object.markings.owner && !object.markings.onwardSharing)
            expect(out.object.markings.releasability).toEqual({
              agencies: [recipient.agency],
              communities: [],
            });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a STIX bundle built from a batch holds only what passed the gate', () => {
    const batch = fc.tuple(...[0, 1, 2, 3, 4, 5].map(lookoutArb));
    fc.assert(
      fc.property(
        batch,
        recipientArb,
        fc.constantFrom(...AGENCIES),
        (objects, recipient, local) => {
          const results = objects.map((o) =>
            releaseFor(o, recipient, { localAgency: local, now: NOW }),
          );
          const released = results.flatMap((r) => (r.released ? [r.object] : []));
          const bundle = toStixBundle(released, '25bd8806-1173-408d-bf75-0ffb2641294c');
          const text = JSON.stringify(bundle);
          const sent = bundle.objects.filter((o) => o.type === 'indicator').map((o) => o.id);
          expect(sent.sort()).toEqual(released.map((o) => o.id).sort());
          for (const o of objects) {
            expect(text).not.toContain(o.internal?.notes ?? '?');
            if (!mayReceive(o.markings, recipient, local)) expect(text).not.toContain(o.id);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
