/**
 * Response schemas of a container's history: its moves (one per real move, with the reports of
 * it and what they disagree on) and, on request, every stored report as received. The schemas
 * are the allowlist: a field not named here is not sent.
 */
import { Type } from 'typebox';
import { MOVE_DISCREPANCY_FIELDS } from '../../core/cargo/move-discrepancies.ts';

const Seal = Type.Object({
  number: Type.String(),
  source: Type.Optional(Type.String()),
  type: Type.Optional(Type.String()),
});

const TransportCall = Type.Object({
  mode: Type.String(),
  vesselImo: Type.Optional(Type.String()),
  voyageNumber: Type.Optional(Type.String()),
  location: Type.Optional(Type.String()),
  facility: Type.Optional(Type.String()),
});

const eventFields = {
  eventType: Type.String({ description: 'DCSA equipment event type (GTIN, DISC, …)' }),
  classifier: Type.String({ description: 'ACT, PLN, EST or REQ' }),
  containerNumber: Type.String(),
  eventAt: Type.String(),
  location: Type.Optional(Type.String()),
  facility: Type.Optional(Type.String()),
  fullEmpty: Type.Optional(Type.String()),
  transportCall: Type.Optional(TransportCall),
  seals: Type.Optional(Type.Array(Seal)),
  billNumbers: Type.Optional(Type.Array(Type.String())),
};

const ReportSource = Type.Object(
  {
    filingId: Type.Optional(
      Type.String({ description: "Absent when another agency received the filing's message" }),
    ),
    messageType: Type.String({ description: 'CODECO, COARRI, DCSA, …' }),
    format: Type.String(),
    sender: Type.Optional(
      Type.String({
        description:
          'The sender id the filing was received from; absent (with its name) when another ' +
          'agency received it',
      }),
    ),
    senderName: Type.Optional(Type.String()),
    senderKind: Type.Optional(Type.String({ description: 'carrier or terminal' })),
    receivedAt: Type.String(),
    otherAgency: Type.Optional(
      Type.Literal(true, { description: 'Received for another agency of the node' }),
    ),
  },
  {
    description: 'The filing version whose message reported it; absent for rows stored before 0027',
  },
);

const retracted = (description: string) => Type.Optional(Type.Literal(true, { description }));

const REPORT_RETRACTED =
  'Its sender retracted the event (DCSA `isRetracted`): kept and shown, it counts no more ' +
  '(not in scoring, not in its move)';

const MoveReport = Type.Object({
  id: Type.String({ description: "The stored report's id (one row of `reports`)" }),
  eventAt: Type.String({ description: 'The time this report gives' }),
  sourceEventId: Type.Optional(Type.String()),
  source: Type.Optional(ReportSource),
  retracted: retracted(REPORT_RETRACTED),
});

const Discrepancy = Type.Object({
  field: Type.Union(MOVE_DISCREPANCY_FIELDS.map((f) => Type.Literal(f))),
  values: Type.Array(Type.Object({ value: Type.String(), reportIds: Type.Array(Type.String()) })),
});

export const ContainerMoveSchema = Type.Object(
  {
    ...eventFields,
    reports: Type.Array(MoveReport),
    discrepancies: Type.Array(Discrepancy, {
      description: 'Fields the reports give different values for; the move leaves them out',
    }),
    retracted: retracted(
      'Every report of the move was retracted by its sender: what they said is shown, and ' +
        'counts no more',
    ),
  },
  {
    description:
      "One real move: what its reports agree on (the earliest report's time), a retracted " +
      'report left out when another stands',
  },
);

export const ContainerReportSchema = Type.Object({
  id: Type.String(),
  event: Type.Object({ ...eventFields, sourceEventId: Type.Optional(Type.String()) }),
  source: Type.Optional(ReportSource),
  retracted: retracted(REPORT_RETRACTED),
});

export const ContainerDetail = Type.Object({
  containerNumber: Type.String(),
  bills: Type.Array(Type.Object({ billNumber: Type.String(), version: Type.Integer() })),
  events: Type.Array(Type.Object({}, { additionalProperties: true }), {
    description:
      'Every stored report of an equipment event as received, oldest first (as before moves ' +
      'were grouped; `moves` is what an officer reads); one its sender retracted has ' +
      '`retracted: true` added',
  }),
  moves: Type.Array(ContainerMoveSchema, {
    description: 'Oldest first; the reports of one move by several senders are grouped',
  }),
  reports: Type.Optional(
    Type.Array(ContainerReportSchema, {
      description: 'With `?reports=all`: every stored report as received, oldest first',
    }),
  ),
});

export const ContainerQuery = Type.Object({
  reports: Type.Optional(
    Type.Literal('all', { description: '`all` adds every stored report as received' }),
  ),
});
