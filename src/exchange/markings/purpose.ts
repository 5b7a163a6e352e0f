/**
 * Purposes for which intelligence is shared; a marking names one, and a partner agreement lists
 * the purposes a recipient may process data for. H0 limits the purpose to crime prevention or
 * criminal investigation.
 */
export const PURPOSES = [
  'customs-control',
  'crime-prevention',
  'criminal-investigation',
  'judicial-proceedings',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const H0_PURPOSES: readonly Purpose[] = ['crime-prevention', 'criminal-investigation'];
