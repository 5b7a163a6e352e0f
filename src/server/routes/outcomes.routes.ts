/** Scans, inspections, seizures, chain of custody, holds waived, effectiveness figures. */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { Clock } from '../../services/clock.ts';
import type { Actor } from '../../services/access/actor.ts';
import type { Permission } from '../../services/access/permissions.ts';
import type {
  CustomsStatusService,
  InspectionInput,
  OutcomesService,
  ScanInput,
  SeizureRequest,
  StatsService,
  WaiverInput,
} from '../../services/outcomes/index.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import { ErrorRef } from './intake-schemas.ts';
import { outcomesStatsRoutes } from './outcomes-stats.routes.ts';
import { customsStatusRoutes } from './outcomes-customs-status.routes.ts';
import {
  CustodyBody,
  CustodySchema,
  InspectionBody,
  ScanBody,
  SeizureBody,
  SelectionDetailSchema,
  SelectionSummarySchema,
  Version,
  WaiverBody,
} from './outcomes-schemas.ts';

/** What these routes need from the services. */
export interface OutcomesServerDeps {
  readonly outcomes: OutcomesService;
  readonly customsStatus: CustomsStatusService;
  readonly stats: StatsService;
  readonly clock: Clock;
  readonly actorOf: ActorOf;
}

const Id = Type.Object({ id: Type.String({ maxLength: 64 }) });
const errors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef, 409: ErrorRef, 422: ErrorRef };
const security = [{ apiKey: [] }, { session: [] }];

type Step = 'scan' | 'release' | 'inspection' | 'seizure' | 'waive';

interface StepRoute {
  readonly permission: Permission;
  readonly summary: string;
  readonly body: object;
  readonly run: (o: OutcomesService, a: Actor, id: string, body: unknown) => Promise<unknown>;
}

const STEPS: Readonly<Record<Step, StepRoute>> = {
  scan: {
    permission: 'scan.record',
    summary: 'Record the scan of a selected container (image hash, verdict, anomaly zones)',
    body: ScanBody,
    run: (o, a, id, body) => o.recordScan(a, id, body as ScanInput),
  },
  release: {
    permission: 'scan.record',
    summary: 'Release a container after a clear scan, a negative inspection or a waived hold',
    body: Type.Object({ version: Version }),
    run: (o, a, id, body) => o.release(a, id, body as { version: number }),
  },
  inspection: {
    permission: 'inspection.record',
    summary: 'Record the physical inspection of a container (team, findings, found)',
    body: InspectionBody,
    run: (o, a, id, body) => o.recordInspection(a, id, body as InspectionInput),
  },
  seizure: {
    permission: 'seizure.record',
    summary: 'Record a seizure (substance, kilograms, packages, concealment code, evidence hashes)',
    body: SeizureBody,
    run: (o, a, id, body) => o.recordSeizure(a, id, body as SeizureRequest),
  },
  waive: {
    permission: 'hold.waive',
    summary: 'Waive the mandatory hold of a selection (supervisors), with the reason',
    body: WaiverBody,
    run: (o, a, id, body) => o.waiveHold(a, id, body as WaiverInput),
  },
};

export function outcomesRoutes(deps: OutcomesServerDeps): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/api/v1/selections',
      {
        config: { permission: 'outcome.read' },
        schema: {
          tags: ['outcomes'],
          summary: 'Selected containers of the scan plans with their workflow state and version',
          security,
          querystring: Type.Object({
            callId: Type.Optional(Type.String({ maxLength: 100 })),
            state: Type.Optional(Type.String({ maxLength: 20 })),
            containerNumber: Type.Optional(Type.String({ maxLength: 20 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
          }),
          response: { 200: Type.Object({ items: Type.Array(SelectionSummarySchema) }), ...errors },
        },
      },
      async (request) => {
        const q = request.query as {
          callId?: string;
          state?: string;
          containerNumber?: string;
          limit?: number;
        };
        return { items: await deps.outcomes.listSelections(await deps.actorOf(request), q) };
      },
    );
    app.get(
      '/api/v1/selections/:id',
      {
        config: { permission: 'outcome.read' },
        schema: {
          tags: ['outcomes'],
          summary: 'One selection: state, version, history, scan, inspection, seizures, custody',
          security,
          params: Id,
          response: { 200: SelectionDetailSchema, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        return deps.outcomes.getSelection(await deps.actorOf(request), id);
      },
    );
    for (const [path, step] of Object.entries(STEPS)) {
      app.post(
        `/api/v1/selections/:id/${path}`,
        {
          config: { permission: step.permission },
          schema: {
            tags: ['outcomes'],
            summary: step.summary,
            security,
            params: Id,
            body: step.body,
            response: { 200: SelectionDetailSchema, ...errors },
          },
        },
        async (request) => {
          const { id } = request.params as { id: string };
          return step.run(deps.outcomes, await deps.actorOf(request), id, request.body);
        },
      );
    }
    app.post(
      '/api/v1/selections/:id/custody',
      {
        config: { permission: 'custody.record' },
        schema: {
          tags: ['outcomes'],
          summary: 'Add a chain-of-custody entry to a seizure (who held it, when and where)',
          security,
          params: Id,
          body: CustodyBody,
          response: { 201: CustodySchema, ...errors },
        },
      },
      async (request, reply) => {
        const { id } = request.params as { id: string };
        const body = request.body as Parameters<OutcomesService['addCustody']>[2];
        const entry = await deps.outcomes.addCustody(await deps.actorOf(request), id, body);
        return reply.status(201).send(entry);
      },
    );
    await app.register(outcomesStatsRoutes(deps));
    await app.register(customsStatusRoutes(deps));
  };
}
