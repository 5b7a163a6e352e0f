// Storage test helper: an accepted original filing of a sender's message, for the events the
// tests store to name as theirs.
import type { MessageType } from '../core/cargo/filing.ts';
import type { Db } from './db.ts';
import { appendFilingVersion } from './repositories/filings.repository.ts';

/** Stores the filing (be-customs, received 2024-03-10 12:00 UTC); returns its id. */
export async function acceptedFiling(
  db: Db,
  sender: string,
  messageType: MessageType,
  documentNumber: string,
): Promise<string> {
  const stored = await appendFilingVersion(db, {
    agencyId: 'be-customs',
    sender,
    messageType,
    documentNumber,
    function: 'original',
    format: messageType === 'DCSA-TNT' ? 'dcsa-json' : 'edifact',
    status: 'accepted',
    diagnostics: [],
    receivedAt: new Date('2024-03-10T12:00:00Z'),
  });
  return stored.id;
}
