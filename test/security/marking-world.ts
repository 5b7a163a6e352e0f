// Exchange objects for the marking dimension of the authorization matrix: the node's own agency
// (be-customs) holds lookouts, seizure reports, container alerts and requests for information under
// every TLP level and handling code, draft and released, expired and current, raised to RED after a
// release; and objects received from a partner (us-cbp) with and without onward sharing. Each
// variant states by hand who may see it besides the owner — the guest agency nl-customs (its
// accounts on this node, and its TAXII token) and the partner us-cbp (its TAXII token) — so the
// test does not take the product's release rule as its own oracle.
import type { AgencyId, CommunityId } from '../../src/exchange/markings/agency-id.ts';
import type { Markings } from '../../src/exchange/markings/markings.ts';
import type { ExchangeObject } from '../../src/exchange/objects/exchange-object.ts';
import { createActor } from '../../src/services/access/actor.ts';
import type { AppContext } from '../../src/services/app-context.ts';
import { exchangeContext } from '../../src/services/exchange/exchange-context.ts';
import { storeAndPublish, storeVersion } from '../../src/services/exchange/intel-store.ts';
import { createPartnerRegistry } from '../../src/services/exchange/partner-registry.service.ts';
import { alert, hit, rfi, seizure, usLookout } from '../exchange/support/exchange-fixtures.ts';

export const OWN = 'be-customs' as AgencyId;
export const GUEST = 'nl-customs' as AgencyId;
export const PARTNER = 'us-cbp' as AgencyId;
const COALITION = 'eu-ports-coalition' as CommunityId;
const BILATERAL = 'be-us-bilateral' as CommunityId;

interface Variant {
  readonly name: string;
  readonly markings: Partial<Markings>;
  /** Whether nl-customs (a coalition member, every purpose) may see it. */
  readonly guest: boolean;
  /** Whether us-cbp (bilateral member, customs and criminal purposes) may see it. */
  readonly partner: boolean;
  readonly draft?: boolean;
  /** Markings of a later version that replaces the released one. */
  readonly raisedTo?: Partial<Markings>;
}

const both = { communities: [COALITION, BILATERAL], agencies: [] };
const OWN_VARIANTS: readonly Variant[] = [
  {
    name: 'clear',
    markings: { tlp: 'clear', releasability: { communities: [COALITION], agencies: [] } },
    guest: true,
    partner: false,
  },
  { name: 'green', markings: { tlp: 'green', releasability: both }, guest: true, partner: true },
  {
    name: 'amber',
    markings: { tlp: 'amber', releasability: { communities: [COALITION], agencies: [PARTNER] } },
    guest: true,
    partner: true,
  },
  {
    name: 'amberstrict',
    markings: {
      tlp: 'amber+strict',
      releasability: { communities: [COALITION], agencies: [PARTNER] },
    },
    guest: false,
    partner: true,
  },
  {
    name: 'red',
    markings: {
      tlp: 'red',
      releasability: { communities: [COALITION], agencies: [GUEST, PARTNER] },
    },
    guest: false,
    partner: false,
  },
  {
    name: 'h3',
    markings: {
      handling: { code: 'H3', restriction: 'owner consent for each use' },
      releasability: both,
    },
    guest: false,
    partner: false,
  },
  {
    name: 'h3named',
    markings: {
      handling: { code: 'H3', restriction: 'named only' },
      releasability: { communities: [], agencies: [GUEST] },
    },
    guest: true,
    partner: false,
  },
  {
    name: 'h2named',
    markings: { handling: { code: 'H2' }, releasability: { communities: [], agencies: [GUEST] } },
    guest: true,
    partner: false,
  },
  {
    name: 'h0customs',
    markings: {
      tlp: 'green',
      handling: { code: 'H0' },
      purpose: 'customs-control',
      releasability: both,
    },
    guest: false,
    partner: false,
  },
  {
    name: 'prevention',
    markings: { tlp: 'green', purpose: 'crime-prevention', releasability: both },
    guest: true,
    partner: false,
  },
  {
    name: 'expired',
    markings: { tlp: 'green', releasability: both, expiresAt: '2026-02-01T00:00:00.000Z' },
    guest: false,
    partner: false,
  },
  {
    name: 'draft',
    markings: { tlp: 'green', releasability: both },
    guest: false,
    partner: false,
    draft: true,
  },
  {
    name: 'raised',
    markings: { tlp: 'green', releasability: both },
    raisedTo: { tlp: 'red' },
    guest: false,
    partner: false,
  },
];
// Received from us-cbp: the owner always gets its own object back; the guest only when onward
// sharing is allowed and the code is not H2.
const RECEIVED_VARIANTS: readonly Variant[] = [
  {
    name: 'rx-closed',
    markings: { tlp: 'green', releasability: both },
    guest: false,
    partner: true,
  },
  {
    name: 'rx-onward',
    markings: { tlp: 'green', releasability: both, onwardSharing: true },
    guest: true,
    partner: true,
  },
  {
    name: 'rx-onward-h2',
    markings: { tlp: 'green', handling: { code: 'H2' }, releasability: both, onwardSharing: true },
    guest: false,
    partner: true,
  },
];

export interface SeededObject {
  readonly id: string;
  readonly kind: ExchangeObject['kind'];
  readonly variant: string;
  /** Text in the object's content: present wherever the object is shown. */
  readonly marker: string;
  /** Text in its internal notes: never shown outside the own agency. */
  readonly secret: string;
  readonly received: boolean;
  readonly guest: boolean;
  readonly partner: boolean;
}

const OWN_KINDS = [usLookout, seizure, alert, rfi] as const;
const RECEIVED_KINDS = [usLookout, seizure, hit] as const;

function markingsFor(owner: AgencyId, partial: Partial<Markings>, received: boolean): Markings {
  return {
    tlp: 'amber',
    handling: { code: 'H1' },
    evaluation: { reliability: 'B', accuracy: 2 },
    releasability: { communities: [COALITION], agencies: [] },
    purpose: 'criminal-investigation',
    expiresAt: '2027-06-30T00:00:00.000Z',
    owner,
    onwardSharing: false,
    ...(received ? { receivedFrom: PARTNER } : {}),
    ...partial,
  };
}

/** Content with the marker in its text and no container number of the cargo world. */
function contentWith(template: ExchangeObject, marker: string): unknown {
  switch (template.kind) {
    case 'lookout':
      return {
        ...template.content,
        title: marker,
        criteria: [{ kind: 'party-name', value: marker }],
      };
    case 'seizure-report':
      return { ...template.content, title: marker, containerNumber: 'ZZZU0000001' };
    case 'container-alert':
      return { ...template.content, reason: marker, containerNumber: 'ZZZU0000001' };
    case 'rfi':
      return { ...template.content, subject: marker, question: marker, aboutRefs: [] };
    case 'hit':
      return {
        ...template.content,
        consignmentReference: marker,
        containerNumbers: ['ZZZU0000001'],
      };
    case 'rfi-answer':
      return { ...template.content, answer: marker };
  }
}

/** Registers the guest and the partner, seeds every variant of every kind; returns the objects. */
export async function seedMarkingWorld(
  context: AppContext,
): Promise<{ objects: SeededObject[]; tokens: Record<'guest' | 'partner', string> }> {
  const ctx = exchangeContext(context);
  const registry = createPartnerRegistry(ctx);
  const admin = createActor({ kind: 'user', id: 'matrix-admin', agencyId: OWN, roles: ['admin'] });
  const purposes = ['customs-control', 'crime-prevention', 'criminal-investigation'];
  await registry.add(admin, {
    id: 'nl-node',
    agencyId: GUEST,
    name: 'NL',
    communities: [COALITION],
    purposes,
  });
  await registry.add(admin, {
    id: 'us-node',
    agencyId: PARTNER,
    name: 'US',
    communities: [BILATERAL],
    purposes: ['customs-control', 'criminal-investigation'],
  });
  const tokens = {
    guest: await registry.issueToken(admin, 'nl-node'),
    partner: await registry.issueToken(admin, 'us-node'),
  };
  const objects: SeededObject[] = [];
  const now = context.clock.now();
  let serial = 0;
  const seed = async (template: ExchangeObject, v: Variant, received: boolean) => {
    serial++;
    const suffix = serial.toString(16).padStart(12, '0');
    const marker = `MARKPROBE-${v.name}-${template.kind}-${suffix}`;
    const secret = `INTERNALNOTE-${suffix}`;
    const object = {
      ...template,
      id: `${template.id.split('--')[0] ?? ''}--00000000-0000-4000-a000-${suffix}`,
      created: '2026-02-20T08:00:00.000Z',
      modified: '2026-02-20T08:00:00.000Z',
      markings: markingsFor(received ? PARTNER : OWN, v.markings, received),
      content: contentWith(template, marker),
      internal: { notes: secret },
    } as ExchangeObject;
    await context.database.transaction(async (tx) => {
      const state = received ? 'received' : 'released';
      if (v.draft === true) await storeVersion(tx, object, 'draft', 'officer-1', now);
      else await storeAndPublish(tx, object, state, 'officer-1', now);
      if (v.raisedTo !== undefined) {
        const raised = {
          ...object,
          modified: '2026-02-21T08:00:00.000Z',
          markings: { ...object.markings, ...v.raisedTo },
        } as ExchangeObject;
        await storeAndPublish(tx, raised, state, 'officer-1', new Date(now.getTime() + 1));
      }
    });
    const { guest, partner } = v;
    objects.push({
      id: object.id,
      kind: object.kind,
      variant: v.name,
      marker,
      secret,
      received,
      guest,
      partner,
    });
  };
  for (const v of OWN_VARIANTS) for (const t of OWN_KINDS) await seed(t, v, false);
  for (const v of RECEIVED_VARIANTS) for (const t of RECEIVED_KINDS) await seed(t, v, true);
  return { objects, tokens };
}
