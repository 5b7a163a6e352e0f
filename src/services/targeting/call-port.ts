/**
 * Which vessel call a consignment belongs to at this node: the vessel's call at the agency's
 * home port, where the cargo is discharged or transshipped and the agency must decide on it.
 * Home ports are the ports where the agency has configured scanners; the first of them along
 * the route (transshipment ports in order, then the port of discharge) is the call's port.
 * Without a home port on the route, the port of discharge.
 */
import type { Route } from '../../core/cargo/consignment.ts';

export function callPortOf(route: Route, homePorts: ReadonlySet<string>): string {
  if (homePorts.size > 0) {
    for (const port of route.transshipmentPorts) if (homePorts.has(port)) return port;
  }
  return route.portOfDischarge;
}
