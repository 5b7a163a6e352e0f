/**
 * OFAC sanctions programmes aimed at drug trafficking. Entries under any of them are flagged as
 * narcotics designations, the ones a cocaine investigation cares most about.
 */
export const NARCOTICS_PROGRAMMES = ['SDNTK', 'SDNT', 'ILLICIT-DRUGS-EO14059'] as const;
export type NarcoticsProgramme = (typeof NARCOTICS_PROGRAMMES)[number];

const SET: ReadonlySet<string> = new Set(NARCOTICS_PROGRAMMES);

export function isNarcoticsProgramme(programme: string): boolean {
  return SET.has(programme);
}
