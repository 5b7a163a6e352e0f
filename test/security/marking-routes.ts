// The routes of the authorization matrix that carry exchange objects, and what each shows. A route
// under an exchange prefix that is not listed here fails the matrix, and so does any other route
// whose answer contains a seeded exchange object.
import type { SeededObject } from './marking-world.ts';

/** Which seeded objects a read route lists (for the node's own agency, before any gate). */
export type Shows = (o: SeededObject) => boolean;

/** API reads that list objects: every one of them is checked per role × agency × marking. */
export const API_LISTS: Readonly<Record<string, Shows>> = {
  'GET /api/v1/lookouts': (o) => o.kind === 'lookout',
  'GET /api/v1/intel/inbox': (o) => o.received,
  'GET /api/v1/intel/hits': (o) => o.received && o.kind === 'hit',
};
/** API reads of one object by id (`:id` is the seeded object's id). */
export const API_GETS = ['GET /api/v1/lookouts/:id', 'GET /api/v1/intel/objects/:id'] as const;
/** The permission that reads an object of this kind, whichever route asks for it. */
export const readPermissionOf = (o: SeededObject) =>
  o.kind === 'lookout' ? 'lookout.read' : 'intel.read';
/** API writes on one object: a guest agency's caller gets "not found" and changes nothing. */
export const API_WRITES = [
  'POST /api/v1/lookouts/:id/release',
  'POST /api/v1/lookouts/:id/approve',
  'POST /api/v1/lookouts/:id/revoke',
  'POST /api/v1/intel/objects/:id/release',
  'POST /api/v1/intel/objects/:id/approve',
  'POST /api/v1/intel/objects/:id/revoke',
] as const;
/** API writes that create objects: the caller's agency becomes no one else's owner. */
export const API_CREATES = ['POST /api/v1/lookouts', 'POST /api/v1/intel/objects'] as const;
/** TAXII reads with a partner token: drained page by page, or one object. */
export const TAXII_PAGES = [
  'GET /taxii2/api/collections/:collectionId/objects/',
  'GET /taxii2/api/collections/:collectionId/manifest/',
] as const;
export const TAXII_GETS = [
  'GET /taxii2/api/collections/:collectionId/objects/:objectId/',
  'GET /taxii2/api/collections/:collectionId/objects/:objectId/versions/',
] as const;
/** Exchange routes that carry no exchange object (checked like every other route: no marker). */
export const NO_OBJECTS = [
  'GET /api/v1/partners',
  'GET /api/v1/exchange/extension-definitions',
  'GET /taxii2/',
  'GET /taxii2/api/',
  'GET /taxii2/api/collections/',
  'GET /taxii2/api/collections/:collectionId/',
  'POST /taxii2/api/collections/:collectionId/objects/',
  'GET /taxii2/api/status/:statusId/',
  // The node's signed audit heads and proofs for partners (checked in `authz-audit.ts`).
  'GET /taxii2/api/audit/tree-head/',
  'GET /taxii2/api/audit/consistency/',
  'GET /taxii2/api/audit/held-heads/',
  // Paths no TAXII route serves: a TAXII 404 error message.
  'GET /taxii2/*',
  'POST /taxii2/*',
  'DELETE /taxii2/*',
  // Private set intersection of entity names with a partner node: blinded points, no object.
  'POST /api/v1/psi/evaluate',
] as const;

export const LISTED: ReadonlySet<string> = new Set([
  ...Object.keys(API_LISTS),
  ...API_GETS,
  ...API_WRITES,
  ...API_CREATES,
  ...TAXII_PAGES,
  ...TAXII_GETS,
  ...NO_OBJECTS,
]);

/** A route that by its address or permission belongs to the exchange capability. */
export function isExchangeRoute(route: {
  url: string;
  permission?: string | readonly string[];
}): boolean {
  const prefixes = [
    '/api/v1/lookouts',
    '/api/v1/intel',
    '/api/v1/exchange',
    '/api/v1/partners',
    '/taxii2',
  ];
  const permissions = [route.permission ?? []].flat();
  return (
    prefixes.some((p) => route.url.startsWith(p)) ||
    permissions.some((p) => /^(lookout|intel|exchange)\./.test(p))
  );
}

/** The seeded objects whose id, marker or internal note appear in a text. */
export function seenIn(text: string, objects: readonly SeededObject[]) {
  return {
    shown: objects.filter((o) => text.includes(o.id) || text.includes(o.marker)),
    secrets: objects.filter((o) => text.includes(o.secret)),
  };
}
