/** TypeBox schemas of the outcome routes: selections, their records, customs status, statistics. */
import { Type } from 'typebox';

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256, lower-case hex' });
export const Version = Type.Integer({
  minimum: 1,
  maximum: 2_147_483_647,
  description: 'The version read; stale → 409',
});

export const SelectionSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  containerNumber: Type.String(),
  billNumber: Type.String(),
  callId: Type.String(),
  state: Type.String(),
  version: Type.Integer(),
  reason: Type.String(),
  propensity: Type.Number(),
  score: Type.Number(),
  mandatoryHold: Type.Boolean(),
  holdWaived: Type.Boolean(),
  updatedAt: Type.String({ format: 'date-time' }),
});

const Evidence = Type.Object({
  sha256: Sha256,
  description: Type.String({ minLength: 1, maxLength: 500 }),
});

const Transition = Type.Object({
  action: Type.String(),
  from: Type.String(),
  to: Type.String(),
  version: Type.Integer(),
  by: Type.String(),
  at: Type.String({ format: 'date-time' }),
  details: Type.Record(Type.String(), Type.Unknown()),
});

const Scan = Type.Object({
  scannerId: Type.String(),
  imageRef: Type.String(),
  imageSha256: Type.String(),
  verdict: Type.String(),
  anomalyZones: Type.Array(Type.String()),
  recordedBy: Type.String(),
  recordedAt: Type.String({ format: 'date-time' }),
});

const Inspection = Type.Object({
  team: Type.String(),
  findings: Type.String(),
  found: Type.Boolean(),
  recordedBy: Type.String(),
  recordedAt: Type.String({ format: 'date-time' }),
});

const Seizure = Type.Object({
  id: Type.String({ format: 'uuid' }),
  port: Type.String(),
  substance: Type.String(),
  grossKg: Type.Number(),
  netKg: Type.Number(),
  packages: Type.Integer(),
  concealment: Type.String(),
  location: Type.String(),
  evidence: Type.Array(Evidence),
  recordedBy: Type.String(),
  recordedAt: Type.String({ format: 'date-time' }),
});

export const CustodySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  seizureId: Type.String({ format: 'uuid' }),
  holder: Type.String(),
  location: Type.String(),
  at: Type.String({ format: 'date-time' }),
  note: Type.Optional(Type.String()),
  recordedBy: Type.String(),
  recordedAt: Type.String({ format: 'date-time' }),
});

export const SelectionDetailSchema = Type.Intersect([
  SelectionSummarySchema,
  Type.Object({
    history: Type.Array(Transition),
    scan: Type.Optional(Scan),
    inspection: Type.Optional(Inspection),
    seizures: Type.Array(Seizure),
    custody: Type.Array(CustodySchema),
    customsStatuses: Type.Array(Type.String()),
  }),
]);

export const ScanBody = Type.Object({
  version: Version,
  scannerId: Type.String({ minLength: 1, maxLength: 100 }),
  imageRef: Type.String({ minLength: 1, maxLength: 500 }),
  imageSha256: Type.String({ maxLength: 100 }),
  verdict: Type.Union([Type.Literal('clear'), Type.Literal('anomaly')]),
  anomalyZones: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
});

export const InspectionBody = Type.Object({
  version: Version,
  team: Type.String({ minLength: 1, maxLength: 200 }),
  findings: Type.String({ minLength: 1, maxLength: 10_000 }),
  found: Type.Boolean(),
});

/** Beyond any one seizure (a full ship's hold is a few hundred tonnes). */
const MAX_SEIZED_KG = 1_000_000;
const MAX_SEIZED_PACKAGES = 1_000_000;

export const SeizureBody = Type.Object({
  version: Version,
  substance: Type.String({ maxLength: 50 }),
  grossKg: Type.Number({ minimum: 0, maximum: MAX_SEIZED_KG }),
  netKg: Type.Number({ minimum: 0, maximum: MAX_SEIZED_KG }),
  packages: Type.Integer({ minimum: 0, maximum: MAX_SEIZED_PACKAGES }),
  concealment: Type.String({ maxLength: 50 }),
  location: Type.String({ minLength: 1, maxLength: 200 }),
  evidence: Type.Array(
    Type.Object({
      sha256: Type.String({ maxLength: 100 }),
      description: Type.String({ maxLength: 500 }),
    }),
    { maxItems: 100 },
  ),
});

export const CustodyBody = Type.Object({
  holder: Type.String({ minLength: 1, maxLength: 200 }),
  location: Type.String({ minLength: 1, maxLength: 200 }),
  at: Type.String({
    minLength: 10,
    maxLength: 40,
    description: 'ISO 8601 time the holder took it',
  }),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  seizureId: Type.Optional(Type.String({ format: 'uuid' })),
});

export const WaiverBody = Type.Object({
  version: Version,
  reason: Type.String({ minLength: 1, maxLength: 2000 }),
});

const Rate = Type.Object({
  hits: Type.Integer(),
  trials: Type.Integer(),
  rate: Type.Union([Type.Number(), Type.Null()]),
  low: Type.Number(),
  high: Type.Number(),
  confidence: Type.Number(),
});

const Arm = Type.Object({
  scans: Type.Integer(),
  hits: Type.Integer(),
  hitRate: Rate,
  kg: Type.Number(),
  kgPerScan: Type.Number(),
});

export const EffectivenessSchema = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  groupBy: Type.String(),
  confidence: Type.Number(),
  groups: Type.Array(
    Type.Object({
      group: Type.String(),
      arms: Type.Object({ targeted: Arm, control: Arm, hold: Arm, manual: Arm }),
      lift: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
});

export const SeizureTotalsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      port: Type.String(),
      year: Type.Integer(),
      seizures: Type.Integer(),
      containers: Type.Integer(),
      netKg: Type.Number(),
      grossKg: Type.Number(),
      packages: Type.Integer(),
    }),
  ),
});

export const CustomsStatusSchema = Type.Object({
  events: Type.Array(Type.Record(Type.String(), Type.Unknown()), {
    description: 'DCSA Track & Trace 3.0 equipment events (CUSS, CUSI, CUSR)',
  }),
});
