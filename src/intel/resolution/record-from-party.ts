/** A filed party (core cargo model) as a record for entity resolution. */
import type { Party } from '../../core/cargo/party.ts';
import type { PartyRecord } from './party-record.ts';

export function recordFromParty(id: string, p: Party): PartyRecord {
  const ids = p.identifiers;
  return {
    id,
    name: p.name,
    ...(p.address ? { address: p.address } : {}),
    ...(ids?.eori ? { eori: ids.eori } : {}),
    ...(ids?.vat ? { vat: ids.vat } : {}),
    ...(ids?.other?.imo ? { imo: ids.other.imo } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.email ? { email: p.email } : {}),
  };
}
