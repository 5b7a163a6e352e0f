// The release gate: every marking must allow the release; denials carry a reason but read as "not found".
import { describe, expect, it } from 'vitest';
import type { Markings } from '../../src/exchange/markings/markings.ts';
import { canRelease } from '../../src/exchange/release/can-release.ts';
import { redactFor } from '../../src/exchange/release/redact-for.ts';
import { asNotFound } from '../../src/exchange/release/release-decision.ts';
import { releaseFor } from '../../src/exchange/release/release-for.ts';
import {
  ANTWERP,
  BE_US,
  CBP,
  COALITION,
  markings,
  NOW,
  recipients,
  ROTTERDAM,
  SECRET,
  seizure,
  usLookout,
} from './support/exchange-fixtures.ts';

const ours = { localAgency: ANTWERP, now: NOW };
const decide = (m: Partial<Markings>, to = recipients.rotterdam, ctx = ours) =>
  canRelease({ markings: markings(m) }, to, ctx);

describe('canRelease', () => {
  it('releases to a member of a named community and to a named agency', () => {
    expect(decide({})).toEqual({ released: true });
    expect(decide({}, recipients.cbp)).toEqual({ released: true });
  });

  it('denies an agency outside every named community', () => {
    expect(decide({ releasability: { communities: [BE_US], agencies: [] } })).toEqual({
      released: false,
      reason: 'not-in-audience',
    });
  });

  it('AMBER+STRICT and H3 reach named agencies only', () => {
    expect(decide({ tlp: 'amber+strict' })).toEqual({
      released: false,
      reason: 'not-named-agency',
    });
    expect(decide({ tlp: 'amber+strict' }, recipients.cbp)).toEqual({ released: true });
    expect(decide({ handling: { code: 'H3', restriction: 'Ask first.' } })).toEqual({
      released: false,
      reason: 'not-named-agency',
    });
  });

  it('RED never leaves the owner', () => {
    expect(
      decide({ tlp: 'red', releasability: { communities: [COALITION], agencies: [ROTTERDAM] } }),
    ).toEqual({ released: false, reason: 'tlp-red' });
  });

  it('expires at the instant given', () => {
    expect(decide({ expiresAt: new Date(NOW).toISOString() })).toEqual({
      released: false,
      reason: 'expired',
    });
    expect(decide({ expiresAt: new Date(NOW + 1).toISOString() })).toEqual({ released: true });
  });

  it('checks the purpose against the recipient agreement and H0', () => {
    expect(decide({ purpose: 'judicial-proceedings' })).toEqual({
      released: false,
      reason: 'purpose-not-covered',
    });
    expect(decide({ handling: { code: 'H0' }, purpose: 'customs-control' })).toEqual({
      released: false,
      reason: 'h0-purpose',
    });
  });

  it('a received object goes no further without onward sharing, and never under H2', () => {
    const atRotterdam = { localAgency: ROTTERDAM, now: NOW };
    const received = {
      receivedFrom: ANTWERP,
      releasability: { communities: [COALITION], agencies: [CBP] },
    };
    expect(decide(received, recipients.cbp, atRotterdam)).toEqual({
      released: false,
      reason: 'onward-not-allowed',
    });
    expect(decide({ ...received, onwardSharing: true }, recipients.cbp, atRotterdam)).toEqual({
      released: true,
    });
    expect(
      decide(
        { ...received, handling: { code: 'H2' }, onwardSharing: true },
        recipients.cbp,
        atRotterdam,
      ),
    ).toEqual({
      released: false,
      reason: 'onward-h2',
    });
  });

  it('the owner always gets its own object back, even under RED, H2 or after expiry', () => {
    const atRotterdam = { localAgency: ROTTERDAM, now: NOW };
    const m = {
      tlp: 'red',
      handling: { code: 'H2' },
      expiresAt: '2020-01-01T00:00:00Z',
      receivedFrom: ANTWERP,
    } as const;
    expect(decide(m, recipients.antwerp, atRotterdam)).toEqual({ released: true });
  });

  it('a denial is presented exactly like an unknown id', () => {
    const denied = releaseFor(seizure, { ...recipients.cbp, communities: [], purposes: [] }, ours);
    expect(denied).toMatchObject({ released: false, id: seizure.id });
    const shown = asNotFound('Object');
    expect({ code: shown.code, status: shown.status, message: shown.message }).toEqual({
      code: 'not_found',
      status: 404,
      message: 'Object not found',
    });
  });
});

describe('redactFor', () => {
  it('drops internal notes and the local provenance', () => {
    const out = redactFor(
      { ...usLookout, markings: { ...usLookout.markings, receivedFrom: CBP } },
      recipients.rotterdam,
    );
    expect(out.internal).toBeUndefined();
    expect(out.markings.receivedFrom).toBeUndefined();
    expect(JSON.stringify(out)).not.toContain(SECRET);
  });

  it('hides who else may see the object unless the recipient may pass it on', () => {
    expect(redactFor(seizure, recipients.rotterdam).markings.releasability).toEqual({
      agencies: [ROTTERDAM],
      communities: [],
    });
    const shared = { ...seizure, markings: { ...seizure.markings, onwardSharing: true } };
    expect(redactFor(shared, recipients.rotterdam).markings.releasability).toEqual(
      seizure.markings.releasability,
    );
  });
});
