/**
 * The few members of a STIX 2.1 object this layer relies on; everything else is plain JSON. Also
 * the id and timestamp helpers every converter shares.
 */
export interface StixObject {
  readonly type: string;
  readonly id: string;
  readonly spec_version?: '2.1';
  readonly [property: string]: unknown;
}

export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const STIX_ID = /^([a-z][a-z0-9-]+[a-z0-9])--([0-9a-fA-F-]{36})$/;

/** A STIX id from a type and a random UUID the caller drew (this layer has no random source). */
export function stixId(type: string, uuidV4: string): string {
  if (!UUID_V4.test(uuidV4)) throw new TypeError(`stixId: "${uuidV4}" is not a version 4 UUID`);
  return `${type}--${uuidV4}`;
}

/** The type part of a STIX id, or undefined when the id is malformed. */
export function stixTypeOf(id: string): string | undefined {
  return STIX_ID.exec(id)?.[1];
}

/** STIX timestamps carry milliseconds and a Z: normalise any ISO instant to that form. */
export function stixTimestamp(iso: string): string {
  return new Date(Date.parse(iso)).toISOString();
}
