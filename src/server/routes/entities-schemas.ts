/** TypeBox schemas of the entities, screening, graph and PSI routes. */
import { Type } from 'typebox';
import { ErrorRef } from './intake-schemas.ts';

export const errors = {
  400: ErrorRef,
  401: ErrorRef,
  403: ErrorRef,
  404: ErrorRef,
  413: ErrorRef,
  422: ErrorRef,
};
export const security = [{ apiKey: [] }, { session: [] }];

const Reason = Type.Object({ kind: Type.String(), detail: Type.String() });

export const ScreeningMatchSchema = Type.Object({
  listId: Type.String(),
  entryId: Type.String(),
  name: Type.String(),
  matchedName: Type.String(),
  score: Type.Number(),
  programmes: Type.Array(Type.String()),
  narcotics: Type.Boolean(),
  reasons: Type.Array(Reason),
});

export const ScreeningHitSchema = Type.Object({
  id: Type.String(),
  consignmentId: Type.String(),
  billNumber: Type.String(),
  partyRole: Type.String(),
  partyName: Type.String(),
  listId: Type.String(),
  entryId: Type.String(),
  matchedName: Type.String(),
  score: Type.Number(),
  narcotics: Type.Boolean(),
  programmes: Type.Array(Type.String()),
  reasons: Type.Array(Reason),
  status: Type.String(),
  reviewedBy: Type.Union([Type.String(), Type.Null()]),
  reviewNote: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export const EntitySummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  names: Type.Array(Type.String()),
  members: Type.Integer(),
  consignments: Type.Integer(),
});

const Evidence = Type.Object({ kind: Type.String(), detail: Type.String(), weight: Type.Number() });
const ExclusiveKind = Type.Union([Type.Literal('eori'), Type.Literal('vat'), Type.Literal('imo')]);
const FiledName = Type.Object({
  name: Type.String(),
  countries: Type.Array(Type.String()),
  records: Type.Integer(),
});

export const EntityProfileSchema = Type.Object({
  ...EntitySummarySchema.properties,
  memberList: Type.Array(
    Type.Object({
      partyId: Type.String(),
      name: Type.String(),
      role: Type.String(),
      billNumber: Type.String(),
      consignmentId: Type.String(),
      country: Type.Optional(Type.String()),
    }),
  ),
  memberGroups: Type.Array(
    Type.Object({
      partyId: Type.String({ description: 'its first record' }),
      name: Type.String(),
      address: Type.Optional(Type.String({ description: 'street, postcode and city as filed' })),
      country: Type.Optional(Type.String()),
      identifiers: Type.Record(Type.String(), Type.String()),
      roles: Type.Array(Type.String(), { description: 'most often first' }),
      records: Type.Integer(),
      consignments: Type.Integer(),
      firstFiled: Type.String({ format: 'date-time' }),
      lastFiled: Type.String({ format: 'date-time' }),
    }),
    {
      description:
        'Identical records (same name as filed, address, country and identifiers) as one line each, most records first: the page asked for by memberOffset and memberLimit',
    },
  ),
  memberGroupsTotal: Type.Integer({ description: 'lines of identical records in all' }),
  identifiers: Type.Record(Type.String(), Type.Array(Type.String())),
  sharedIdentifiers: Type.Array(
    Type.Object(
      {
        kind: ExclusiveKind,
        value: Type.String(),
        records: Type.Integer({ description: 'members of the entity that carry it' }),
        elsewhere: Type.Integer({ description: 'records that carry it in other entities' }),
      },
      { description: 'EORI, VAT or IMO numbers that joined its records directly' },
    ),
  ),
  conflicts: Type.Array(
    Type.Object(
      {
        identifiers: Type.Array(Type.Object({ kind: ExclusiveKind, value: Type.String() })),
        name: FiledName,
        others: Type.Array(FiledName),
        othersTotal: Type.Integer(),
      },
      { description: 'Clearly different names filed under one identifier (possibly misused)' },
    ),
  ),
  sameNameAndAddress: Type.Array(
    Type.Object({
      name: Type.String({ description: 'as filed most often' }),
      address: Type.String({ description: 'street, postcode and city of its first record' }),
      country: Type.String(),
      records: Type.Integer({ description: 'members of the entity filed so' }),
      elsewhere: Type.Integer({ description: 'records filed so in other entities' }),
    }),
    { description: 'A name filed at one address that joined its records directly' },
  ),
  links: Type.Array(
    Type.Object({
      a: Type.String(),
      b: Type.String(),
      score: Type.Number(),
      evidence: Type.Array(Evidence),
    }),
    { description: 'The strongest links that joined the other records (25 at most)' },
  ),
  linksTotal: Type.Integer(),
  screeningHits: Type.Array(ScreeningHitSchema),
  consignmentList: Type.Array(Type.Object({ id: Type.String(), billNumber: Type.String() })),
});

export const GraphSchema = Type.Object({
  nodes: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), label: Type.String() })),
  edges: Type.Array(
    Type.Object({ source: Type.String(), target: Type.String(), kind: Type.String() }),
  ),
});

export const WatchlistSchema = Type.Object({
  listId: Type.String(),
  name: Type.String(),
  source: Type.String(),
  entries: Type.Number(),
  threshold: Type.Number(),
  loadedAt: Type.Optional(Type.String()),
});
