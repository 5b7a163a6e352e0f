/**
 * Sample agencies, communities, recipients and exchange objects for the exchange tests: Antwerp
 * customs, US CBP and Rotterdam customs, the BE–US bilateral and the European ports coalition.
 */
import { unwrap } from '../../../src/core/result.ts';
import {
  parseAgencyId,
  parseCommunityId,
  type AgencyId,
  type CommunityId,
} from '../../../src/exchange/markings/agency-id.ts';
import type { Markings } from '../../../src/exchange/markings/markings.ts';
import type { ContainerAlert } from '../../../src/exchange/objects/container-alert.ts';
import type { Hit } from '../../../src/exchange/objects/hit.ts';
import type { Lookout } from '../../../src/exchange/objects/lookout.ts';
import type { Rfi, RfiAnswer } from '../../../src/exchange/objects/rfi.ts';
import type { SeizureReport } from '../../../src/exchange/objects/seizure-report.ts';
import type { Recipient } from '../../../src/exchange/release/recipient.ts';

export const agency = (raw: string): AgencyId => unwrap(parseAgencyId(raw));
export const community = (raw: string): CommunityId => unwrap(parseCommunityId(raw));

export const ANTWERP = agency('be-customs-antwerp');
export const CBP = agency('us-cbp');
export const ROTTERDAM = agency('nl-customs-rotterdam');
export const BE_US = community('be-us-bilateral');
export const COALITION = community('eu-ports-coalition');

export const recipients = {
  cbp: {
    agency: CBP,
    communities: [BE_US],
    purposes: ['customs-control', 'criminal-investigation'],
  },
  rotterdam: {
    agency: ROTTERDAM,
    communities: [COALITION],
    purposes: ['customs-control', 'crime-prevention', 'criminal-investigation'],
  },
  antwerp: {
    agency: ANTWERP,
    communities: [BE_US, COALITION],
    purposes: ['customs-control', 'crime-prevention', 'criminal-investigation'],
  },
} satisfies Record<string, Recipient>;

export function markings(overrides: Partial<Markings> = {}): Markings {
  return {
    tlp: 'amber',
    handling: { code: 'H1' },
    evaluation: { reliability: 'B', accuracy: 2 },
    releasability: { communities: [COALITION], agencies: [CBP] },
    purpose: 'criminal-investigation',
    legalBasis: 'Naples II Convention, art. 8',
    expiresAt: '2027-06-30T00:00:00.000Z',
    owner: ANTWERP,
    onwardSharing: false,
    ...overrides,
  };
}

const T0 = '2026-11-20T08:00:00.000Z';
export const NOW = Date.parse('2026-11-22T12:00:00.000Z');
export const SECRET = 'INTERNAL-ONLY informant Delta-7';

export const usLookout: Lookout = {
  kind: 'lookout',
  id: 'indicator--d8480bb1-a5b7-4892-8677-16a2af6ed624',
  created: T0,
  modified: T0,
  revoked: false,
  markings: markings({ owner: CBP, releasability: { communities: [BE_US], agencies: [ANTWERP] } }),
  content: {
    title: "Lookout: consignee O'Brien Fruit Import BV",
    criteria: [
      { kind: 'party-name', value: "O'Brien Fruit Import B.V." },
      { kind: 'party-identifier', scheme: 'eori', value: 'NL123456789' },
      { kind: 'container-number', value: 'MSCU1234565' },
      {
        kind: 'cargo',
        conditions: [
          { entity: 'consignment', property: 'port_of_loading', operator: '=', value: 'ECGYE' },
          { entity: 'consignment', property: 'hs_code', operator: 'LIKE', value: '0803%' },
          { entity: 'container', property: 'iso_size_type', operator: '=', value: '45R1' },
        ],
      },
    ],
    holdRequired: true,
    hitsRequested: true,
    validFrom: T0,
    validUntil: '2027-01-31T00:00:00Z',
  },
  internal: { notes: SECRET, sourceDescription: SECRET },
};

export const seizure: SeizureReport = {
  kind: 'seizure-report',
  id: 'incident--5db43e5d-a6ab-4ca6-b09e-53d01aa96eec',
  created: T0,
  modified: T0,
  revoked: false,
  markings: markings({
    tlp: 'green',
    handling: { code: 'H0' },
    releasability: { communities: [COALITION, BE_US], agencies: [] },
  }),
  content: {
    title: 'Seizure of 412 kg cocaine, Antwerp MPET',
    seizedAt: '2026-11-19T14:30:00Z',
    portLocode: 'BEANR',
    containerNumber: 'MSCU1234565',
    substance: 'cocaine hydrochloride',
    kilograms: 412.5,
    concealment: 'rip-on-rip-off',
  },
  internal: { caseReference: SECRET },
};

export const alert: ContainerAlert = {
  kind: 'container-alert',
  id: 'report--64456d17-9ceb-4ad2-aaef-560045dea46e',
  created: T0,
  modified: T0,
  revoked: false,
  markings: markings({
    tlp: 'amber+strict',
    releasability: { communities: [], agencies: [ROTTERDAM] },
  }),
  content: {
    containerNumber: 'TGHU9876543',
    destinationLocode: 'NLRTM',
    expectedArrival: '2026-11-25T06:00:00Z',
    reason: 'Same shipper and seal series as the 19 November seizure.',
    holdRequested: true,
    containerObjectId: 'portcullis-container--a56ef2f3-9c23-46bb-9a2a-fdf80762f47e',
    locationObjectId: 'location--4b9eef61-25b3-4013-ae4d-24e3740b10af',
  },
};

export const hit: Hit = {
  kind: 'hit',
  id: 'sighting--25bd8806-1173-408d-bf75-0ffb2641294c',
  created: '2026-11-21T10:00:00.000Z',
  modified: '2026-11-21T10:00:00.000Z',
  revoked: false,
  markings: markings({
    tlp: 'amber+strict',
    handling: { code: 'H2' },
    releasability: { communities: [], agencies: [CBP] },
  }),
  content: {
    lookoutId: usLookout.id,
    sightedBy: ANTWERP,
    firstSeen: '2026-11-21T09:58:00Z',
    lastSeen: '2026-11-21T09:58:00Z',
    count: 1,
    containerNumbers: ['MSCU1234565'],
    consignmentReference: 'MEDUGY123456',
    matchedOn: ['party-name', 'container-number'],
  },
};

export const rfi: Rfi = {
  kind: 'rfi',
  id: 'note--0b7d6d3e-7f7c-4b0e-9a51-7d6f0c2f3a11',
  created: T0,
  modified: T0,
  revoked: false,
  markings: markings({ releasability: { communities: [], agencies: [CBP] } }),
  content: {
    subject: 'Shipper history',
    question: 'Has the shipper of MSCU1234565 appeared in your seizures since 2024?',
    aboutRefs: [seizure.id],
  },
};

export const rfiAnswer: RfiAnswer = {
  kind: 'rfi-answer',
  id: 'note--6c1f5f0e-2a43-4d4c-8f0a-61b2a0b5e0d2',
  created: '2026-11-21T11:00:00.000Z',
  modified: '2026-11-21T11:00:00.000Z',
  revoked: false,
  markings: markings({ owner: CBP, releasability: { communities: [], agencies: [ANTWERP] } }),
  content: { rfiId: rfi.id, answer: 'Twice: Savannah, March and June 2025.' },
};
