/**
 * Cargo reads for the officers' pages: a consignment (bill) with its versions and its route's
 * places on the map, and a container with the bills that list it and its moves (each listing the
 * senders' reports of it; `?reports=all` adds every report as received). Each read is checked
 * and audited by the cargo query service.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { CargoQueryService } from '../../services/cargo/cargo-query.service.ts';
import { routePlaces } from '../../services/cargo/route-places.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import type { ContainerMove } from '../../core/cargo/container-moves.ts';
import { ContainerDetail, ContainerQuery } from './cargo-schemas.ts';
import { ErrorRef } from './intake-schemas.ts';

export interface CargoServerDeps {
  readonly service: CargoQueryService;
  readonly actorOf: ActorOf;
}

const open = { additionalProperties: true } as const;
const errors = { 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef, 422: ErrorRef };
const security = [{ apiKey: [] }, { session: [] }];

const Version = Type.Object({
  version: Type.Integer(),
  filingId: Type.String(),
  filedAt: Type.String(),
  cancelled: Type.Boolean(),
});

const RoutePlace = Type.Object({
  role: Type.String(),
  locode: Type.String(),
  name: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
  lat: Type.Optional(Type.Number()),
  lon: Type.Optional(Type.Number()),
});

const ConsignmentDetail = Type.Object({
  id: Type.String({ description: "The latest version's id" }),
  billNumber: Type.String(),
  agencyId: Type.String(),
  version: Type.Integer(),
  filedAt: Type.String(),
  cancelled: Type.Boolean(),
  consignment: Type.Object({}, open),
  route: Type.Array(RoutePlace),
  history: Type.Array(Version),
});

export function cargoRoutes(deps: CargoServerDeps): FastifyPluginAsync {
  return (app) => {
    const tags = ['cargo'];
    app.get(
      '/api/v1/consignments/:billNumber',
      {
        config: { permission: 'consignment.read' },
        schema: {
          tags,
          summary: "A bill's latest version: parties, goods, equipment, route places, versions",
          security,
          params: Type.Object({ billNumber: Type.String({ minLength: 1, maxLength: 70 }) }),
          response: { 200: ConsignmentDetail, ...errors },
        },
      },
      async (request) => {
        const { billNumber } = request.params as { billNumber: string };
        const view = await deps.service.getConsignment(await deps.actorOf(request), billNumber);
        return {
          id: view.id,
          billNumber: view.consignment.billNumber,
          agencyId: view.agencyId,
          version: view.version,
          filedAt: view.filedAt,
          cancelled: view.cancelled,
          consignment: view.consignment as unknown as Record<string, unknown>,
          route: routePlaces(view.consignment.route),
          history: view.history.map((h) => ({
            version: h.version,
            filingId: h.filingId,
            filedAt: h.filedAt,
            cancelled: h.cancelled,
          })),
        };
      },
    );
    app.get(
      '/api/v1/containers/:containerNumber',
      {
        config: { permission: 'consignment.read' },
        schema: {
          tags,
          summary: 'A container: the bills that list it and its moves, oldest first',
          description:
            "A move reported by several senders (a terminal's CODECO or COARRI and a carrier's " +
            'DCSA event) is one move listing each report; reports that disagree on seals, ' +
            'full/empty or vessel show it in `discrepancies`. A report whose event its sender ' +
            'retracted is kept, marked `retracted`, and counts no more. See docs/intake.md.',
          security,
          params: Type.Object({ containerNumber: Type.String({ minLength: 4, maxLength: 20 }) }),
          querystring: ContainerQuery,
          response: { 200: ContainerDetail, ...errors },
        },
      },
      async (request) => {
        const { containerNumber } = request.params as { containerNumber: string };
        const { reports } = request.query as { reports?: 'all' };
        const view = await deps.service.getContainer(await deps.actorOf(request), containerNumber);
        return {
          containerNumber: view.containerNumber,
          bills: view.bills.map((b) => ({ billNumber: b.billNumber, version: b.version })),
          events: view.reports.map((r): Record<string, unknown> => ({
            ...r.event,
            ...(r.retracted ? { retracted } : {}),
          })),
          moves: view.moves.map(presentMove),
          ...(reports === 'all' ? { reports: view.reports } : {}),
        };
      },
    );
    return Promise.resolve();
  };
}

function presentMove(move: ContainerMove) {
  return {
    ...move.event,
    reports: move.reports.map((r) => ({
      id: r.id,
      eventAt: r.event.eventAt,
      ...(r.event.sourceEventId ? { sourceEventId: r.event.sourceEventId } : {}),
      ...(r.source ? { source: r.source } : {}),
      ...(r.retracted ? { retracted } : {}),
    })),
    discrepancies: move.discrepancies,
    ...(move.retracted ? { retracted } : {}),
  };
}

const retracted = true as const;
