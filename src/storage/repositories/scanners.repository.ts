/** Scanners of a port and terminal with their throughput, from which shift capacity is planned. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { scanners } from '../schema/targeting.ts';

export interface Scanner {
  readonly agencyId: string;
  readonly port: string;
  /** '' when the scanner serves the whole port. */
  readonly terminal: string;
  readonly name: string;
  readonly containersPerHour: number;
}

export async function upsertScanner(db: Db, s: Scanner): Promise<void> {
  await db
    .insert(scanners)
    .values(s)
    .onConflictDoUpdate({
      target: [scanners.agencyId, scanners.port, scanners.terminal, scanners.name],
      set: { containersPerHour: s.containersPerHour },
    });
}

/** Scanners of the terminal, and those serving the whole port. */
export async function listScanners(
  db: Db,
  agencyId: string,
  port: string,
  terminal: string,
): Promise<Scanner[]> {
  const rows = await db
    .select({
      agencyId: scanners.agencyId,
      port: scanners.port,
      terminal: scanners.terminal,
      name: scanners.name,
      containersPerHour: scanners.containersPerHour,
    })
    .from(scanners)
    .where(and(eq(scanners.agencyId, agencyId), eq(scanners.port, port)));
  return rows.filter((r) => r.terminal === '' || r.terminal === terminal);
}

/** The ports where the agency has scanners: its home ports, whose vessel calls it plans. */
export async function scannerPorts(db: Db, agencyId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ port: scanners.port })
    .from(scanners)
    .where(eq(scanners.agencyId, agencyId));
  return new Set(rows.map((r) => r.port));
}
