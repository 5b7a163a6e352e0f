/**
 * Entity resolution for analysts: search, an entity's profile (members, identifiers, the evidence
 * that joined them, screening hits, consignments), merge and split decisions (recorded, audited and
 * respected by every later resolution), and the link graph: neighbourhood, paths, communities and
 * a seizure's network.
 */
import { AppError } from '../../core/app-error.ts';
import {
  neighbourhood,
  nodeId,
  seizureNetwork,
  shortestPaths,
  subgraph,
} from '../../intel/graph/index.ts';
import { normalizeName } from '../../intel/normalize/normalize-name.ts';
import { identifierKeys, mergeDecisions, splitDecisions } from '../../intel/resolution/index.ts';
import { jaroWinkler } from '../../intel/screening/jaro-winkler.ts';
import { insertEntityDecisions, listScreeningHits, type Db } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import {
  auditedTransaction,
  type AuditDeps,
  type AuditSpec,
} from '../audit/audited-transaction.ts';
import { loadAgencyEntities, type AgencyEntities } from './agency-entities.ts';
import { listCommunities } from './entity-communities.ts';
import { memberPage } from './member-groups.ts';
import {
  MAX_PROFILE_LINKS,
  type EntitiesService,
  type EntityMember,
  type EntitySummary,
  type GraphView,
} from './entities-types.ts';

/**
 * The distinct spellings of an entity's names, the most filed first (ties in code-point order,
 * so the same records always give the same heading): the profile is headed by the name the
 * entity is filed under most, not by whichever of its records the resolution lists first.
 */
function spellingsByUse(names: readonly string[]): string[] {
  const uses = new Map<string, number>();
  for (const n of names) uses.set(n, (uses.get(n) ?? 0) + 1);
  return [...uses.keys()].sort(
    (a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
}

function summaryOf(state: AgencyEntities, id: string): EntitySummary {
  const e = state.entities.get(id);
  if (!e) throw notFoundFor('entity.read');
  const parties = e.memberIds.flatMap((m) => state.parties.get(m) ?? []);
  const names = spellingsByUse(parties.map((p) => p.party.name));
  return {
    id,
    name: names[0] ?? id,
    names,
    members: e.memberIds.length,
    consignments: new Set(parties.map((p) => p.consignmentId)).size,
  };
}

function memberOf(state: AgencyEntities, partyId: string): EntityMember | undefined {
  const p = state.parties.get(partyId);
  if (!p) return undefined;
  return {
    partyId,
    name: p.party.name,
    role: p.party.role,
    billNumber: p.billNumber,
    consignmentId: p.consignmentId,
    ...(p.party.address?.country ? { country: p.party.address.country } : {}),
  };
}

/** Graph node ids accept an entity id (`E-…`) or a node id (`company:…`, `phone:…`). */
const toNode = (id: string): string => (id.startsWith('E-') ? nodeId('company', id) : id);

export function createEntitiesService(deps: AuditDeps): EntitiesService {
  const states = new Map<string, AgencyEntities>();
  const stateOf = async (agencyId: string, db = deps.database.db): Promise<AgencyEntities> => {
    const next = await loadAgencyEntities(db, agencyId, states.get(agencyId));
    states.set(agencyId, next);
    return next;
  };
  /** A read of entity data: access checked and an audit event written, in one transaction. */
  const read = <T>(
    actor: Actor,
    spec: AuditSpec<T>,
    body: (state: AgencyEntities, tx: Db) => T | Promise<T>,
    describe?: (result: T) => { details: Record<string, unknown> },
  ): Promise<T> =>
    auditedTransaction(
      deps,
      actor,
      { ...spec, agencyId: actor.agencyId, ...(describe ? { describe } : {}) },
      async (tx) => {
        requireAccess(actor, 'entity.read');
        return body(await stateOf(actor.agencyId, tx), tx);
      },
    );
  const view = (state: AgencyEntities, ids: Iterable<string>): GraphView =>
    subgraph(state.graph, ids);

  async function decide(
    actor: Actor,
    action: 'entity.merge' | 'entity.split',
    id: string,
    details: Record<string, unknown>,
    decisions: (state: AgencyEntities) => ReturnType<typeof mergeDecisions>,
    note: string | undefined,
  ): Promise<AgencyEntities> {
    requireAccess(actor, 'entity.write');
    // Resolution reads outside the transaction: the embedded engine has one connection.
    const list = decisions(await stateOf(actor.agencyId));
    if (list.length === 0)
      throw new AppError('validation_failed', `${action}: nothing to decide for entity ${id}.`);
    await auditedTransaction(
      deps,
      actor,
      { action, resourceType: 'entity', resourceId: id, details },
      async (tx) => {
        requireAccess(actor, 'entity.write');
        await insertEntityDecisions(tx, actor.agencyId, list, {
          decidedBy: actor.id,
          decidedAt: deps.clock.now(),
          ...(note ? { note } : {}),
        });
      },
    );
    return stateOf(actor.agencyId);
  }

  return {
    search: (actor, q, limit = 20) =>
      read(
        actor,
        { action: 'entity.search', resourceType: 'entity', details: { q } },
        (state) => {
          const key = normalizeName(q).key;
          const idKeys = [...identifierKeys({ phone: q, email: q, eori: q }).values()];
          if (key === '') return [];
          const scored: Array<[string, number]> = [];
          for (const [id, e] of state.entities) {
            let best = 0;
            for (const m of e.memberIds) {
              const p = state.parties.get(m);
              if (!p) continue;
              const pk = normalizeName(p.party.name).key;
              const exactId = [
                ...identifierKeys({ ...p.party, ...p.party.identifiers }).values(),
              ].some((v) => idKeys.includes(v));
              best = Math.max(best, exactId ? 1 : pk.includes(key) ? 0.95 : jaroWinkler(pk, key));
            }
            if (best >= 0.85) scored.push([id, best]);
          }
          return scored
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, limit)
            .map(([id]) => summaryOf(state, id));
        },
        (found) => ({ details: { q, results: found.length } }),
      ),

    memberLines: (actor, id, page = {}) =>
      read(
        actor,
        { action: 'entity.read', resourceType: 'entity', resourceId: id, details: { ...page } },
        (state) => {
          const e = state.entities.get(id);
          if (!e) throw notFoundFor('entity.read');
          const lines = memberPage(
            e.memberIds.flatMap((m) => state.parties.get(m) ?? []),
            page.memberOffset,
            page.memberLimit,
          );
          return { memberGroups: lines.groups, memberGroupsTotal: lines.total };
        },
      ),
    profile: (actor, id, page = {}) =>
      read(
        actor,
        { action: 'entity.read', resourceType: 'entity', resourceId: id },
        async (state, tx) => {
          const summary = summaryOf(state, id);
          const e = state.entities.get(id);
          const memberList = (e?.memberIds ?? []).flatMap((m) => memberOf(state, m) ?? []);
          const identifiers: Record<string, string[]> = {};
          for (const m of memberList) {
            const p = state.parties.get(m.partyId)?.party;
            if (!p) continue;
            for (const [kind, value] of identifierKeys({ ...p, ...p.identifiers }))
              if (!(identifiers[kind] ??= []).includes(value)) identifiers[kind].push(value);
          }
          const names = new Set(memberList.map((m) => m.name));
          const bills = [...new Set(memberList.map((m) => m.billNumber))];
          const hits = (await listScreeningHits(tx, actor.agencyId, { billNumbers: bills })).filter(
            (h) => names.has(h.partyName),
          );
          const consignmentList = [
            ...new Map(memberList.map((m) => [m.consignmentId, m.billNumber])),
          ].map(([cid, billNumber]) => ({ id: cid, billNumber }));
          const lines = memberPage(
            (e?.memberIds ?? []).flatMap((m) => state.parties.get(m) ?? []),
            page.memberOffset,
            page.memberLimit,
          );
          return {
            ...summary,
            memberList,
            memberGroups: lines.groups,
            memberGroupsTotal: lines.total,
            identifiers,
            sharedIdentifiers: e?.shared ?? [],
            conflicts: e?.conflicts ?? [],
            sameNameAndAddress: e?.sameNameAndAddress ?? [],
            links: (e?.links ?? []).slice(0, MAX_PROFILE_LINKS),
            linksTotal: e?.links.length ?? 0,
            screeningHits: hits,
            consignmentList,
          };
        },
      ),

    async merge(actor, id, otherId, note) {
      let anchor = '';
      const state = await decide(
        actor,
        'entity.merge',
        id,
        { with: otherId },
        (s) => {
          const a = s.entities.get(id);
          const b = s.entities.get(otherId);
          if (!a || !b) throw notFoundFor('entity.write');
          anchor = a.memberIds[0] ?? '';
          return mergeDecisions(a.memberIds, b.memberIds);
        },
        note,
      );
      return summaryOf(state, state.entityOfParty.get(anchor) ?? id);
    },

    async split(actor, id, partyIds, note) {
      let members: readonly string[] = [];
      const state = await decide(
        actor,
        'entity.split',
        id,
        { partyIds },
        (s) => {
          const e = s.entities.get(id);
          if (!e) throw notFoundFor('entity.write');
          const unknown = partyIds.find((p) => !e.memberIds.includes(p));
          if (unknown !== undefined)
            throw new AppError(
              'validation_failed',
              `partyIds: ${unknown} is not a member of entity ${id}.`,
            );
          members = e.memberIds;
          return splitDecisions(e.memberIds, partyIds);
        },
        note,
      );
      const after = new Set(members.map((m) => state.entityOfParty.get(m) ?? m));
      return [...after].flatMap((eid) => (state.entities.has(eid) ? [summaryOf(state, eid)] : []));
    },

    graph: (actor, id, hops) =>
      read(
        actor,
        { action: 'entity.graph', resourceType: 'entity', resourceId: id, details: { hops } },
        (state) => {
          const start = toNode(id);
          if (!state.graph.graph.hasNode(start)) throw notFoundFor('entity.read');
          return view(state, neighbourhood(state.graph, start, Math.min(Math.max(hops, 1), 4)));
        },
      ),

    paths: (actor, from, to) =>
      read(
        actor,
        { action: 'entity.paths', resourceType: 'entity', resourceId: from, details: { to } },
        (state) => {
          const paths = shortestPaths(state.graph, toNode(from), toNode(to));
          return { paths, ...view(state, paths.flat()) };
        },
        (r) => ({ details: { to, paths: r.paths.length } }),
      ),

    communities: (actor, options = {}) =>
      read(
        actor,
        { action: 'entity.communities', resourceType: 'entity-graph', details: { ...options } },
        (state, tx) => listCommunities(state, tx, actor.agencyId, options),
        (list) => ({
          details: { ...options, communities: list.total, hubs: list.hubs.total },
        }),
      ),

    seizure: (actor, seizureId, hops) =>
      read(
        actor,
        {
          action: 'entity.seizure-network',
          resourceType: 'seizure',
          resourceId: seizureId,
          details: { hops },
        },
        (state) => {
          const node = nodeId('seizure', seizureId);
          if (!state.graph.graph.hasNode(node)) throw notFoundFor('entity.read');
          return view(state, seizureNetwork(state.graph, node, hops));
        },
      ),

    consignmentParties: (actor, consignmentId) =>
      read(
        actor,
        {
          action: 'consignment.parties',
          resourceType: 'consignment',
          resourceId: consignmentId,
        },
        async (state, tx) => {
          const members = [...state.parties.values()]
            .filter((p) => p.consignmentId === consignmentId)
            .flatMap((p) => memberOf(state, p.id) ?? []);
          if (members.length === 0) throw notFoundFor('entity.read');
          const hits = await listScreeningHits(tx, actor.agencyId, {
            billNumbers: [members[0]?.billNumber ?? ''],
          });
          return members.map((m) => ({
            ...m,
            entityId: state.entityOfParty.get(m.partyId) ?? m.partyId,
            screeningHits: hits.filter(
              (h) =>
                h.consignmentId === consignmentId &&
                h.partyName === m.name &&
                h.partyRole === m.role,
            ),
          }));
        },
      ),
  };
}
