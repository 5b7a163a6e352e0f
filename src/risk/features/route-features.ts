/** Route features: origin, transshipments, discharge, the route pattern and region flags. */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { FeatureValues } from './feature-vector.ts';
import type { RouteStats } from './history.ts';
import { HIGH_RISK_HUBS, sourceRegionOf } from './regions.ts';

/** "ECGYE>PAPTY>BEANR": port of loading, transshipment ports in order, port of discharge. */
export function routePatternOf(c: Consignment): string {
  const r = c.route;
  let s: string = r.portOfLoading;
  for (const p of r.transshipmentPorts) s += '>' + p;
  return s + '>' + r.portOfDischarge;
}

export function fillRouteFeatures(v: FeatureValues, c: Consignment, stats: RouteStats): void {
  const r = c.route;
  const origin = r.placeOfReceipt ?? r.portOfLoading;
  const originCountry = origin.slice(0, 2);
  const ts: string[] = r.transshipmentPorts.slice();
  v.originPort = origin;
  v.originCountry = originCountry;
  v.loadingPort = r.portOfLoading;
  v.transshipmentPorts = ts;
  v.transshipmentCount = ts.length;
  v.dischargePort = r.portOfDischarge;
  v.dischargeCountry = r.portOfDischarge.slice(0, 2);
  v.routePattern = routePatternOf(c);
  v.routeCountries = routeCountries(origin, r.portOfLoading, ts, r.portOfDischarge);
  const region = sourceRegionOf(originCountry);
  v.sourceRegion = region;
  v.originHighRisk = region !== 'other';
  v.viaHighRiskHub = viaHub(ts);
  const route = stats.route;
  v.routeShipments = route?.shipments ?? 0;
  v.routeSeizureRate = route && route.shipments > 0 ? route.seizures / route.shipments : 0;
}

function routeCountries(origin: string, pol: string, ts: readonly string[], pod: string): string[] {
  const out = [origin.slice(0, 2)];
  addCountry(out, pol);
  for (const p of ts) addCountry(out, p);
  addCountry(out, pod);
  return out;
}

function addCountry(countries: string[], port: string): void {
  const cc = port.slice(0, 2);
  if (!countries.includes(cc)) countries.push(cc);
}

function viaHub(ports: readonly string[]): boolean {
  for (const p of ports) if (HIGH_RISK_HUBS.has(p)) return true;
  return false;
}
