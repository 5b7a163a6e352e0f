// Intake test helpers: services over a test database, a registered carrier with its actor, and
// CUSCAR interchanges written with the EDIFACT writers.
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import type { FilingFunction } from '../../src/core/cargo/filing.ts';
import { writeCuscar } from '../../src/ingest/edifact/index.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createIntakeService } from '../../src/services/intake/intake.service.ts';
import { createSenderService } from '../../src/services/intake/sender.service.ts';
import type { SenderPolicy } from '../../src/services/intake/sender-policy.ts';
import type { Database } from '../../src/storage/index.ts';
import { consignmentFixture, containerNo } from '../support/cargo-fixtures.ts';

export const AGENCY = 'be-customs';
export const clock = fixedClock('2024-03-10T12:00:00Z');
export const admin = createActor({
  kind: 'user',
  id: 'admin-1',
  agencyId: AGENCY,
  roles: ['admin'],
});
export const analyst = createActor({
  kind: 'user',
  id: 'analyst-1',
  agencyId: AGENCY,
  roles: ['analyst'],
});

export function services(database: Database, bodyLimitBytes?: number) {
  const deps = { database, clock, ...(bodyLimitBytes ? { bodyLimitBytes } : {}) };
  return { intake: createIntakeService(deps), senders: createSenderService(deps) };
}

/** A new carrier (unique name) and its machine actor. */
export async function carrier(
  database: Database,
  policy: Partial<SenderPolicy> = {},
): Promise<{ actor: Actor; senderId: string }> {
  const name = `Carrier ${Math.random().toString(36).slice(2, 8)}`;
  const sender = await services(database).senders.addSender(admin, {
    name,
    kind: 'carrier',
    policy,
  });
  const actor = createActor({
    kind: 'machine',
    id: sender.id,
    agencyId: AGENCY,
    roles: ['carrier'],
  });
  return { actor, senderId: sender.id };
}

/** Consignments with one container each, serials from `first`. */
export function consignments(count: number, first: number, billPrefix = 'BL'): Consignment[] {
  return Array.from({ length: count }, (_, i) => {
    const n = containerNo(first + i);
    const base = consignmentFixture(`${billPrefix}${String(first + i).padStart(6, '0')}`);
    const [goods] = base.goods;
    const [equipment] = base.equipment;
    if (!goods || !equipment) throw new Error('fixture without goods or equipment');
    return {
      ...base,
      goods: [{ ...goods, containerNumbers: [n] }],
      equipment: [{ ...equipment, containerNumber: n }],
    };
  });
}

export function cuscar(
  documentNumber: string,
  list: readonly Consignment[],
  options: { fn?: FilingFunction; ref?: string } = {},
): Uint8Array {
  const text = writeCuscar({
    envelope: {
      sender: 'MAEU',
      recipient: 'BECUSTOMS',
      controlReference: options.ref ?? documentNumber.slice(-14),
      preparedAt: '2024-03-10T10:00:00Z',
    },
    documentNumber,
    voyageNumber: '2403W',
    consignments: list,
    ...(options.fn ? { function: options.fn } : {}),
  });
  return new TextEncoder().encode(text);
}

/** Replaces the first occurrence of `from` in the bytes' text (to plant an error). */
export function corrupt(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  if (!text.includes(from)) throw new Error(`"${from}" not in the message`);
  return new TextEncoder().encode(text.replace(from, to));
}

/** The container number with a wrong check digit. */
export function badDigit(serial: number): string {
  const good = containerNo(serial);
  return `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
}
