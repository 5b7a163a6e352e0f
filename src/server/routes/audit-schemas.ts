/** Wire schemas of the audit routes: signed tree heads, events, proofs and verification. */
import { Type } from 'typebox';
import { PARTNER_HEAD_STATES } from '../../services/exchange/partner-heads.service.ts';

export const TreeHeadSchema = Type.Object({
  logId: Type.String(),
  treeSize: Type.Integer(),
  rootHash: Type.String({ description: 'hex SHA-256 Merkle tree hash' }),
  timestamp: Type.String(),
  keyId: Type.String(),
  signature: Type.String({ description: 'base64url Ed25519 signature' }),
});

export const AuditStatusSchema = Type.Object({
  logId: Type.String(),
  treeSize: Type.Integer({ description: 'events in the log now' }),
  latestHead: Type.Union([TreeHeadSchema, Type.Null()]),
  publicKey: Type.String({ description: "the node's Ed25519 public key, hex" }),
  keyId: Type.String(),
});

export const AuditEventSchema = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorKind: Type.String(),
  actorId: Type.String(),
  actorAgencyId: Type.Optional(Type.String()),
  action: Type.String(),
  resourceType: Type.String(),
  resourceId: Type.Optional(Type.String()),
  agencyId: Type.Optional(Type.String()),
  outcome: Type.String(),
  details: Type.Unknown(),
  requestId: Type.Optional(Type.String()),
  leafHash: Type.Optional(Type.String()),
});

export const AuditEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actor: Type.String(),
  action: Type.String(),
  resourceType: Type.String(),
  resourceId: Type.Optional(Type.String()),
  agencyId: Type.Optional(Type.String()),
  outcome: Type.String(),
  details: Type.Optional(Type.Unknown()),
  requestId: Type.Optional(Type.String()),
});

const Hex = Type.String({ pattern: '^[0-9a-f]{64}$' });

export const InclusionProofSchema = Type.Object({
  logId: Type.String(),
  index: Type.Integer(),
  treeSize: Type.Integer(),
  leafHash: Hex,
  entry: AuditEntrySchema,
  proof: Type.Array(Hex),
  rootHash: Hex,
  treeHead: Type.Optional(TreeHeadSchema),
});

export const ConsistencyProofSchema = Type.Object({
  logId: Type.String(),
  first: Type.Integer(),
  second: Type.Integer(),
  firstRootHash: Hex,
  secondRootHash: Hex,
  proof: Type.Array(Hex),
  firstTreeHead: Type.Optional(TreeHeadSchema),
  secondTreeHead: Type.Optional(TreeHeadSchema),
});

export const VerificationSchema = Type.Object({
  ok: Type.Boolean(),
  report: Type.Object({
    ok: Type.Boolean(),
    entries: Type.Integer(),
    treeHeadsChecked: Type.Integer(),
    verifiedSize: Type.Integer(),
    findings: Type.Array(
      Type.Object({ kind: Type.String(), severity: Type.String(), message: Type.String() }),
    ),
  }),
  diagnostics: Type.Array(Type.Unknown()),
});

/**
 * One check of a partner's head at sync: accepted, or an alarm with its failure and message (a
 * `split-view` names the witness, the other partner holding a head of another log).
 */
const PartnerHeadCheckSchema = Type.Object({
  id: Type.Integer(),
  partnerId: Type.String(),
  outcome: Type.String({ description: '`accepted`, or the failure of an alarm' }),
  message: Type.Optional(Type.String()),
  head: Type.Optional(TreeHeadSchema),
  witness: Type.Optional(
    Type.String({
      description: 'for `split-view`: the other partner, whose head of the log is `head`',
    }),
  ),
  checkedAt: Type.String(),
});

export const PartnerHeadStatusSchema = Type.Object({
  partnerId: Type.String(),
  agencyId: Type.String(),
  state: Type.Union(
    PARTNER_HEAD_STATES.map((s) => Type.Literal(s)),
    { description: 'verified: the newest check accepted a head; alarm: it refused one' },
  ),
  auditPublicKey: Type.Optional(Type.String()),
  held: Type.Optional(PartnerHeadCheckSchema),
  lastAlarm: Type.Optional(PartnerHeadCheckSchema),
  alarms: Type.Integer({ description: 'heads refused so far' }),
});
