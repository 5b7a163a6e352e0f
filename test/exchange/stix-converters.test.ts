// Every STIX object and bundle the node emits validates against the OASIS STIX 2.1 schemas.
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import {
  TLP_EXTENSION_ID,
  TLP_LEVELS,
  tlpMarkingDefinition,
} from '../../src/exchange/markings/tlp.ts';
import type { ExchangeObject } from '../../src/exchange/objects/exchange-object.ts';
import { revoke } from '../../src/exchange/objects/revoke.ts';
import { releaseFor } from '../../src/exchange/release/release-for.ts';
import { EXTENSIONS, extensionDefinition } from '../../src/exchange/stix/extension-definitions.ts';
import { markingsToStix } from '../../src/exchange/stix/markings-to-stix.ts';
import { toStix } from '../../src/exchange/stix/to-stix.ts';
import { toStixBundle } from '../../src/exchange/stix/to-stix-bundle.ts';
import {
  alert,
  ANTWERP,
  CBP,
  hit,
  markings,
  NOW,
  recipients,
  SECRET,
  seizure,
  usLookout,
} from './support/exchange-fixtures.ts';
import { bundleErrors, stixErrors } from './support/stix-validator.ts';

const samples: ExchangeObject[] = [usLookout, seizure, alert, hit];

describe('STIX converters', () => {
  it.each(samples.map((s) => [s.kind, s] as const))(
    '%s converts to schema-valid STIX',
    (_kind, sample) => {
      const objects = toStix(sample);
      expect(objects.length).toBeGreaterThan(0);
      for (const o of objects) expect(stixErrors(o)).toEqual([]);
    },
  );

  it('the schema check rejects a broken indicator, so the check can fail', () => {
    const [indicator] = toStix(usLookout);
    const { pattern: _pattern, ...broken } = indicator ?? { type: 'x', id: 'x' };
    expect(stixErrors(broken)).not.toEqual([]);
  });

  it('the upstream bundle schema rejects a valid incident, which is why bundles are checked per object', () => {
    const [incident] = toStix(seizure);
    expect(stixErrors(incident ?? { type: '' })).toEqual([]);
    expect(
      stixErrors({
        type: 'bundle',
        id: 'bundle--6c6b8335-cc8a-439c-a67a-b7629631eeb4',
        objects: [incident],
      }),
    ).not.toEqual([]);
  });

  it('TLP 2.0 marking definitions, our markings and our extension definitions are valid', () => {
    for (const level of TLP_LEVELS)
      expect(stixErrors(tlpMarkingDefinition(level) as { type: string })).toEqual([]);
    expect(
      stixErrors(
        markingsToStix(markings({ handling: { code: 'H3', restriction: 'No use in court.' } }))
          .definition,
      ),
    ).toEqual([]);
    for (const name of EXTENSIONS) expect(stixErrors(extensionDefinition(name))).toEqual([]);
  });

  it('a revocation is a later version of the same id, flagged revoked, still valid', () => {
    const revoked = unwrap(revoke(usLookout, CBP, '2026-11-22T09:00:00Z'));
    const [indicator] = toStix(revoked);
    expect(indicator).toMatchObject({
      id: usLookout.id,
      revoked: true,
      modified: '2026-11-22T09:00:00.000Z',
    });
    expect(stixErrors(indicator ?? { type: '' })).toEqual([]);
    expect(revoke(usLookout, ANTWERP, '2026-11-22T09:00:00Z').ok).toBe(false);
    expect(revoke(usLookout, CBP, usLookout.modified).ok).toBe(false);
  });

  it('the lookout pattern ORs criteria, ANDs cargo conditions and escapes quotes', () => {
    const [indicator] = toStix(usLookout);
    expect(indicator?.['pattern']).toBe(
      "[portcullis-party:name = 'O\\'Brien Fruit Import B.V.'] OR [portcullis-party:identifiers.eori = 'NL123456789']" +
        " OR [portcullis-container:container_number = 'MSCU1234565'] OR ([portcullis-consignment:port_of_loading = 'ECGYE']" +
        " AND [portcullis-consignment:hs_code LIKE '0803%'] AND [portcullis-container:iso_size_type = '45R1'])",
    );
  });

  it('the TLP and Portcullis markings are referenced from every object', () => {
    const [incident] = toStix(seizure);
    expect(incident?.['object_marking_refs']).toEqual(
      markingsToStix(seizure.markings).objectMarkingRefs,
    );
    expect(incident?.['object_marking_refs']).toContain(
      'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
    );
  });

  it('a bundle of released objects is valid, self-contained and free of internal notes', () => {
    const released = samples.flatMap((s) => {
      const r = releaseFor(s, recipients.antwerp, { localAgency: CBP, now: NOW });
      return r.released ? [r.object] : [];
    });
    expect(released.map((r) => r.kind).sort()).toEqual([
      'container-alert',
      'hit',
      'lookout',
      'seizure-report',
    ]);
    const bundle = toStixBundle(released, '6c6b8335-cc8a-439c-a67a-b7629631eeb4');
    expect(bundleErrors(bundle)).toEqual([]);
    const ids = new Set(bundle.objects.map((o) => o.id));
    expect(ids.size).toBe(bundle.objects.length);
    // The lookout a hit refers to stays with its owner; the TLP 2.0 extension is FIRST's own.
    const external = (ref: string) => ref === usLookout.id || ref === TLP_EXTENSION_ID;
    for (const ref of bundle.objects.flatMap(referencedIds))
      if (!external(ref)) expect(ids).toContain(ref);
    expect(JSON.stringify(bundle)).not.toContain(SECRET);
  });
});

function referencedIds(o: Record<string, unknown>): string[] {
  const refs: string[] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key.endsWith('_ref') && typeof value === 'string') refs.push(value);
    if (key.endsWith('_refs') && Array.isArray(value)) refs.push(...(value as string[]));
  }
  const ext = o['extensions'];
  if (typeof ext === 'object' && ext !== null) refs.push(...Object.keys(ext));
  return refs;
}
