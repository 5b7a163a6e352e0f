/**
 * Partner exchange: this node's identity keys, the partner registry (nodes, agencies, communities,
 * Ed25519 public keys with validity, bearer-token hashes), intelligence objects (one row per STIX
 * version, with the TAXII date added and a monotonic sequence), TAXII collections and status
 * resources, sync cursors, the received-bundle log (replay protection), partners' audit tree
 * heads as checked at sync, lookout hits and small named state values (the cargo-matching cursor).
 */
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

/** The node itself: its agency and its signing keys (the newest active key signs). */
export const exchangeNodeKeys = pgTable('exchange_node_keys', {
  kid: text('kid').primaryKey(),
  agencyId: text('agency_id').notNull(),
  publicJwk: jsonb('public_jwk').notNull(),
  privateJwk: jsonb('private_jwk').notNull(),
  createdAt: tstz('created_at').notNull(),
  retiredAt: tstz('retired_at'),
});

export const exchangePartners = pgTable(
  'exchange_partners',
  {
    id: text('id').primaryKey(),
    agencyId: text('agency_id').notNull(),
    name: text('name').notNull(),
    country: text('country'),
    endpoint: text('endpoint'),
    communities: jsonb('communities').notNull(),
    purposes: jsonb('purposes').notNull(),
    acceptsPush: boolean('accepts_push').notNull().default(false),
    /** Refuse the partner's TAXII requests unless they carry a valid request signature. */
    requireSignedRequests: boolean('require_signed_requests').notNull().default(false),
    /** The bearer token the partner issued to this node, presented when pulling from it. */
    outboundToken: text('outbound_token'),
    /** The partner's audit-log signing key (Ed25519, 64 hex digits): its tree heads are checked at sync. */
    auditPublicKey: text('audit_public_key'),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [uniqueIndex('exchange_partners_agency_uq').on(t.agencyId)],
);

export const exchangePartnerKeys = pgTable(
  'exchange_partner_keys',
  {
    partnerId: text('partner_id').notNull(),
    kid: text('kid').notNull(),
    publicJwk: jsonb('public_jwk').notNull(),
    validFrom: tstz('valid_from').notNull(),
    validUntil: tstz('valid_until'),
    addedAt: tstz('added_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.kid] })],
);

export const exchangePartnerTokens = pgTable(
  'exchange_partner_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: text('partner_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: tstz('created_at').notNull(),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [uniqueIndex('exchange_partner_tokens_hash_uq').on(t.tokenHash)],
);

/** One row per version (STIX id + modified). Visible to partners once `date_added_us` is set. */
export const intelObjects = pgTable(
  'intel_objects',
  {
    objectId: text('object_id').notNull(),
    modified: text('modified').notNull(),
    kind: text('kind').notNull(),
    owner: text('owner').notNull(),
    /** draft, pending (approval), released (own, on the wire), received (from a partner). */
    state: text('state').notNull(),
    revoked: boolean('revoked').notNull().default(false),
    document: jsonb('document').notNull(),
    receivedFrom: text('received_from'),
    createdBy: text('created_by').notNull(),
    approvedBy: text('approved_by'),
    recordedAt: tstz('recorded_at').notNull(),
    /** TAXII date added, epoch microseconds; null while not visible. */
    dateAddedUs: bigint('date_added_us', { mode: 'number' }),
    /** Tie-break among versions added at the same microsecond; monotonic with date added. */
    seq: bigint('seq', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.objectId, t.modified] }),
    index('intel_objects_added_idx').on(t.dateAddedUs, t.seq),
    index('intel_objects_seq_idx').on(t.seq),
    index('intel_objects_kind_idx').on(t.kind, t.state),
  ],
);

export const taxiiCollections = pgTable('taxii_collections', {
  id: uuid('id').primaryKey(),
  /** The community the collection serves; null for the direct collection (named agencies). */
  communityId: text('community_id'),
  title: text('title').notNull(),
  description: text('description'),
});

export const taxiiStatuses = pgTable('taxii_statuses', {
  id: uuid('id').primaryKey(),
  partnerId: text('partner_id').notNull(),
  requestedAt: tstz('requested_at').notNull(),
  totalCount: integer('total_count').notNull(),
  successes: jsonb('successes').notNull(),
  failures: jsonb('failures').notNull(),
});

export const exchangeSyncCursors = pgTable(
  'exchange_sync_cursors',
  {
    partnerId: text('partner_id').notNull(),
    /** A remote collection id (pull) or `push` (the local sequence pushed so far). */
    stream: text('stream').notNull(),
    position: bigint('position', { mode: 'number' }).notNull(),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.stream] })],
);

export const exchangeReceivedBundles = pgTable(
  'exchange_received_bundles',
  {
    partnerId: text('partner_id').notNull(),
    bundleId: text('bundle_id').notNull(),
    kid: text('kid').notNull(),
    objectCount: integer('object_count').notNull(),
    applied: integer('applied').notNull(),
    rejected: jsonb('rejected').notNull(),
    receivedAt: tstz('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.bundleId] })],
);

/**
 * Signed partner requests already served, until their signature expires (replay protection
 * shared by every process of the node and kept across restarts): `key` is partner, key id and
 * nonce (or the signature itself for a signer that sends no nonce).
 */
export const exchangeSeenRequests = pgTable(
  'exchange_seen_requests',
  {
    key: text('key').primaryKey(),
    expiresAt: tstz('expires_at').notNull(),
  },
  (t) => [index('exchange_seen_requests_expiry_idx').on(t.expiresAt)],
);

/**
 * Audit-log tree heads of partner nodes as this node checked them at sync: every head accepted
 * (`outcome` = `accepted`, the newest per partner and log is the one held) and every refusal (the
 * failure, with its message and the head as received when there was one) — an alarm, never
 * overwritten. A `split-view` alarm stores the head another partner (`witness_id`) holds of the
 * partner's log. Append-only.
 */
export const exchangePartnerTreeHeads = pgTable(
  'exchange_partner_tree_heads',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    partnerId: text('partner_id').notNull(),
    outcome: text('outcome').notNull(),
    message: text('message'),
    logId: text('log_id'),
    treeSize: bigint('tree_size', { mode: 'number' }),
    rootHash: text('root_hash'),
    timestamp: text('timestamp'),
    keyId: text('key_id'),
    signature: text('signature'),
    witnessId: text('witness_id'),
    checkedAt: tstz('checked_at').notNull(),
  },
  (t) => [
    index('exchange_partner_tree_heads_partner_idx').on(t.partnerId, t.outcome, t.id),
    // Partners ask for the newest head held of one log, at each of their syncs.
    index('exchange_partner_tree_heads_log_idx').on(t.logId, t.outcome, t.id),
  ],
);

export const lookoutHits = pgTable(
  'lookout_hits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lookoutId: text('lookout_id').notNull(),
    lookoutOwner: text('lookout_owner').notNull(),
    consignmentId: uuid('consignment_id').notNull(),
    billNumber: text('bill_number').notNull(),
    containerNumbers: jsonb('container_numbers').notNull(),
    matchedOn: jsonb('matched_on').notNull(),
    mandatoryHold: boolean('mandatory_hold').notNull(),
    sightingId: text('sighting_id'),
    at: tstz('at').notNull(),
  },
  (t) => [uniqueIndex('lookout_hits_lookout_bill_uq').on(t.lookoutId, t.billNumber)],
);

export const exchangeState = pgTable('exchange_state', {
  name: text('name').primaryKey(),
  value: jsonb('value').notNull(),
});
