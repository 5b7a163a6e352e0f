/**
 * The places of a consignment's route, in travel order, with names and coordinates from the
 * bundled UN/LOCODE table, for drawing the route on a map.
 */
import type { Route } from '../../core/cargo/consignment.ts';
import { getReferenceData, type LocodeTable } from '../../reference/index.ts';

export const ROUTE_ROLES = [
  'place-of-receipt',
  'port-of-loading',
  'transshipment',
  'port-of-discharge',
  'place-of-delivery',
] as const;
export type RouteRole = (typeof ROUTE_ROLES)[number];

export interface RoutePlace {
  readonly role: RouteRole;
  readonly locode: string;
  readonly name?: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export function routePlaces(
  route: Route,
  locodes: Pick<LocodeTable, 'get'> = getReferenceData().locodes,
): RoutePlace[] {
  const stops: [RouteRole, string | undefined][] = [
    ['place-of-receipt', route.placeOfReceipt],
    ['port-of-loading', route.portOfLoading],
    ...route.transshipmentPorts.map((p): [RouteRole, string] => ['transshipment', p]),
    ['port-of-discharge', route.portOfDischarge],
    ['place-of-delivery', route.placeOfDelivery],
  ];
  const places: RoutePlace[] = [];
  for (const [role, code] of stops) {
    if (!code) continue;
    const entry = locodes.get(code);
    places.push({
      role,
      locode: code,
      ...(entry ? { name: entry.name, country: entry.country } : {}),
      ...(entry?.coordinates ? { lat: entry.coordinates.lat, lon: entry.coordinates.lon } : {}),
    });
  }
  return places;
}
