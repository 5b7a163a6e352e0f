/**
 * OpenAPI schemas of the intake routes: acknowledgements, submissions as listed, senders, filing
 * versions, quarantined records.
 */
import { Type } from 'typebox';

const open = { additionalProperties: true } as const;

export const DiagnosticSchema = Type.Object(
  {
    code: Type.String(),
    severity: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]),
    message: Type.String(),
    at: Type.Optional(
      Type.Object({}, { ...open, description: 'Position: segment, pointer, record…' }),
    ),
    params: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
        description:
          'The values the message names, by name, and `variant` for a code worded in several ways: for wording the message in another language.',
      }),
    ),
  },
  { $id: 'Diagnostic' },
);

const Diagnostics = Type.Array(Type.Ref('Diagnostic'));

const UnitAck = Type.Object({
  messageType: Type.String(),
  documentNumber: Type.String(),
  reference: Type.Optional(Type.String()),
  function: Type.String(),
  status: Type.String(),
  filing: Type.Optional(
    Type.Object({
      id: Type.String(),
      filingKey: Type.String(),
      version: Type.Integer(),
      function: Type.String(),
    }),
  ),
  accepted: Type.Object({
    consignments: Type.Integer(),
    equipment: Type.Integer(),
    containerEvents: Type.Integer(),
    transportEvents: Type.Integer(),
  }),
  alreadyStored: Type.Optional(
    Type.Object(
      {
        containerEvents: Type.Integer({ minimum: 0 }),
        transportEvents: Type.Integer({ minimum: 0 }),
      },
      {
        description:
          'Of the events accepted, those the sender had already reported (in an earlier message or earlier in this one): kept in the raw message, not stored again; the others were stored as new. Another sender’s identical report does not count. Absent in acknowledgements stored before it was counted.',
      },
    ),
  ),
  retracted: Type.Optional(
    Type.Integer({
      minimum: 0,
      description:
        'The events the message retracts (DCSA 3.0 isRetracted, by eventID) whose retraction is now on record, a retraction resent included: it counts for nothing any more in vessel call times, container moves or scoring. 0 for a message that retracts none; absent in acknowledgements stored before it was counted.',
    }),
  ),
  cancelled: Type.Optional(
    Type.Object(
      {
        version: Type.Integer({
          minimum: 1,
          description: 'The version whose bills were cancelled',
        }),
        bills: Type.Integer({ minimum: 0 }),
        calls: Type.Array(
          Type.Object({
            vesselImo: Type.Optional(Type.String()),
            voyageNumber: Type.Optional(Type.String()),
            port: Type.Optional(Type.String({ description: 'Port of discharge (UN/LOCODE)' })),
          }),
          { description: 'The vessel calls of those bills, each once' },
        ),
      },
      {
        description:
          'A cancellation (BGM 1) naming no bill: the latest version it cancelled, how many bills and their calls. A cancellation naming a call (TDT vessel IMO and voyage, LOC port) other than those bills’ call, or when the latest version is already a cancellation, is rejected instead (intake.cancel-other-call, intake.cancel-already-cancelled). Absent otherwise, and in acknowledgements stored before it was said.',
      },
    ),
  ),
  quarantined: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      key: Type.String(),
      reason: Type.String(),
      diagnostics: Diagnostics,
    }),
  ),
  diagnostics: Diagnostics,
  scoringJobId: Type.Optional(Type.String()),
});

export const AcknowledgementSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    status: Type.Union(
      ['accepted', 'accepted-with-warnings', 'partially-accepted', 'rejected'].map((s) =>
        Type.Literal(s),
      ),
    ),
    senderId: Type.String(),
    format: Type.Optional(Type.String()),
    receivedAt: Type.String({ format: 'date-time' }),
    rawMessage: Type.Object({ id: Type.String(), sha256: Type.String(), size: Type.Integer() }),
    interchangeRef: Type.Optional(Type.String()),
    units: Type.Array(UnitAck),
    diagnostics: Diagnostics,
    edifact: Type.Optional(Type.Object({ contrl: Type.String(), aperak: Type.String() })),
  },
  { $id: 'Acknowledgement', description: 'What the intake accepted, quarantined and said.' },
);

export const FilingVersionSchema = Type.Object({
  id: Type.String(),
  filingKey: Type.String(),
  version: Type.Integer(),
  function: Type.String(),
  messageType: Type.String(),
  format: Type.String(),
  sender: Type.String(),
  documentNumber: Type.String(),
  rawMessageId: Type.Optional(Type.String()),
  status: Type.String(),
  diagnostics: Diagnostics,
  receivedAt: Type.String({ format: 'date-time' }),
});

export const QuarantinedSchema = Type.Object({
  id: Type.String(),
  recordKind: Type.String(),
  reason: Type.String(),
  status: Type.String(),
  rawMessageId: Type.Optional(Type.String()),
  filingId: Type.Optional(Type.String()),
  diagnostics: Diagnostics,
  position: Type.Optional(Type.Object({}, open)),
  payload: Type.Unknown(),
  createdAt: Type.String({ format: 'date-time' }),
  resolvedAt: Type.Optional(Type.String()),
  resolvedBy: Type.Optional(Type.String()),
  sender: Type.Optional(
    Type.Object(
      { id: Type.String(), name: Type.String(), kind: Type.String() },
      { description: 'The sender whose upload held the record' },
    ),
  ),
  filing: Type.Optional(
    Type.Object(
      { filingKey: Type.String(), version: Type.Integer() },
      { description: 'The filing version its message was stored under' },
    ),
  ),
});

const Count = Type.Integer({ minimum: 0 });

export const SubmissionSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The acknowledgement: GET /api/v1/intake/{id}' }),
  receivedAt: Type.String({ format: 'date-time' }),
  sender: Type.Object({
    id: Type.String(),
    name: Type.Optional(Type.String()),
    kind: Type.Optional(Type.String()),
  }),
  format: Type.Optional(Type.String()),
  messageTypes: Type.Array(Type.String(), { description: 'Each message type of the upload once' }),
  status: Type.String(),
  accepted: Type.Object({
    consignments: Count,
    equipment: Count,
    containerEvents: Count,
    transportEvents: Count,
  }),
  alreadyStored: Type.Object(
    { containerEvents: Count, transportEvents: Count },
    {
      description:
        'Of the events accepted, those the sender had already reported, not stored again (the units’ alreadyStored summed; 0 for acknowledgements stored before it was counted)',
    },
  ),
  retracted: Type.Integer({
    minimum: 0,
    description:
      'Events its messages retracted (the units’ retracted summed; 0 for acknowledgements stored before it was counted)',
  }),
  cancelledBills: Type.Integer({
    minimum: 0,
    description:
      'Bills cancelled by its cancellations naming no bill (the units’ cancelled.bills summed); 0 when none',
  }),
  quarantined: Type.Integer({ minimum: 0, description: 'Records quarantined' }),
  diagnostics: Type.Integer({
    minimum: 0,
    description: 'Diagnostics of the upload and its messages',
  }),
});

export const SenderSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
});

export const ErrorRef = Type.Ref('ErrorEnvelope');
