/**
 * An agency's resolved entities: every party of its latest consignment versions resolved with the
 * analysts' decisions, and the link graph over them and the seizures. Rebuilt when parties,
 * decisions or seizures change (their counts are the cache key), kept per agency otherwise.
 */
import type { LinkGraph } from '../../intel/graph/index.ts';
import { buildLinkGraph, type GraphConsignment } from '../../intel/graph/index.ts';
import {
  recordFromParty,
  resolveParties,
  type ResolvedEntity,
} from '../../intel/resolution/index.ts';
import {
  listContainersOf,
  listEntityDecisions,
  listLatestParties,
  listSeizures,
  type Db,
  type StoredParty,
  type StoredSeizure,
} from '../../storage/index.ts';

export interface AgencyEntities {
  readonly key: string;
  readonly parties: ReadonlyMap<string, StoredParty>;
  readonly entities: ReadonlyMap<string, ResolvedEntity>;
  readonly entityOfParty: ReadonlyMap<string, string>;
  readonly graph: LinkGraph;
  readonly seizures: readonly StoredSeizure[];
}

function consignmentsOf(
  parties: readonly StoredParty[],
  entityOfParty: ReadonlyMap<string, string>,
  containers: ReadonlyMap<string, string[]>,
): GraphConsignment[] {
  const byConsignment = new Map<string, StoredParty[]>();
  for (const p of parties)
    byConsignment.set(p.consignmentId, [...(byConsignment.get(p.consignmentId) ?? []), p]);
  return [...byConsignment].map(([id, list]) => ({
    id,
    billNumber: list[0]?.billNumber ?? id,
    ...(list[0]?.vesselImo ? { vesselImo: list[0].vesselImo } : {}),
    containers: containers.get(id) ?? [],
    parties: list.map((p) => ({
      entityId: entityOfParty.get(p.id) ?? p.id,
      name: p.party.name,
      role: p.party.role,
      ...(p.party.address ? { address: p.party.address } : {}),
      ...(p.party.phone ? { phone: p.party.phone } : {}),
      ...(p.party.email ? { email: p.party.email } : {}),
    })),
  }));
}

export async function loadAgencyEntities(
  db: Db,
  agencyId: string,
  previous: AgencyEntities | undefined,
): Promise<AgencyEntities> {
  const [parties, decisions, seizures] = await Promise.all([
    listLatestParties(db, agencyId),
    listEntityDecisions(db, agencyId),
    listSeizures(db, agencyId),
  ]);
  const key = `${parties.length}:${parties.at(-1)?.id ?? ''}:${decisions.length}:${seizures.length}`;
  if (previous?.key === key) return previous;
  const { entities } = resolveParties(
    parties.map((p) => recordFromParty(p.id, p.party)),
    { decisions },
  );
  const entityOfParty = new Map(
    entities.flatMap((e) => e.memberIds.map((m) => [m, e.id] as const)),
  );
  const rows = await listContainersOf(db, [...new Set(parties.map((p) => p.consignmentId))]);
  const containers = new Map<string, string[]>();
  for (const r of rows)
    containers.set(r.consignmentId, [
      ...(containers.get(r.consignmentId) ?? []),
      r.containerNumber,
    ]);
  const graph = buildLinkGraph({
    consignments: consignmentsOf(parties, entityOfParty, containers),
    seizures: seizures.map((s) => ({
      id: s.id,
      containerNumber: s.containerNumber,
      label: `${s.netKg} kg ${s.substance}`,
    })),
  });
  return {
    key,
    parties: new Map(parties.map((p) => [p.id, p])),
    entities: new Map(entities.map((e) => [e.id, e])),
    entityOfParty,
    graph,
    seizures,
  };
}
