// Intake on both engines: an accepted CUSCAR with its raw bytes, filing, consignments and score
// job; idempotent resubmission; quarantine and partial acceptance; all-or-nothing; amendments and
// cancellations with their history; the body limit; reprocessing a corrected record.
import { expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import {
  consignmentHistory,
  getRawMessage,
  jobStatus,
  listAuditEvents,
  sha256Hex,
} from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';
import { containerNo } from '../support/cargo-fixtures.ts';
import {
  AGENCY,
  analyst,
  badDigit,
  carrier,
  consignments,
  corrupt,
  cuscar,
  services,
} from './intake-fixtures.ts';

const EDI = 'application/edifact';

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeEachEngine('intake service', (getDb) => {
  it('accepts a CUSCAR: raw bytes with their hash, filing v1, consignments, a score job, an audit event', async () => {
    const { actor, senderId } = await carrier(getDb());
    const bytes = cuscar('DOC-A1', consignments(3, 1000));
    const { acknowledgement: ack, replayed } = await services(getDb()).intake.submit(actor, {
      bytes,
      contentType: EDI,
    });
    expect(replayed).toBe(false);
    expect(ack.status).toBe('accepted');
    expect(ack.rawMessage.sha256).toBe(sha256Hex(bytes));
    const [unit] = ack.units;
    expect(unit?.filing?.version).toBe(1);
    expect(unit?.filing?.filingKey).toBe(`${senderId}|CUSCAR|DOC-A1`);
    expect(unit?.accepted.consignments).toBe(3);
    const raw = await getRawMessage(getDb().db, ack.rawMessage.id);
    expect(raw?.bytes).toEqual(bytes);
    const history = await consignmentHistory(getDb().db, AGENCY, 'BL001001');
    expect(history.map((h) => [h.version, h.filingId])).toEqual([[1, unit?.filing?.id]]);
    expect(history[0]?.consignment.equipment[0]?.containerNumber).toBe(containerNo(1001));
    expect((await jobStatus(getDb().db, unit?.scoringJobId ?? ''))?.status).toBe('queued');
    const events = await listAuditEvents(getDb().db, { actorId: senderId });
    expect(events.map((e) => [e.action, e.outcome, e.resourceId])).toContainEqual([
      'filing.submit',
      'success',
      ack.id,
    ]);
    expect(ack.edifact?.contrl).toMatch(/UCI\+DOC-A1\+MAEU\+BECUSTOMS\+7'/);
    expect(ack.edifact?.aperak).toMatch(/BGM\+\+1\+29'/);
  });

  it('returns the first acknowledgement for a resubmission and stores nothing twice', async () => {
    const { actor } = await carrier(getDb());
    const { intake } = services(getDb());
    const bytes = cuscar('DOC-B1', consignments(2, 2000));
    const first = await intake.submit(actor, { bytes, contentType: EDI, idempotencyKey: 'k-1' });
    const again = await intake.submit(actor, { bytes, contentType: EDI, idempotencyKey: 'k-1' });
    expect(again.replayed).toBe(true);
    expect(again.acknowledgement).toEqual(first.acknowledgement);
    // Same UNB control reference without a key; then the same bytes under another key.
    const byRef = await intake.submit(actor, {
      bytes: cuscar('DOC-B1', consignments(1, 2100)),
      contentType: EDI,
    });
    expect(byRef.replayed).toBe(true);
    const byHash = await intake.submit(actor, { bytes, contentType: EDI, idempotencyKey: 'k-2' });
    expect(byHash.acknowledgement.id).toBe(first.acknowledgement.id);
    expect((await consignmentHistory(getDb().db, AGENCY, 'BL002000')).length).toBe(1);
  });

  it('quarantines an invalid consignment with its reason and position and accepts the rest', async () => {
    const { actor } = await carrier(getDb());
    const { intake } = services(getDb());
    const bad = corrupt(
      cuscar('DOC-C1', consignments(3, 3000)),
      `SGP+${containerNo(3001)}`,
      `SGP+${badDigit(3001)}`,
    );
    const { acknowledgement: ack } = await intake.submit(actor, { bytes: bad, contentType: EDI });
    const [unit] = ack.units;
    expect(ack.status).toBe('partially-accepted');
    expect(unit?.accepted.consignments).toBe(2);
    expect(unit?.quarantined.map((q) => [q.kind, q.key])).toEqual([['consignment', 'BL003001']]);
    const open = await intake.listQuarantine(analyst);
    const record = open.find((q) => q.id === unit?.quarantined[0]?.id);
    expect(record?.reason).toContain(`"${badDigit(3001)}": check digit`);
    expect(record?.position).toMatchObject({ message: '1', tag: 'SGP', element: 1 });
    expect(JSON.stringify(record?.payload)).toContain(`RFF+BM:BL003001'`);
    expect(ack.edifact?.aperak).toMatch(/BGM\+\+1\+27'/);

    const fixed = cuscar('DOC-C1-FIX', consignments(1, 3001));
    const outcome = await intake.reprocess(analyst, record?.id ?? '', {
      bytes: fixed,
      contentType: EDI,
    });
    expect(outcome.acknowledgement.status).toBe('accepted');
    const after = await intake.listQuarantine(analyst, 'reprocessed');
    expect(after.map((q) => q.id)).toContain(record?.id);
    expect((await consignmentHistory(getDb().db, AGENCY, 'BL003001')).length).toBe(1);
    const again = await rejection(
      intake.reprocess(analyst, record?.id ?? '', { bytes: fixed, contentType: EDI }),
    );
    expect(again.code).toBe('conflict');
  });

  it('rejects the whole message when the sender policy is all-or-nothing', async () => {
    const { actor } = await carrier(getDb(), { acceptance: 'all-or-nothing' });
    const bad = corrupt(
      cuscar('DOC-D1', consignments(3, 4000)),
      `SGP+${containerNo(4002)}`,
      `SGP+${badDigit(4002)}`,
    );
    const { acknowledgement: ack } = await services(getDb()).intake.submit(actor, {
      bytes: bad,
      contentType: EDI,
    });
    expect(ack.status).toBe('rejected');
    expect(ack.units[0]?.filing).toBeUndefined();
    expect(ack.units[0]?.diagnostics.map((d) => d.code)).toContain('intake.all-or-nothing');
    expect(ack.units[0]?.quarantined.map((q) => q.key)).toEqual(['BL004002']);
    expect(await consignmentHistory(getDb().db, AGENCY, 'BL004000')).toEqual([]);
  });

  it('versions replacements and cancellations and refuses a replace of an unknown filing', async () => {
    const { actor, senderId } = await carrier(getDb());
    const { intake } = services(getDb());
    const list = consignments(2, 5000);
    await intake.submit(actor, { bytes: cuscar('DOC-E1', list, { ref: 'E1' }), contentType: EDI });
    await intake.submit(actor, {
      bytes: cuscar('DOC-E1', list.slice(0, 1), { fn: 'replace', ref: 'E2' }),
      contentType: EDI,
    });
    const cancel = await intake.submit(actor, {
      bytes: cuscar('DOC-E1', [], { fn: 'cancel', ref: 'E3' }),
      contentType: EDI,
    });
    expect(cancel.acknowledgement.units[0]?.scoringJobId).toBeUndefined();
    const history = await intake.filingHistory(actor, `${senderId}|CUSCAR|DOC-E1`);
    expect(history.map((f) => [f.version, f.function])).toEqual([
      [1, 'original'],
      [2, 'replace'],
      [3, 'cancel'],
    ]);
    const bill = await consignmentHistory(getDb().db, AGENCY, 'BL005000');
    expect(bill.map((c) => [c.version, c.cancelled])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    const unknown = await intake.submit(actor, {
      bytes: cuscar('DOC-E9', list, { fn: 'replace', ref: 'E9' }),
      contentType: EDI,
    });
    expect(unknown.acknowledgement.status).toBe('rejected');
    expect(unknown.acknowledgement.units[0]?.diagnostics.map((d) => d.code)).toContain(
      'intake.replace-unknown-filing',
    );
  });

  it('refuses a body over the limit with payload_too_large, storing nothing', async () => {
    const { actor } = await carrier(getDb());
    const { intake } = services(getDb(), 1024);
    async function* stream() {
      for (let i = 0; i < 4; i++) {
        await Promise.resolve();
        yield new Uint8Array(512).fill(65);
      }
    }
    const error = await rejection(intake.submit(actor, { stream: stream(), contentType: EDI }));
    expect([error.code, error.status]).toEqual(['payload_too_large', 413]);
    expect(error.message).toMatch(/1 MiB|0\.0 MiB|larger than/);
  });
});
