/**
 * The smuggling typologies the simulator plants, the concealment methods and substances of its
 * cases. Each typology is documented with its public sources in docs/typologies.md.
 */
export const TYPOLOGIES = [
  'rip-on-rip-off',
  'cover-load',
  'concealment-reefer',
  'concealment-structure',
  'cloned-container',
  'unusual-transshipment',
] as const;
export type Typology = (typeof TYPOLOGIES)[number];

export const CONCEALMENTS = [
  'door-bags',
  'in-cargo',
  'reefer-machinery',
  'container-structure',
] as const;
export type Concealment = (typeof CONCEALMENTS)[number];

export const SUBSTANCES = ['cocaine', 'cannabis'] as const;
export type Substance = (typeof SUBSTANCES)[number];

/** Data signals a case leaves in what carriers and terminals report. */
export const SIGNALS = [
  'seal-change',
  'long-dwell',
  'extra-events',
  'night-gate-out',
  'new-consignee',
  'first-shipment',
  'goods-inconsistent',
  'weight-discrepancy',
  'cloned-number',
  'unusual-hub',
  'reefer',
  'late-booking',
] as const;
export type Signal = (typeof SIGNALS)[number];

/** Default rates: cases per container handled at the port (0.05 % in all, well under 1 %). */
export const DEFAULT_TYPOLOGY_RATES: Readonly<Record<Typology, number>> = {
  'rip-on-rip-off': 0.0002,
  'cover-load': 0.0001,
  'concealment-reefer': 0.00006,
  'concealment-structure': 0.00005,
  'cloned-container': 0.00002,
  'unusual-transshipment': 0.00007,
};

export function concealmentOf(typology: Typology): Concealment {
  switch (typology) {
    case 'rip-on-rip-off':
      return 'door-bags';
    case 'cover-load':
    case 'cloned-container':
    case 'unusual-transshipment':
      return 'in-cargo';
    case 'concealment-reefer':
      return 'reefer-machinery';
    case 'concealment-structure':
      return 'container-structure';
  }
}

/** Typical load in kilograms per typology: [min, max]. */
export function kgRange(typology: Typology): readonly [number, number] {
  switch (typology) {
    case 'rip-on-rip-off':
      return [25, 250];
    case 'cover-load':
      return [300, 3000];
    case 'concealment-reefer':
      return [20, 120];
    case 'concealment-structure':
      return [30, 200];
    case 'cloned-container':
      return [200, 1500];
    case 'unusual-transshipment':
      return [100, 800];
  }
}
