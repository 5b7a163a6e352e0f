// Markings coherence, TLP ids, and the name-based ids the STIX layer derives.
import { describe, expect, it } from 'vitest';
import { parseAgencyId } from '../../src/exchange/markings/agency-id.ts';
import { TLP_LEVELS, tlpLevelOf, tlpMarkingId } from '../../src/exchange/markings/tlp.ts';
import { validateMarkings } from '../../src/exchange/markings/validate-markings.ts';
import { agencyIdentityId } from '../../src/exchange/stix/agency-identity.ts';
import { uuidV5 } from '../../src/exchange/stix/uuid-v5.ts';
import { CBP, markings } from './support/exchange-fixtures.ts';

describe('markings', () => {
  it('accepts coherent markings', () => {
    expect(validateMarkings(markings())).toEqual([]);
  });

  it('flags H0 outside crime prevention, H3 without text, H2 with onward sharing, a bad expiry', () => {
    const codes = (m: Parameters<typeof markings>[0]) =>
      validateMarkings(markings(m)).map((d) => d.code);
    expect(codes({ handling: { code: 'H0' }, purpose: 'customs-control' })).toEqual([
      'markings.h0-purpose',
    ]);
    expect(codes({ handling: { code: 'H3', restriction: ' ' } })).toEqual([
      'markings.h3-restriction',
    ]);
    expect(codes({ handling: { code: 'H2' }, onwardSharing: true })).toEqual([
      'markings.h2-onward',
    ]);
    expect(codes({ expiresAt: '30/06/2027' })).toEqual(['markings.expiry']);
    expect(codes({ releasability: { agencies: [], communities: [] } })).toEqual([
      'markings.no-audience',
    ]);
  });

  it('maps TLP 2.0 levels to the standard ids and back', () => {
    expect(tlpMarkingId('amber+strict')).toBe(
      'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
    );
    for (const level of TLP_LEVELS) expect(tlpLevelOf(tlpMarkingId(level))).toBe(level);
    expect(tlpLevelOf('marking-definition--f88d31f6-486f-44da-b317-01333bde0b82')).toBeUndefined();
  });

  it('parses agency ids as lower-case slugs only', () => {
    expect(parseAgencyId('us-cbp').ok).toBe(true);
    expect(parseAgencyId('US CBP').ok).toBe(false);
    expect(parseAgencyId('-cbp').ok).toBe(false);
  });

  it('derives RFC 9562 version 5 UUIDs (RFC test vector) and stable agency identities', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(agencyIdentityId(CBP)).toBe(agencyIdentityId(CBP));
    expect(agencyIdentityId(CBP)).toMatch(/^identity--[0-9a-f-]{8}-[0-9a-f]{4}-5/);
  });
});
