/**
 * The consignment versions of a filing to score: those the intake of this process handed over
 * (`filed-consignments.ts`) when they are all there, with the arrival of their calls looked up;
 * otherwise as stored, read back in one query.
 */
import {
  callKey,
  consignmentsForScoring,
  filingCalls,
  type Db,
  type ScoringConsignment,
} from '../../storage/index.ts';
import { takeFiledConsignments } from '../intake/filed-consignments.ts';

export async function filingForScoring(
  tx: Db,
  filingId: string,
): Promise<readonly ScoringConsignment[]> {
  const held = takeFiledConsignments(filingId);
  if (held) {
    const calls = await filingCalls(tx, filingId);
    if (calls.versions === held.versions.length) {
      const filedAt = held.filedAt.toISOString();
      return held.versions.map(({ id, version, consignment: c }) => {
        const arrivalAt = calls.arrivals.get(
          callKey(c.vesselImo, c.voyageNumber, c.route.portOfDischarge),
        );
        return {
          id,
          agencyId: held.agencyId,
          version,
          cancelled: held.cancelled,
          filedAt,
          consignment: c,
          ...(arrivalAt === undefined ? {} : { arrivalAt }),
        };
      });
    }
  }
  return consignmentsForScoring(tx, filingId);
}
