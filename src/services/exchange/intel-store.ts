/**
 * Storing versions of this node's own objects and making them visible to partners. A new version's
 * `modified` is the clock's instant, moved 1 ms past the previous version when the clock has not
 * advanced (STIX needs every version strictly later).
 */
import type { ExchangeObject } from '../../exchange/objects/exchange-object.ts';
import {
  insertIntelVersion,
  publishIntelVersion,
  type Db,
  type IntelState,
} from '../../storage/index.ts';
import { epochMicros } from './exchange-context.ts';

export function nextModified(previous: string | undefined, now: Date): string {
  const floor = previous === undefined ? 0 : Date.parse(previous) + 1;
  return new Date(Math.max(now.getTime(), floor)).toISOString();
}

export async function storeVersion(
  tx: Db,
  object: ExchangeObject,
  state: IntelState,
  by: string,
  now: Date,
): Promise<void> {
  const stored = await insertIntelVersion(tx, {
    objectId: object.id,
    modified: object.modified,
    kind: object.kind,
    owner: object.markings.owner,
    state,
    revoked: object.revoked,
    document: object,
    createdBy: by,
    recordedAt: now,
    ...(object.markings.receivedFrom === undefined
      ? {}
      : { receivedFrom: object.markings.receivedFrom }),
  });
  if (!stored) throw new Error(`version ${object.id} ${object.modified} already stored`);
}

/** Stores a version and gives it its TAXII date added at once. */
export async function storeAndPublish(
  tx: Db,
  object: ExchangeObject,
  state: IntelState,
  by: string,
  now: Date,
): Promise<void> {
  await storeVersion(tx, object, state, by, now);
  await publishIntelVersion(
    tx,
    { objectId: object.id, modified: object.modified },
    epochMicros(now),
  );
}
