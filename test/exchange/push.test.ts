// Push between two nodes on loopback: Antwerp pushes to US CBP (marked as accepting pushes) what
// the gate releases to it, a page at a time from its push cursor; CBP applies the signed pages like
// pulled ones; a second run pushes nothing again; what the gate withholds (TLP:RED) never leaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarkingsInput } from '../../src/services/exchange/intel-input.ts';
import { BE_US } from './support/exchange-fixtures.ts';
import { connect, manualClock, startNode, type ExchangeNode } from './support/exchange-node.ts';

const clock = manualClock('2026-11-22T09:00:00.000Z');
let antwerp: ExchangeNode;
let cbp: ExchangeNode;

const markings = (tlp: MarkingsInput['tlp']): MarkingsInput => ({
  tlp,
  handling: { code: 'H1' },
  evaluation: { reliability: 'B', accuracy: 2 },
  purpose: 'criminal-investigation',
  releasability: { communities: [BE_US] },
});

async function release(title: string, m: MarkingsInput): Promise<string> {
  const liaison = antwerp.actor(['liaison-officer'], 'be-liaison');
  const created = await antwerp.intel.create(liaison, {
    kind: 'seizure-report',
    content: {
      title,
      seizedAt: clock.now().toISOString(),
      portLocode: 'BEANR',
      substance: 'cocaine hydrochloride',
      kilograms: 80,
      concealment: 'within-legitimate-cargo',
    },
    markings: m,
  });
  if (m.tlp !== 'red') await antwerp.intel.release(liaison, created.object.id, {});
  return created.object.id;
}

describe('push to a partner that accepts it', () => {
  beforeAll(async () => {
    antwerp = await startNode('antwerp', 'be-customs-antwerp', clock);
    cbp = await startNode('cbp', 'us-cbp', clock);
    await connect(antwerp, cbp, [BE_US]);
    await antwerp.partners.connect(antwerp.actor(['admin']), 'cbp', { acceptsPush: true });
  }, 60_000);
  afterAll(async () => {
    await antwerp.close();
    await cbp.close();
  });

  it('pushes what the gate releases, once, and nothing it withholds', async () => {
    const sent = [await release('One', markings('amber')), await release('Two', markings('green'))];
    const withheld = await release('Red', markings('red'));
    const first = await antwerp.sync();
    expect(first.partners.find((p) => p.partnerId === 'cbp')).toMatchObject({ pushed: 2 });
    const inbox = await cbp.intel.inbox(cbp.actor(['liaison-officer']));
    expect(inbox.map((v) => v.object.id).sort()).toEqual([...sent].sort());
    expect(inbox.map((v) => v.object.id)).not.toContain(withheld);
    const again = await antwerp.sync();
    expect(again.partners.find((p) => p.partnerId === 'cbp')).toMatchObject({ pushed: 0 });
    const third = await release('Three', markings('amber'));
    clock.advance(1000);
    expect((await antwerp.sync()).partners.find((p) => p.partnerId === 'cbp')).toMatchObject({
      pushed: 1,
    });
    expect(
      (await cbp.intel.inbox(cbp.actor(['liaison-officer']))).map((v) => v.object.id),
    ).toContain(third);
  });
});
