/**
 * The parties the simulated filings named, each once, with the real-world entity behind it: the
 * truth entity resolution is scored against. A party is one company under one spelling at one
 * address in one role, as a filing carries it.
 */
import type { Party } from '../../core/cargo/party.ts';
import { companyOfParty } from '../generate/to-cargo.ts';
import type { SimDay } from '../sim-day.ts';

export interface PartyTruth {
  readonly party: Party;
  readonly companyId: string;
  readonly entityId: string;
  readonly front: boolean;
}

export function partyTruths(days: Iterable<SimDay>): PartyTruth[] {
  const seen = new Set<Party>();
  const out: PartyTruth[] = [];
  for (const day of days)
    for (const call of day.calls)
      for (const filing of call.filings)
        for (const c of filing.consignments)
          for (const party of c.parties) {
            const company = companyOfParty(party);
            if (seen.has(party) || company === undefined) continue;
            seen.add(party);
            out.push({
              party,
              companyId: company.id,
              entityId: company.entityId,
              front: company.front,
            });
          }
  return out;
}
