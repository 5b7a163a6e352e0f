// The inverse converters: every exchange kind survives a trip through a STIX bundle (what a
// partner receives equals what the gate released), and unreadable objects are refused by id.
import { describe, expect, it } from 'vitest';
import type { ExchangeObject } from '../../src/exchange/objects/exchange-object.ts';
import type { Recipient } from '../../src/exchange/release/recipient.ts';
import { releaseFor } from '../../src/exchange/release/release-for.ts';
import { exchangeObjectsFromBundle } from '../../src/exchange/stix/from-stix.ts';
import { stixTimestamp } from '../../src/exchange/stix/stix-object.ts';
import { toStixBundle } from '../../src/exchange/stix/to-stix-bundle.ts';
import {
  alert,
  ANTWERP,
  CBP,
  hit,
  NOW,
  recipients,
  rfi,
  rfiAnswer,
  seizure,
  usLookout,
} from './support/exchange-fixtures.ts';
import { stixErrors } from './support/stix-validator.ts';

const BUNDLE_UUID = '9f1b3a5c-1d2e-4f60-8a7b-0c1d2e3f4a5b';

/** The object as the wire carries it: STIX timestamps, no absent optional members. */
function normalised(o: ExchangeObject): unknown {
  const json = JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
  const times =
    /^(created|modified|validFrom|validUntil|seizedAt|firstSeen|lastSeen|expectedArrival)$/;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        times.test(k) && typeof x === 'string' ? stixTimestamp(x) : walk(x),
      ]),
    );
  };
  return walk(json);
}

describe('exchange objects from STIX', () => {
  const cases: [ExchangeObject, Recipient][] = [
    [usLookout, recipients.antwerp],
    [seizure, recipients.cbp],
    [alert, recipients.rotterdam],
    [hit, recipients.cbp],
    [rfi, recipients.cbp],
    [rfiAnswer, recipients.antwerp],
  ];
  it.each(cases.map(([o, r]) => [o.kind, o, r] as const))(
    'round-trips a %s',
    (_kind, object, recipient) => {
      const release = releaseFor(object, recipient, {
        localAgency: object.markings.owner,
        now: NOW,
      });
      if (!release.released) throw new Error(`not released: ${release.reason}`);
      const bundle = toStixBundle([release.object], BUNDLE_UUID);
      for (const o of bundle.objects) expect(stixErrors(o)).toEqual([]);
      const { objects, problems } = exchangeObjectsFromBundle(
        JSON.parse(JSON.stringify(bundle)) as typeof bundle,
      );
      expect(problems).toEqual([]);
      expect(objects.map(normalised)).toEqual([normalised(release.object)]);
    },
  );

  it('refuses an object without readable markings or content, and keeps the others', () => {
    const release = releaseFor(seizure, recipients.cbp, { localAgency: ANTWERP, now: NOW });
    const lookout = releaseFor(usLookout, recipients.antwerp, { localAgency: CBP, now: NOW });
    if (!release.released || !lookout.released) throw new Error('not released');
    const bundle = toStixBundle([release.object, lookout.object], BUNDLE_UUID);
    const broken = {
      ...bundle,
      objects: bundle.objects.map((o) =>
        o.type === 'incident' ? { ...o, object_marking_refs: [] } : o,
      ),
    };
    const { objects, problems } = exchangeObjectsFromBundle(broken);
    expect(objects.map((o) => o.id)).toEqual([usLookout.id]);
    expect(problems.map((p) => p.code)).toEqual(['markings.stix-tlp']);
  });
});
