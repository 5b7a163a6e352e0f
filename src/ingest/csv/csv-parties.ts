/** Reads the shipper_*, consignee_*, notify_* and forwarder_* columns of a row into parties. */
import type { Party } from '../../core/cargo/party.ts';
import { parseCountryCode } from '../../core/identifiers/country-code.ts';
import { parseEori } from '../../core/identifiers/eori.ts';
import { PARTY_COLUMN_ROLES, type CsvColumn, type PartyColumnRole } from './csv-columns.ts';
import type { CsvRowReader } from './csv-row-reader.ts';

export interface CsvLookups {
  readonly isKnownLocode?: (code: string) => boolean;
  readonly isKnownCountry?: (code: string) => boolean;
  readonly isKnownHs6?: (hs6: string) => boolean;
}

function readParty(r: CsvRowReader, role: PartyColumnRole, lookups: CsvLookups): Party | undefined {
  const col = (f: string) => `${role}_${f}` as CsvColumn;
  const anyGiven = ['street', 'city', 'postcode', 'country', 'eori'].some(
    (f) => r.text(col(f)) !== undefined,
  );
  const name = r.text(col('name'), anyGiven);
  if (name === undefined) return undefined;
  const country = r.identifier(col('country'), (raw) =>
    parseCountryCode(raw, lookups.isKnownCountry),
  );
  const eori = r.identifier(col('eori'), (raw) => parseEori(raw, lookups.isKnownCountry));
  const address = {
    ...optional('street', r.text(col('street'))),
    ...optional('city', r.text(col('city'))),
    ...optional('postcode', r.text(col('postcode'))),
    ...optional('country', country),
  };
  return {
    role,
    name,
    ...(Object.keys(address).length > 0 ? { address } : {}),
    ...(eori === undefined ? {} : { identifiers: { eori } }),
  };
}

export function readParties(r: CsvRowReader, lookups: CsvLookups): Party[] {
  return PARTY_COLUMN_ROLES.flatMap((role) => readParty(r, role, lookups) ?? []);
}

export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
