// Three agency nodes on loopback, each with its own database and its own HTTP server: Antwerp
// customs, US CBP and Rotterdam customs. Antwerp and CBP share the BE–US bilateral community,
// Antwerp and Rotterdam the European ports coalition, CBP and Rotterdam an NL–US bilateral one.
// A US lookout reaches Antwerp, matches a consignment filed through intake, and the sighting goes
// back to the US and nowhere else; Belgian seizure reports reach whom their markings name and go
// no further; a node that was down catches up with nothing lost or doubled; a revoked lookout
// disappears everywhere. Every STIX object a node emitted over TAXII validates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeObject } from '../../src/exchange/objects/exchange-object.ts';
import type { MarkingsInput } from '../../src/services/exchange/intel-input.ts';
import { createLookoutSource } from '../../src/services/exchange/lookout-source.ts';
import { createIntakeService } from '../../src/services/intake/intake.service.ts';
import { createSenderService } from '../../src/services/intake/sender.service.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { jobStatus, latestConsignment } from '../../src/storage/index.ts';
import { consignments, cuscar } from '../intake/intake-fixtures.ts';
import {
  connect,
  emitted,
  manualClock,
  startNode,
  type ExchangeNode,
} from './support/exchange-node.ts';
import { stixErrors } from './support/stix-validator.ts';

const clock = manualClock('2026-11-22T09:00:00.000Z');
const BE_US = 'be-us-bilateral';
const COALITION = 'eu-ports-coalition';
const NL_US = 'nl-us-bilateral';

function markings(over: Partial<MarkingsInput> = {}): MarkingsInput {
  return {
    tlp: 'amber',
    handling: { code: 'H1' },
    evaluation: { reliability: 'B', accuracy: 2 },
    purpose: 'criminal-investigation',
    ...over,
  };
}

let antwerp: ExchangeNode;
let cbp: ExchangeNode;
let rotterdam: ExchangeNode;

const ids = async (node: ExchangeNode, kind: ExchangeObject['kind']) =>
  (await node.intel.list(node.actor(['analyst', 'liaison-officer']), kind)).map((v) => v.object.id);
const inbox = async (node: ExchangeNode) =>
  (await node.intel.inbox(node.actor(['liaison-officer']))).map((v) => v.object);

async function seizureReport(title: string, m: MarkingsInput) {
  const liaison = antwerp.actor(['liaison-officer'], 'be-liaison');
  const created = await antwerp.intel.create(liaison, {
    kind: 'seizure-report',
    content: {
      title,
      seizedAt: clock.now().toISOString(),
      portLocode: 'BEANR',
      substance: 'cocaine hydrochloride',
      kilograms: 120,
      concealment: 'rip-on-rip-off',
    },
    markings: m,
    internal: { caseReference: 'BE-CASE-SECRET-42' },
  });
  return created.object.id;
}

describe('three nodes on loopback', () => {
  beforeAll(async () => {
    antwerp = await startNode('antwerp', 'be-customs-antwerp', clock);
    cbp = await startNode('cbp', 'us-cbp', clock);
    rotterdam = await startNode('rotterdam', 'nl-customs-rotterdam', clock);
    await connect(antwerp, cbp, [BE_US]);
    await connect(antwerp, rotterdam, [COALITION]);
    await connect(cbp, rotterdam, [NL_US]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([antwerp, cbp, rotterdam].map((n) => n?.close()));
  });

  let lookoutId = '';

  it('a US lookout reaches Antwerp, matches a filed consignment, and the hit goes back to the US only', async () => {
    const [consignment] = consignments(1, 7001, 'USLK');
    const container = consignment?.equipment[0]?.containerNumber ?? '';
    const analyst = cbp.actor(['analyst'], 'us-analyst');
    const created = await cbp.intel.create(analyst, {
      kind: 'lookout',
      content: {
        title: 'Reefer from Guayaquil, consignee of interest',
        criteria: [
          { kind: 'container-number', value: container },
          { kind: 'party-name', value: 'ANTWERP FRESH IMPORTS B.V.' },
        ],
        holdRequired: true,
        hitsRequested: true,
        validFrom: clock.now().toISOString(),
      },
      markings: markings(),
      internal: { notes: 'US-INTERNAL informant' },
    });
    lookoutId = created.object.id;
    await cbp.intel.release(cbp.actor(['liaison-officer'], 'us-liaison'), lookoutId, {
      communities: [BE_US],
    });
    clock.advance(1000);

    const pulled = await antwerp.sync();
    expect(pulled.partners.find((p) => p.partnerId === 'cbp')).toMatchObject({
      applied: 1,
      rejected: 0,
    });
    expect(await ids(antwerp, 'lookout')).toEqual([lookoutId]);
    expect(await ids(rotterdam, 'lookout')).toEqual([]);
    const atAntwerp = await antwerp.intel.get(antwerp.actor(['analyst']), lookoutId);
    expect(atAntwerp.object.internal).toBeUndefined();
    expect(atAntwerp.receivedFrom).toBe('us-cbp');

    // A consignment arrives at Antwerp through intake, from a carrier of Antwerp's agency.
    const admin = antwerp.actor(['admin']);
    const deps = { database: antwerp.context.database, clock };
    const sender = await createSenderService(deps).addSender(admin, {
      name: 'MSC',
      kind: 'carrier',
    });
    const carrier = createActor({
      kind: 'machine',
      id: sender.id,
      agencyId: antwerp.agency,
      roles: ['carrier'],
    });
    const { acknowledgement } = await createIntakeService(deps).submit(carrier, {
      bytes: cuscar('DOC-LK-1', consignment ? [consignment] : []),
      contentType: 'application/edifact',
    });
    expect(acknowledgement.status).toBe('accepted');

    // Targeting sees the lookout: a hit on the container, with the mandatory hold.
    const source = createLookoutSource(antwerp.context.database, clock);
    await source.refresh();
    const stored = await latestConsignment(
      antwerp.context.database.db,
      antwerp.agency,
      consignment?.billNumber ?? '',
    );
    expect(stored).toBeDefined();
    const hits = source.source(antwerp.agency, stored?.consignment ?? consignment!);
    // The party name matches the whole consignment, so the hold covers all its containers.
    expect(hits).toEqual([
      expect.objectContaining({ lookoutId, mandatoryHold: true, ownerAgency: 'us-cbp' }),
    ]);
    expect(hits[0]?.reason).toMatch(/container-number, party-name/);
    expect(
      (await jobStatus(antwerp.context.database.db, acknowledgement.units[0]?.scoringJobId ?? ''))
        ?.status,
    ).toBe('queued');

    clock.advance(1000);
    const run = await antwerp.sync();
    expect(run).toMatchObject({ hits: 1, sightings: 1 });
    const local = await antwerp.intel.hits(antwerp.actor(['analyst']));
    expect(local.local.map((h) => [h.lookoutId, h.billNumber, h.mandatoryHold])).toEqual([
      [lookoutId, consignment?.billNumber, true],
    ]);

    await cbp.sync();
    await rotterdam.sync();
    const reported = (await cbp.intel.hits(cbp.actor(['analyst']))).reported;
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({
      kind: 'hit',
      content: { lookoutId, sightedBy: 'be-customs-antwerp', containerNumbers: [container] },
    });
    expect((await inbox(rotterdam)).filter((o) => o.kind === 'hit')).toEqual([]);
    expect((await antwerp.sync()).sightings).toBe(0);
    expect((await cbp.intel.hits(cbp.actor(['analyst']))).reported).toHaveLength(1);
  }, 60_000);

  it('Belgian seizure reports reach whom their markings name and go no further', async () => {
    const liaison = antwerp.actor(['liaison-officer'], 'be-liaison');
    const coalitionAndUs = await seizureReport(
      'Seizure at MPET',
      markings({ releasability: { agencies: ['us-cbp'] } }),
    );
    await antwerp.intel.release(liaison, coalitionAndUs, { communities: [COALITION] });
    // H2: only with a supervisor's approval, and never passed on by the recipients.
    const h2 = await seizureReport(
      'Seizure at Europa Terminal (H2)',
      markings({ handling: { code: 'H2' } }),
    );
    const pending = await antwerp.intel.release(liaison, h2, { communities: [COALITION] });
    expect(pending.state).toBe('pending');
    await expect(antwerp.intel.approve(liaison, h2)).rejects.toMatchObject({ code: 'not_found' });
    const supervisor = antwerp.actor(['supervisor'], 'be-supervisor');
    expect((await antwerp.intel.approve(supervisor, h2)).state).toBe('released');
    clock.advance(1000);

    for (let round = 0; round < 2; round++)
      for (const node of [rotterdam, cbp, antwerp]) await node.sync();
    const atRotterdam = (await inbox(rotterdam)).filter((o) => o.kind === 'seizure-report');
    expect(atRotterdam.map((o) => o.id).sort()).toEqual([coalitionAndUs, h2].sort());
    expect(atRotterdam.every((o) => o.markings.receivedFrom === 'be-customs-antwerp')).toBe(true);
    expect(atRotterdam.every((o) => o.internal === undefined)).toBe(true);
    const atCbp = (await inbox(cbp)).filter((o) => o.kind === 'seizure-report');
    expect(atCbp.map((o) => o.id)).toEqual([coalitionAndUs]);
    expect(atCbp[0]?.markings.receivedFrom).toBe('be-customs-antwerp');
    // Neither recipient may pass them on: a release attempt is refused, and the H2 one says why.
    await expect(
      rotterdam.intel.release(rotterdam.actor(['liaison-officer']), h2, { communities: [NL_US] }),
    ).rejects.toThrow(/H2/);
  }, 60_000);

  it('a node down during several releases catches up with nothing lost and nothing doubled', async () => {
    const liaison = antwerp.actor(['liaison-officer'], 'be-liaison');
    await rotterdam.stop();
    const released: string[] = [];
    for (let i = 0; i < 7; i++) {
      const id = await seizureReport(`Coalition report ${i}`, markings());
      await antwerp.intel.release(liaison, id, { communities: [COALITION] });
      released.push(id); // same instant: one run of equal dates added
    }
    const whileDown = await cbp.sync();
    expect(whileDown.partners.find((p) => p.partnerId === 'rotterdam')?.error).toBeDefined();
    await rotterdam.restart();
    for (const node of [antwerp, cbp])
      await node.partners.connect(node.actor(['admin']), 'rotterdam', { endpoint: rotterdam.url });
    clock.advance(1000);

    const first = await rotterdam.sync();
    expect(first.partners.find((p) => p.partnerId === 'antwerp')?.applied).toBe(7);
    const again = await rotterdam.sync();
    expect(again.partners.find((p) => p.partnerId === 'antwerp')?.applied).toBe(0);
    const reports = (await inbox(rotterdam))
      .filter((o) => o.kind === 'seizure-report')
      .map((o) => o.id);
    for (const id of released) expect(reports.filter((r) => r === id)).toHaveLength(1);
    expect((await inbox(cbp)).filter((o) => released.includes(o.id))).toEqual([]);
  }, 60_000);

  it('a revoked lookout disappears everywhere', async () => {
    const analyst = cbp.actor(['analyst'], 'us-analyst');
    await cbp.intel.revoke(analyst, lookoutId);
    clock.advance(1000);
    for (const node of [antwerp, rotterdam, cbp]) await node.sync();
    for (const node of [antwerp, cbp, rotterdam]) expect(await ids(node, 'lookout')).toEqual([]);
    const revoked = await antwerp.intel.get(antwerp.actor(['analyst']), lookoutId);
    expect(revoked.object.revoked).toBe(true);
    const source = createLookoutSource(antwerp.context.database, clock);
    await source.refresh();
    expect(source.active()).toEqual([]);
    // Antwerp cannot revoke or edit what the US owns.
    await expect(antwerp.intel.revoke(antwerp.actor(['analyst']), lookoutId)).rejects.toMatchObject(
      {
        code: 'conflict',
      },
    );
  }, 60_000);

  it('every STIX object the nodes emitted validates against the OASIS schemas', () => {
    expect(emitted.length).toBeGreaterThan(10);
    const types = new Set(emitted.map((o) => o['type']));
    for (const t of ['indicator', 'incident', 'sighting', 'marking-definition', 'identity'])
      expect(types).toContain(t);
    for (const o of emitted) expect(stixErrors(o as { type: string })).toEqual([]);
    expect(JSON.stringify(emitted)).not.toMatch(/SECRET|US-INTERNAL/);
  });
});
