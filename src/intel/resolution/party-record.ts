/**
 * A party as entity resolution sees it — a name with whatever address and identifiers the filing
 * or the partner's intelligence gave — and its prepared form: normalised name tokens, address key
 * and identifier keys folded so that equal values compare equal.
 */
import { normalizeAddress, type AddressInput } from '../normalize/normalize-address.ts';
import { normalizeName } from '../normalize/normalize-name.ts';
import { identifierKeys, type IdentifierKind } from './identifier-keys.ts';

export interface PartyRecord {
  /** Unique within a resolution run (e.g. the stored party's id). */
  readonly id: string;
  readonly name: string;
  readonly address?: AddressInput;
  readonly eori?: string;
  readonly vat?: string;
  readonly imo?: string;
  readonly phone?: string;
  readonly email?: string;
}

export interface PreparedRecord {
  readonly record: PartyRecord;
  readonly tokens: readonly string[];
  readonly nameKey: string;
  readonly country: string;
  /** Full address key, or '' when the street or city is missing. */
  readonly addressKey: string;
  readonly identifiers: ReadonlyMap<IdentifierKind, string>;
}

export function prepareRecord(record: PartyRecord): PreparedRecord {
  const name = normalizeName(record.name);
  const address = record.address ? normalizeAddress(record.address) : undefined;
  return {
    record,
    tokens: name.tokens,
    nameKey: name.key,
    country: address?.country ?? '',
    addressKey: address && address.street !== '' && address.city !== '' ? address.key : '',
    identifiers: identifierKeys(record),
  };
}
