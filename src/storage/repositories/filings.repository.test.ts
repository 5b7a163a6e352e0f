// Filings are versioned per key, never overwritten; history and latest come back in order.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  appendFilingVersion,
  filingHistory,
  filingKeyOf,
  getFiling,
  latestFiling,
  latestFilingsOfSender,
  type FilingInput,
} from './filings.repository.ts';

const original: FilingInput = {
  agencyId: 'be-customs',
  sender: 'MAEU',
  messageType: 'CUSCAR',
  documentNumber: 'DOC-1',
  function: 'original',
  format: 'edifact',
  status: 'accepted-with-warnings',
  diagnostics: [{ code: 'x.warn', severity: 'warning', message: 'w', at: { segment: 4 } }],
  receivedAt: new Date('2024-03-01T08:00:00Z'),
};

describeEachEngine('filings repository', (getDb) => {
  it('numbers versions of one key 1..n and keeps every version', async () => {
    const { db } = getDb();
    const v1 = await appendFilingVersion(db, original);
    const at = new Date('2024-03-02T08:00:00Z');
    const v2 = await appendFilingVersion(db, { ...original, function: 'replace', receivedAt: at });
    const v3 = await appendFilingVersion(db, { ...original, function: 'cancel', receivedAt: at });
    expect([v1.version, v2.version, v3.version]).toEqual([1, 2, 3]);
    const key = filingKeyOf('MAEU', 'CUSCAR', 'DOC-1');
    const history = await filingHistory(db, 'be-customs', key);
    expect(history.map((f) => f.function)).toEqual(['original', 'replace', 'cancel']);
    expect(history[0]?.diagnostics).toEqual(original.diagnostics);
    expect((await latestFiling(db, 'be-customs', key))?.id).toBe(v3.id);
  });

  it('keeps keys apart and lists the latest version of each key of a sender', async () => {
    const { db } = getDb();
    const other = await appendFilingVersion(db, { ...original, documentNumber: 'DOC-2' });
    expect(other.version).toBe(1);
    const latest = await latestFilingsOfSender(db, 'be-customs', 'MAEU');
    expect(latest.map((f) => [f.documentNumber, f.version])).toEqual([
      ['DOC-1', 3],
      ['DOC-2', 1],
    ]);
    expect((await getFiling(db, other.id))?.filingKey).toBe(filingKeyOf('MAEU', 'CUSCAR', 'DOC-2'));
  });

  it('numbers the same key filed with another agency separately', async () => {
    const { db } = getDb();
    const elsewhere = await appendFilingVersion(db, { ...original, agencyId: 'nl-customs' });
    expect(elsewhere.version).toBe(1);
    const key = filingKeyOf('MAEU', 'CUSCAR', 'DOC-1');
    expect((await latestFiling(db, 'be-customs', key))?.version).toBe(3);
  });

  it('gives concurrent appends distinct versions', async () => {
    const database = getDb();
    const input = { ...original, documentNumber: 'DOC-RACE' };
    const versions = await Promise.all(
      [1, 2, 3, 4].map(() =>
        database.transaction((tx) => appendFilingVersion(tx, input)).then((f) => f.version),
      ),
    );
    expect([...versions].sort()).toEqual([1, 2, 3, 4]);
  });
});
