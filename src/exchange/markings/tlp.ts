/**
 * TLP 2.0 levels and their standard STIX 2.1 marking definitions (FIRST TLP 2.0 extension). The ids
 * are the ones every STIX tool recognises, so a partner's OpenCTI or MISP shows the right colour.
 */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

export const TLP_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
const TLP_CREATED = '2022-10-01T00:00:00.000Z';

export function tlpMarkingId(level: TlpLevel): string {
  switch (level) {
    case 'clear':
      return 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487';
    case 'green':
      return 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
    case 'amber':
      return 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
    case 'amber+strict':
      return 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003';
    case 'red':
      return 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1';
  }
}

/** The level a marking-definition id stands for, or undefined when it is not a TLP 2.0 id. */
export function tlpLevelOf(markingId: string): TlpLevel | undefined {
  return TLP_LEVELS.find((level) => tlpMarkingId(level) === markingId);
}

/** The standard marking-definition object for a TLP 2.0 level, as published by FIRST. */
export function tlpMarkingDefinition(level: TlpLevel): Readonly<Record<string, unknown>> {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: tlpMarkingId(level),
    created: TLP_CREATED,
    name: `TLP:${level.toUpperCase()}`,
    extensions: {
      [TLP_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level },
    },
  };
}
