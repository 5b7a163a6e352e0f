/**
 * What was recorded for a selection: its scan (scanner, image reference and hash, verdict,
 * anomaly zones), its physical inspection, its seizures (substance, kilograms, packages,
 * concealment, place in the container, evidence hashes) and the chain of custody of each seizure.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import {
  outcomeCustody,
  outcomeInspections,
  outcomeScans,
  outcomeSeizures,
} from '../schema/outcomes.ts';

export interface ScanRecord {
  readonly selectionId: string;
  readonly scannerId: string;
  readonly imageRef: string;
  readonly imageSha256: string;
  readonly verdict: string;
  readonly anomalyZones: readonly string[];
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

export interface InspectionRecord {
  readonly selectionId: string;
  readonly team: string;
  readonly findings: string;
  readonly found: boolean;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

export interface SeizureRecord {
  readonly selectionId: string;
  readonly agencyId: string;
  readonly port: string;
  readonly substance: string;
  readonly grossKg: number;
  readonly netKg: number;
  readonly packages: number;
  readonly concealment: string;
  readonly location: string;
  readonly evidence: readonly { sha256: string; description: string }[];
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

export interface CustodyRecord {
  readonly selectionId: string;
  readonly seizureId: string;
  readonly holder: string;
  readonly location: string;
  readonly at: Date;
  readonly note?: string | undefined;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

export async function insertScan(db: Db, r: ScanRecord): Promise<void> {
  await db.insert(outcomeScans).values({ ...r, anomalyZones: [...r.anomalyZones] });
}

export async function insertInspection(db: Db, r: InspectionRecord): Promise<void> {
  await db.insert(outcomeInspections).values(r);
}

export async function insertSeizure(db: Db, r: SeizureRecord): Promise<string> {
  const [row] = await db
    .insert(outcomeSeizures)
    .values({ ...r, evidence: [...r.evidence] })
    .returning({ id: outcomeSeizures.id });
  if (!row) throw new Error('insert returned no seizure');
  return row.id;
}

export async function insertCustody(db: Db, r: CustodyRecord): Promise<string> {
  const [row] = await db
    .insert(outcomeCustody)
    .values({ ...r, note: r.note ?? null })
    .returning({ id: outcomeCustody.id });
  if (!row) throw new Error('insert returned no custody entry');
  return row.id;
}

export interface SelectionRecords {
  readonly scan: ScanRecord | undefined;
  readonly inspection: InspectionRecord | undefined;
  readonly seizures: (SeizureRecord & { readonly id: string })[];
  readonly custody: (CustodyRecord & { readonly id: string })[];
}

export async function recordsOf(db: Db, selectionId: string): Promise<SelectionRecords> {
  const [scan] = await db
    .select()
    .from(outcomeScans)
    .where(eq(outcomeScans.selectionId, selectionId));
  const [inspection] = await db
    .select()
    .from(outcomeInspections)
    .where(eq(outcomeInspections.selectionId, selectionId));
  const seizures = await db
    .select()
    .from(outcomeSeizures)
    .where(eq(outcomeSeizures.selectionId, selectionId))
    .orderBy(asc(outcomeSeizures.recordedAt));
  const custody = await db
    .select()
    .from(outcomeCustody)
    .where(eq(outcomeCustody.selectionId, selectionId))
    .orderBy(asc(outcomeCustody.at), asc(outcomeCustody.recordedAt));
  return {
    scan: scan && { ...scan, anomalyZones: scan.anomalyZones as string[] },
    inspection,
    seizures: seizures.map((s) => ({ ...s, evidence: s.evidence as SeizureRecord['evidence'] })),
    custody: custody.map((c) => ({ ...c, note: c.note ?? undefined })),
  };
}
