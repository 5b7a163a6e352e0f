// A message or payload that yields no record is never "accepted": a CUSCAR whose only EQD is
// outside any consignment, a BAPLIE without stowed units, an empty DCSA array and a CSV manifest
// without rows are rejected, with a diagnostic naming where (segment, pointer or file). Nothing
// is filed and no scoring job is queued.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../support/db.ts';
import { carrier, services } from './intake-fixtures.ts';

const EDI = 'application/edifact';
const encode = (s: string) => new TextEncoder().encode(s);

function interchange(ref: string, body: readonly string[]): Uint8Array {
  const message = [...body, `UNT+${body.length + 1}+1`];
  return encode(
    [
      "UNA:+.? '",
      `UNB+UNOC:3+MAEU+BECUSTOMS+240310:1000+${ref}'`,
      ...message.map((s) => `${s}'`),
      `UNZ+1+${ref}'`,
    ].join('\n'),
  );
}

describeEachEngine('intake of messages that hold no record', (getDb) => {
  it('rejects a CUSCAR whose only EQD is outside any consignment, naming that EQD', async () => {
    const { actor } = await carrier(getDb());
    const bytes = interchange('E0', [
      'UNH+1+CUSCAR:D:96A:UN',
      'BGM+85+MANIF-EMPTY+9',
      'TDT+20+412W+1++MAEU:172:182+++9321483:146:11:MAERSK ESSEN:DK',
      'LOC+11+BEANR:139:6',
      'EQD+CN+MSKU1234565+45R1:102:5+++5',
    ]);
    const { acknowledgement: ack } = await services(getDb()).intake.submit(actor, {
      bytes,
      contentType: EDI,
    });
    expect(ack.status).toBe('rejected');
    const [unit] = ack.units;
    expect(unit?.status).toBe('rejected');
    expect(unit?.filing).toBeUndefined();
    expect(unit?.scoringJobId).toBeUndefined();
    const empty = unit?.diagnostics.find((d) => d.code === 'edifact.message-empty');
    expect(empty?.severity).toBe('error');
    expect(empty?.at).toMatchObject({ message: '1', segment: 5, tag: 'EQD' });
    expect(empty?.message).toContain('MSKU1234565');
    expect(ack.edifact?.aperak).toBeDefined();
  });

  it('rejects a BAPLIE without any stowed unit, at its BGM', async () => {
    const { actor } = await carrier(getDb());
    const bytes = interchange('E1', [
      'UNH+1+BAPLIE:D:95B:UN:SMDG20',
      'BGM++STOW-EMPTY+9',
      'TDT+20+412W+++MAEU:172:20+++9321483:146:11:MAERSK ESSEN',
      'LOC+5+ECGYE:139:6',
    ]);
    const { acknowledgement: ack } = await services(getDb()).intake.submit(actor, {
      bytes,
      contentType: EDI,
    });
    expect(ack.status).toBe('rejected');
    const empty = ack.units[0]?.diagnostics.find((d) => d.code === 'edifact.message-empty');
    expect(empty?.at).toMatchObject({ segment: 2, tag: 'BGM' });
  });

  it('rejects an empty DCSA event list and a CSV manifest with only its header', async () => {
    const { actor } = await carrier(getDb());
    const { intake } = services(getDb());
    const dcsa = await intake.submit(actor, {
      bytes: encode('[]'),
      contentType: 'application/json',
      idempotencyKey: 'empty-json',
    });
    expect(dcsa.acknowledgement.status).toBe('rejected');
    expect(dcsa.acknowledgement.units[0]?.filing).toBeUndefined();
    const csv = await intake.submit(actor, {
      bytes: encode('bill_number,port_of_loading,port_of_discharge,description,packages\n'),
      contentType: 'text/csv',
      filename: 'manifest.csv',
    });
    expect(csv.acknowledgement.status).toBe('rejected');
    const codes = csv.acknowledgement.units.flatMap((u) => u.diagnostics.map((d) => d.code));
    expect(codes).toContain('csv.no-rows');
  });
});
