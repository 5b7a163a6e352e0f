/** OpenAPI schemas of the targeting routes: calls, queue entries, assessments, plans, rules, models. */
import { Type } from 'typebox';
import { CALL_ARRIVALS } from '../../services/targeting/targeting-types.ts';

const open = { additionalProperties: true } as const;

export const VesselCallSchema = Type.Object({
  id: Type.String({ description: '<IMO>:<voyage>:<port>' }),
  vesselImo: Type.String(),
  voyageNumber: Type.String(),
  port: Type.String(),
  eta: Type.Optional(Type.String({ description: "Earliest ETA of the call's port-call rows" })),
  filed: Type.Boolean({
    description:
      'Whether a cargo report (a manifest naming the call) was filed: false for a call at a home port known only from an actual arrival or departure event, whose containers are not known yet (`containers` is then 0)',
  }),
  containers: Type.Integer({
    description:
      'Distinct containers of the call, as currently assessed; 0 for a call at a home port known only from an actual arrival or departure event',
  }),
  high: Type.Integer({ description: 'Of those, in the high band in their current assessment' }),
  holds: Type.Integer({
    description: 'Of those, under a mandatory hold in their current assessment',
  }),
  vesselName: Type.Optional(Type.String({ description: "The vessel's name, when known" })),
  ata: Type.Optional(
    Type.String({
      description:
        "Earliest ATA of the call's port-call rows: a filing's DTM 178 or an actual (ACT) arrival event at the port; a retracted event no longer counts",
    }),
  ),
  arrival: Type.Optional(
    Type.Union(
      CALL_ARRIVALS.map((a) => Type.Literal(a)),
      {
        description:
          'With an ETA or an ATA: upcoming while the ATA (or without one the ETA) is at most 12 hours past',
      },
    ),
  ),
  plan: Type.Optional(
    Type.Object(
      {
        id: Type.String(),
        createdAt: Type.String(),
        selected: Type.Integer({ description: 'Containers the plan selects' }),
        scanned: Type.Integer({ description: "Of the plan's selections, those scanned" }),
      },
      { description: 'The newest scan plan (to callers who read scan plans)' },
    ),
  ),
  listed: Type.Optional(
    Type.Array(
      Type.Object({
        listId: Type.String(),
        entryId: Type.String(),
        name: Type.String({ description: "The vessel's name on the list" }),
        programmes: Type.Array(Type.String()),
        narcotics: Type.Boolean(),
      }),
      {
        description:
          "The watchlist entries in force that name the call's vessel by its IMO number (exact match); absent when none",
      },
    ),
  ),
});

export const ReasonSchema = Type.Object({
  kind: Type.String(),
  ref: Type.String(),
  text: Type.String(),
});

export const QueueEntrySchema = Type.Object({
  assessmentId: Type.String(),
  containerNumber: Type.String(),
  billNumber: Type.String(),
  score: Type.Number(),
  band: Type.String(),
  mandatoryHold: Type.Boolean(),
  topReasons: Type.Array(ReasonSchema),
});

export const AssessmentSchema = Type.Object({
  id: Type.String(),
  containerNumber: Type.String(),
  billNumber: Type.String(),
  vesselCall: Type.Optional(Type.String()),
  score: Type.Number(),
  band: Type.String(),
  mandatoryHold: Type.Boolean(),
  explanation: Type.Object({ text: Type.String(), reasons: Type.Array(ReasonSchema) }),
  ruleSetVersion: Type.String(),
  modelVersion: Type.Optional(Type.String()),
  modelHash: Type.Optional(Type.String()),
  features: Type.Optional(Type.Object({}, open)),
  assessedAt: Type.String(),
});

export const SelectionSchema = Type.Object({
  containerNumber: Type.String(),
  billNumber: Type.String(),
  score: Type.Number(),
  reason: Type.String(),
  propensity: Type.Number(),
  selected: Type.Boolean(),
  note: Type.Optional(Type.String()),
});

export const ScanPlanSchema = Type.Object({
  id: Type.String(),
  vesselCall: Type.String(),
  terminal: Type.String(),
  shift: Type.String(),
  capacity: Type.Integer(),
  controlShare: Type.Number(),
  controlPool: Type.Integer(),
  controlPropensity: Type.Number(),
  seed: Type.String(),
  createdAt: Type.String(),
  selections: Type.Array(SelectionSchema),
});

export const RuleSetSchema = Type.Object({
  id: Type.String(),
  setId: Type.String(),
  version: Type.String(),
  status: Type.String(),
  createdBy: Type.String(),
  createdAt: Type.String(),
  activatedAt: Type.Optional(Type.String()),
  document: Type.Optional(Type.Object({}, open)),
});

const Interval = Type.Object({ low: Type.Number(), high: Type.Number() });

export const BacktestSchema = Type.Object({
  ruleId: Type.String(),
  records: Type.Integer(),
  positives: Type.Integer(),
  hits: Type.Integer(),
  truePositives: Type.Integer(),
  baseRate: Type.Number(),
  precision: Type.Optional(Type.Number()),
  precisionInterval: Interval,
  recall: Type.Optional(Type.Number()),
  recallInterval: Interval,
  lift: Type.Optional(Type.Number()),
});

export const ModelSchema = Type.Object({
  version: Type.String(),
  status: Type.String(),
  modelHash: Type.String(),
  trainingDataSha256: Type.String(),
  metadata: Type.Object({}, open),
  createdAt: Type.String(),
  activatedAt: Type.Optional(Type.String()),
});
