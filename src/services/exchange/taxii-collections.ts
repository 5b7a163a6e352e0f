/**
 * TAXII collections: one per community this node shares with, plus one "direct" collection for
 * what is released to the requesting agency by name. Ids are name-based (UUID v5), so every node
 * knows a partner's collection ids without asking, and a partner sees only the collections of its
 * own communities.
 */
import { uuidV5 } from '../../exchange/stix/uuid-v5.ts';
import type { Markings } from '../../exchange/markings/markings.ts';
import {
  ensureCollection,
  listCollections,
  type CollectionRecord,
  type Db,
  type PartnerRecord,
} from '../../storage/index.ts';

export const DIRECT_COLLECTION_ID = uuidV5('portcullis:collection:direct');

export function communityCollectionId(community: string): string {
  return uuidV5(`portcullis:collection:community:${community}`);
}

export async function ensurePartnerCollections(db: Db, communities: readonly string[]) {
  await ensureCollection(db, {
    id: DIRECT_COLLECTION_ID,
    title: 'Released to you',
    description: 'Intelligence released to your agency by name.',
  });
  for (const community of communities)
    await ensureCollection(db, {
      id: communityCollectionId(community),
      communityId: community,
      title: `Community ${community}`,
      description: `Intelligence released to the ${community} community.`,
    });
}

/** The collections a partner may see: the direct one and those of its communities. */
export async function collectionsOf(db: Db, partner: PartnerRecord): Promise<CollectionRecord[]> {
  const all = await listCollections(db);
  return all.filter(
    (c) => c.communityId === undefined || partner.communities.includes(c.communityId),
  );
}

/** Whether a version belongs in a collection (before the gate decides for the partner). */
export function belongsTo(c: CollectionRecord, m: Markings, partnerAgency: string): boolean {
  return c.communityId === undefined
    ? (m.releasability.agencies as readonly string[]).includes(partnerAgency) ||
        m.owner === partnerAgency
    : (m.releasability.communities as readonly string[]).includes(c.communityId);
}
