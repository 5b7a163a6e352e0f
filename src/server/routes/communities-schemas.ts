/** TypeBox schemas of `GET /api/v1/graph/communities`: ranked communities with summaries, and the hubs left out. */
import { Type } from 'typebox';
import { GraphSchema } from './entities-schemas.ts';

export const CommunitiesQuery = Type.Object({
  minSize: Type.Optional(
    Type.Integer({ minimum: 2, maximum: 100_000, description: 'Fewest members (default 2)' }),
  ),
  maxCompanies: Type.Optional(
    Type.Integer({
      minimum: 2,
      maximum: 100_000,
      description:
        'Companies an identifier, person or party may link before it is a hub (default 10)',
    }),
  ),
});

const Member = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  label: Type.String(),
  entityId: Type.Optional(Type.String()),
  roles: Type.Array(Type.String()),
});

/** Why a community ranks where it does; the fields present depend on `kind`. */
const Reason = Type.Object({
  kind: Type.Union([Type.Literal('seizure'), Type.Literal('watchlist'), Type.Literal('lookout')]),
  text: Type.String({ description: 'The reason in English' }),
  parties: Type.Integer({ description: 'Members the reason concerns' }),
  seizureId: Type.Optional(Type.String()),
  reference: Type.Optional(Type.String()),
  label: Type.Optional(Type.String()),
  billNumber: Type.Optional(Type.String()),
  hits: Type.Optional(Type.Integer()),
  narcotics: Type.Optional(Type.Integer()),
  lookouts: Type.Optional(Type.Array(Type.String())),
});

const Binding = Type.Object({
  kind: Type.String(),
  value: Type.String(),
  label: Type.String(),
  members: Type.Integer(),
});

const Summary = Type.Object({
  size: Type.Integer(),
  counts: Type.Object({ companies: Type.Integer(), persons: Type.Integer() }),
  members: Type.Object({ total: Type.Integer(), items: Type.Array(Member) }),
  reasons: Type.Array(Reason),
  binds: Type.Object({ total: Type.Integer(), items: Type.Array(Binding) }),
  dealings: Type.Object({ pairs: Type.Integer(), consignments: Type.Integer() }),
  density: Type.Number(),
});

const Hub = Type.Object({
  kind: Type.String(),
  id: Type.String(),
  label: Type.String(),
  companies: Type.Integer(),
});

export const CommunitiesSchema = Type.Object({
  items: Type.Array(
    Type.Object({ id: Type.Integer(), members: GraphSchema.properties.nodes, summary: Summary }),
  ),
  total: Type.Integer({ description: 'Communities in all; the 500 highest ranked are listed' }),
  hubs: Type.Object({
    threshold: Type.Integer(),
    total: Type.Integer({ description: 'Hubs in all; the 200 linking most companies are listed' }),
    items: Type.Array(Hub),
  }),
});
