/**
 * What carriers and terminals are told about a selected container: DCSA equipment event codes
 * for customs (CUSS selected for scan, CUSI selected for inspection, CUSR released). Only the
 * fact and its time: never the reason for the selection, the score, the scan verdict or what an
 * inspection found.
 */
export const CUSTOMS_STATUS_CODES = ['CUSS', 'CUSI', 'CUSR'] as const;
export type CustomsStatusCode = (typeof CUSTOMS_STATUS_CODES)[number];

export const CUSTOMS_STATUS_LABELS: Readonly<Record<CustomsStatusCode, string>> = {
  CUSS: 'Customs selected for scan',
  CUSI: 'Customs selected for inspection',
  CUSR: 'Customs released',
};

/** One status as a carrier may see it: nothing else leaves. */
export interface CustomsStatusEvent {
  readonly eventId: string;
  readonly code: CustomsStatusCode;
  readonly containerNumber: string;
  readonly eventAt: string;
  /** UN/LOCODE of the port where customs holds the container. */
  readonly port: string;
  readonly vesselImo?: string | undefined;
  readonly voyageNumber?: string | undefined;
  readonly billNumbers: readonly string[];
}
