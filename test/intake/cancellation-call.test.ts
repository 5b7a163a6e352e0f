// A cancellation that names no bill cancels the bills of the filing's latest version: only when
// that version is for the vessel call the cancellation names (TDT vessel IMO and voyage, LOC+11
// port). Carriers recycle document numbers: D1 filed for vessel A voyage 1 and later again for
// vessel B voyage 7 is one filing key, whose latest version is vessel B's; a cancellation of
// vessel A's call must not cancel vessel B's bills. Both engines.
import { expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import type { FilingFunction } from '../../src/core/cargo/filing.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { writeCuscar } from '../../src/ingest/edifact/index.ts';
import { consignmentHistory } from '../../src/storage/index.ts';
import { diagnosticText } from '../../web/src/lib/diagnostic-text.ts';
import { describeEachEngine } from '../support/db.ts';
import { imo, locode } from '../support/cargo-fixtures.ts';
import { AGENCY, carrier, consignments, services } from './intake-fixtures.ts';

const EDI = 'application/edifact';
const VESSEL_A = { imo: imo('9074729'), name: 'NORTHERN STAR' };
const VESSEL_B = { imo: imo('9321483'), name: 'SOUTHERN CROSS' };

interface Call {
  readonly vessel?: { readonly imo: ReturnType<typeof imo>; readonly name: string };
  readonly voyage?: string;
  readonly port?: string;
}

/** A CUSCAR for the call (whatever of it is given), its bills on that call. */
function manifest(
  doc: string,
  ref: string,
  call: Call,
  bills: readonly Consignment[],
  fn?: FilingFunction,
): Uint8Array {
  const onCall = bills.map((b) => ({
    ...b,
    ...(call.vessel ? { vesselImo: call.vessel.imo } : {}),
    ...(call.voyage ? { voyageNumber: call.voyage } : {}),
    route: { ...b.route, ...(call.port ? { portOfDischarge: locode(call.port) } : {}) },
  }));
  const { vessel, voyage, port } = call;
  const portCall =
    vessel && voyage && port
      ? { vesselImo: vessel.imo, voyageNumber: voyage, port: locode(port) }
      : undefined;
  const text = writeCuscar({
    envelope: {
      sender: 'MAEU',
      recipient: 'BECUSTOMS',
      controlReference: ref,
      preparedAt: '2024-03-10T10:00:00Z',
    },
    documentNumber: doc,
    ...(vessel ? { vessel } : {}),
    ...(portCall ? { portCall } : voyage ? { voyageNumber: voyage } : {}),
    consignments: onCall,
    ...(fn ? { function: fn } : {}),
  });
  return new TextEncoder().encode(text);
}

const CALL_A = { vessel: VESSEL_A, voyage: '001E', port: 'BEANR' };
const CALL_B = { vessel: VESSEL_B, voyage: '007W', port: 'BEANR' };

/** The web app words it in English as the server does, and in French and Dutch in full. */
function expectWorded(d: Diagnostic | undefined): void {
  if (!d) throw new Error('no diagnostic');
  expect(diagnosticText('en', d)).toBe(d.message);
  for (const language of ['fr', 'nl'] as const) {
    const text = diagnosticText(language, d);
    expect(text).not.toBe(d.message);
    expect(text).not.toMatch(/\{\w+(\|[^}]*)?\}/);
  }
}

describeEachEngine('cancellation of a recycled document number', (getDb) => {
  /** D1 filed for vessel A voyage 1 (2 bills), then reused for vessel B voyage 7 (3 bills). */
  async function recycled(prefix: string) {
    const { actor, senderId } = await carrier(getDb());
    const { intake } = services(getDb());
    const submit = (bytes: Uint8Array) => intake.submit(actor, { bytes, contentType: EDI });
    const billsA = consignments(2, 100, `${prefix}A`);
    const billsB = consignments(3, 200, `${prefix}B`);
    await submit(manifest('D1', `${prefix}1`, CALL_A, billsA));
    const reused = await submit(manifest('D1', `${prefix}2`, CALL_B, billsB));
    const latest = async (bill: Consignment) =>
      (await consignmentHistory(getDb().db, AGENCY, bill.billNumber)).at(-1);
    const cancelled = async (bills: readonly Consignment[]) =>
      Promise.all(bills.map(async (b) => (await latest(b))?.cancelled));
    return { actor, intake, senderId, submit, billsA, billsB, reused, cancelled };
  }

  it('files the reused document number as the next version of the same filing key', async () => {
    const { actor, intake, senderId, reused } = await recycled('K');
    const unit = reused.acknowledgement.units[0];
    expect(unit?.filing?.version).toBe(2);
    expect(unit?.diagnostics.map((d) => d.code)).toContain('intake.original-repeated');
    const history = await intake.filingHistory(actor, `${senderId}|CUSCAR|D1`);
    expect(history.map((f) => [f.version, f.function])).toEqual([
      [1, 'original'],
      [2, 'original'],
    ]);
  });

  it('refuses a cancellation of vessel A’s call, naming no bill, when the latest version is vessel B’s', async () => {
    const { submit, billsA, billsB, cancelled } = await recycled('R');
    const { acknowledgement: ack } = await submit(manifest('D1', 'R3', CALL_A, [], 'cancel'));
    expect(ack.status).toBe('rejected');
    const unit = ack.units[0];
    expect(unit?.filing).toBeUndefined();
    const refusal = unit?.diagnostics.find((d) => d.code === 'intake.cancel-other-call');
    expect(refusal?.severity).toBe('error');
    expect(refusal?.params).toMatchObject({
      type: 'CUSCAR',
      document: 'D1',
      version: 2,
      count: 3,
      call: 'IMO 9074729, 001E, BEANR',
      filed: 'IMO 9321483, 007W, BEANR',
      field: 'TDT C222',
    });
    // The first field that differs: the vessel's IMO number in TDT C222 (element 8, component 1).
    expect(refusal?.at).toMatchObject({ tag: 'TDT', element: 8, component: 1 });
    expect(refusal?.message).toContain('IMO 9074729, 001E, BEANR');
    expect(refusal?.message).toContain('IMO 9321483, 007W, BEANR');
    expectWorded(refusal);
    expect(await cancelled(billsB)).toEqual([false, false, false]);
    expect(await cancelled(billsA)).toEqual([false, false]);
  });

  it('refuses one that differs only in the voyage, or only in the port, naming that field', async () => {
    const { submit, billsB, cancelled } = await recycled('V');
    const otherVoyage = await submit(
      manifest('D1', 'V3', { ...CALL_B, voyage: '008W' }, [], 'cancel'),
    );
    const byVoyage = otherVoyage.acknowledgement.units[0]?.diagnostics.find(
      (d) => d.code === 'intake.cancel-other-call',
    );
    expect(byVoyage?.params).toMatchObject({ field: 'TDT 8028', call: 'IMO 9321483, 008W, BEANR' });
    expect(byVoyage?.at).toMatchObject({ tag: 'TDT', element: 2 });
    const otherPort = await submit(
      manifest('D1', 'V4', { ...CALL_B, port: 'NLRTM' }, [], 'cancel'),
    );
    const byPort = otherPort.acknowledgement.units[0]?.diagnostics.find(
      (d) => d.code === 'intake.cancel-other-call',
    );
    expect(byPort?.params).toMatchObject({ field: 'LOC C517', call: 'IMO 9321483, 007W, NLRTM' });
    expect(byPort?.at).toMatchObject({ tag: 'LOC', element: 2 });
    expect(await cancelled(billsB)).toEqual([false, false, false]);
  });

  it('cancels vessel B’s bills when the cancellation names vessel B’s call, and says so', async () => {
    const { submit, billsA, billsB, cancelled } = await recycled('B');
    const { acknowledgement: ack } = await submit(manifest('D1', 'B3', CALL_B, [], 'cancel'));
    expect(ack.status).toBe('accepted');
    const unit = ack.units[0];
    expect(unit?.filing?.version).toBe(3);
    expect(unit?.accepted.consignments).toBe(3);
    expect(unit?.cancelled).toEqual({
      version: 2,
      bills: 3,
      calls: [{ vesselImo: '9321483', voyageNumber: '007W', port: 'BEANR' }],
    });
    const said = unit?.diagnostics.find((d) => d.code === 'intake.cancel-whole-version');
    expect(said?.severity).toBe('info');
    expect(said?.params).toMatchObject({ count: 3, version: 2, filed: 'IMO 9321483, 007W, BEANR' });
    expect(await cancelled(billsB)).toEqual([true, true, true]);
    expect(await cancelled(billsA)).toEqual([false, false]);
  });

  it('refuses a cancellation naming a call when the latest version is already a cancellation', async () => {
    const { submit, billsB, cancelled } = await recycled('C');
    await submit(manifest('D1', 'C3', CALL_B, [], 'cancel'));
    const before = await cancelled(billsB);
    const { acknowledgement: ack } = await submit(manifest('D1', 'C4', CALL_B, [], 'cancel'));
    expect(ack.status).toBe('rejected');
    const refusal = ack.units[0]?.diagnostics.find(
      (d) => d.code === 'intake.cancel-already-cancelled',
    );
    expect(refusal?.severity).toBe('error');
    expect(refusal?.params).toMatchObject({
      version: 3,
      count: 3,
      call: 'IMO 9321483, 007W, BEANR',
      filed: 'IMO 9321483, 007W, BEANR',
    });
    expect(await cancelled(billsB)).toEqual(before);
    expectWorded(refusal);
  });

  it('keeps cancelling the latest version’s bills when the cancellation names no call, saying which', async () => {
    const { submit, billsA, billsB, cancelled } = await recycled('N');
    const { acknowledgement: ack } = await submit(manifest('D1', 'N3', {}, [], 'cancel'));
    expect(ack.status).toBe('accepted');
    const unit = ack.units[0];
    expect(unit?.cancelled).toEqual({
      version: 2,
      bills: 3,
      calls: [{ vesselImo: '9321483', voyageNumber: '007W', port: 'BEANR' }],
    });
    const said = unit?.diagnostics.find((d) => d.code === 'intake.cancel-whole-version');
    expect(said?.message).toBe(
      'CUSCAR D1 names no bill: it cancels the 3 bills of version 2, on IMO 9321483, 007W, BEANR.',
    );
    expectWorded(said);
    expect(await cancelled(billsB)).toEqual([true, true, true]);
    expect(await cancelled(billsA)).toEqual([false, false]);
    // Sent again, it cancels the bills of version 3 (the cancellation) again, and says so.
    const again = await submit(manifest('D1', 'N4', {}, [], 'cancel'));
    expect(again.acknowledgement.units[0]?.cancelled).toMatchObject({ version: 3, bills: 3 });
  });

  it('accepts a cancellation naming the call with what the bills are silent on', async () => {
    const { actor } = await carrier(getDb());
    const { intake } = services(getDb());
    const submit = (bytes: Uint8Array) => intake.submit(actor, { bytes, contentType: EDI });
    // Bills filed without a vessel IMO (the voyage only): a cancellation naming the vessel's IMO,
    // the voyage and the port is for their call.
    const bills = consignments(2, 300, 'S').map(({ vesselImo: _imo, ...b }) => b);
    await submit(manifest('D2', 'S1', { voyage: '001E', port: 'BEANR' }, bills));
    const { acknowledgement: ack } = await submit(manifest('D2', 'S2', CALL_A, [], 'cancel'));
    expect(ack.status).toBe('accepted');
    expect(ack.units[0]?.cancelled?.bills).toBe(2);
  });
});
