/**
 * Column helpers shared by the schema files: byte-exact `bytea`, time stamps with time zone, and
 * the time-keyed composite primary key used by the big tables.
 */
import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Raw bytes, stored byte for byte. node-postgres yields a Buffer, PGlite a Uint8Array. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

/** A `timestamptz` read and written as a JavaScript Date (the same on both engines). */
export function tstz(name: string) {
  return timestamp(name, { withTimezone: true, mode: 'date' });
}
