/**
 * The model registry: trained models (the GBDT JSON with its encoding) by version, with their
 * hash, the hash of their training data, metadata and a status (candidate, active, retired).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { riskModels } from '../schema/targeting.ts';

export const MODEL_STATUSES = ['candidate', 'active', 'retired'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

export interface ModelSummary {
  readonly id: string;
  readonly agencyId: string;
  readonly version: string;
  readonly status: ModelStatus;
  readonly modelHash: string;
  readonly trainingDataSha256: string;
  readonly metadata: unknown;
  readonly createdAt: string;
  readonly activatedAt?: string;
}

export interface StoredModel extends ModelSummary {
  readonly document: unknown;
}

export interface ModelInput {
  readonly agencyId: string;
  readonly version: string;
  readonly modelHash: string;
  readonly trainingDataSha256: string;
  readonly document: unknown;
  readonly metadata: unknown;
  readonly createdAt: Date;
}

const SUMMARY = {
  id: riskModels.id,
  agencyId: riskModels.agencyId,
  version: riskModels.version,
  status: riskModels.status,
  modelHash: riskModels.modelHash,
  trainingDataSha256: riskModels.trainingDataSha256,
  metadata: riskModels.metadata,
  createdAt: riskModels.createdAt,
  activatedAt: riskModels.activatedAt,
};

type SummaryRow = { [K in keyof typeof SUMMARY]: (typeof SUMMARY)[K]['_']['data'] | null };

function summaryOf(r: SummaryRow): ModelSummary {
  return {
    id: r.id!,
    agencyId: r.agencyId!,
    version: r.version!,
    status: r.status as ModelStatus,
    modelHash: r.modelHash!,
    trainingDataSha256: r.trainingDataSha256!,
    metadata: r.metadata,
    createdAt: r.createdAt!.toISOString(),
    ...(r.activatedAt ? { activatedAt: r.activatedAt.toISOString() } : {}),
  };
}

export async function insertModel(db: Db, input: ModelInput): Promise<ModelSummary> {
  const [row] = await db
    .insert(riskModels)
    .values({ ...input, status: 'candidate' })
    .returning(SUMMARY);
  if (!row) throw new Error('insert returned no model');
  return summaryOf(row);
}

export async function listModels(db: Db, agencyId: string): Promise<ModelSummary[]> {
  const rows = await db
    .select(SUMMARY)
    .from(riskModels)
    .where(eq(riskModels.agencyId, agencyId))
    .orderBy(desc(riskModels.createdAt));
  return rows.map(summaryOf);
}

export async function activeModel(db: Db, agencyId: string): Promise<StoredModel | undefined> {
  const [row] = await db
    .select({ ...SUMMARY, document: riskModels.document })
    .from(riskModels)
    .where(and(eq(riskModels.agencyId, agencyId), eq(riskModels.status, 'active')))
    .orderBy(desc(riskModels.activatedAt))
    .limit(1);
  return row && { ...summaryOf(row), document: row.document };
}

/** A model version of the agency with its document (any status). */
export async function modelByVersion(
  db: Db,
  agencyId: string,
  version: string,
): Promise<StoredModel | undefined> {
  const [row] = await db
    .select({ ...SUMMARY, document: riskModels.document })
    .from(riskModels)
    .where(and(eq(riskModels.agencyId, agencyId), eq(riskModels.version, version)))
    .limit(1);
  return row && { ...summaryOf(row), document: row.document };
}

/** Activates a model version of the agency; the active one is retired. */
export async function activateModel(db: Db, agencyId: string, version: string, at: Date) {
  await db
    .update(riskModels)
    .set({ status: 'retired' })
    .where(and(eq(riskModels.agencyId, agencyId), eq(riskModels.status, 'active')));
  const rows = await db
    .update(riskModels)
    .set({ status: 'active', activatedAt: at })
    .where(and(eq(riskModels.agencyId, agencyId), eq(riskModels.version, version)))
    .returning(SUMMARY);
  return rows[0] && summaryOf(rows[0]);
}
