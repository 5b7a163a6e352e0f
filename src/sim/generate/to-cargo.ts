/**
 * Turns the day's working records into the core cargo model the intake produces: consignments
 * with parties (at the address valid on the filing date), goods and equipment; container events
 * in the DCSA vocabulary; the vessel and its port call. Identifiers go through the core parse
 * functions, so a generator bug fails loudly instead of producing an invalid filing.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import type { ContainerEvent, TransportCallRef } from '../../core/cargo/events.ts';
import type { Party, PartyRole } from '../../core/cargo/party.ts';
import type { PortCall, Vessel } from '../../core/cargo/vessel.ts';
import {
  parseContainerNumber,
  type ContainerNumber,
} from '../../core/identifiers/container-number.ts';
import { parseCountryCode } from '../../core/identifiers/country-code.ts';
import { parseEori } from '../../core/identifiers/eori.ts';
import { parseHsCode } from '../../core/identifiers/hs-code.ts';
import { parseImoNumber, type ImoNumber } from '../../core/identifiers/imo-number.ts';
import { parseScac } from '../../core/identifiers/scac.ts';
import { parseUnLocode, type UnLocode } from '../../core/identifiers/un-locode.ts';
import { unwrap } from '../../core/result.ts';
import { stableUuid } from '../stable-uuid.ts';
import { addressAt, type Company } from '../world/company.ts';
import { filedName } from '../world/name-variants.ts';
import type { CallDraft, ConsignmentDraft, ContainerDraft, EventDraft } from './drafts.ts';

/** Times are reported to the minute, as EDIFACT DTM (format 203) carries them, so every format agrees. */
export const iso = (ms: number): string =>
  `${new Date(Math.round(ms / 60_000) * 60_000).toISOString().slice(0, 16)}:00Z`;
// A run uses a few dozen ports and a few hundred ships: parse each once.
const locodes = new Map<string, UnLocode>();
const imos = new Map<string, ImoNumber>();
const locode = (s: string): UnLocode =>
  locodes.get(s) ?? locodes.set(s, unwrap(parseUnLocode(s))).get(s)!;
const imo = (s: string): ImoNumber => imos.get(s) ?? imos.set(s, unwrap(parseImoNumber(s))).get(s)!;
const containerNo = (s: string): ContainerNumber => unwrap(parseContainerNumber(s));

function buildParty(company: Company, role: PartyRole, atMs: number, name: string): Party {
  const a = addressAt(company, atMs);
  const identifiers = {
    ...(company.eori ? { eori: unwrap(parseEori(company.eori)) } : {}),
    ...(company.vat ? { vat: company.vat } : {}),
  };
  return {
    role,
    name,
    address: {
      street: a.street,
      city: a.city,
      ...(a.postcode ? { postcode: a.postcode } : {}),
      ...(a.region ? { region: a.region } : {}),
      country: unwrap(parseCountryCode(a.country)),
    },
    ...(identifiers.eori || identifiers.vat ? { identifiers } : {}),
    phone: company.phone,
    email: company.email,
  };
}

// Parties are immutable values: one per company, role, address and name as filed, shared by its filings.
const parties = new WeakMap<Company, Map<string, Party>>();
const companies = new WeakMap<Party, Company>();

/** The simulated company behind a party the simulator made (ground truth for entity resolution). */
export function companyOfParty(p: Party): Company | undefined {
  return companies.get(p);
}

export function party(company: Company, role: PartyRole, atMs: number, billNumber = ''): Party {
  const name = billNumber === '' ? company.name : filedName(company, billNumber);
  const key = `${role}:${company.moved && atMs >= company.moved.at ? 1 : 0}:${name}`;
  let byKey = parties.get(company);
  if (!byKey) parties.set(company, (byKey = new Map<string, Party>()));
  let found = byKey.get(key);
  if (!found) {
    found = buildParty(company, role, atMs, name);
    byKey.set(key, found);
    companies.set(found, company);
  }
  return found;
}

/** Stowage details for BAPLIE: the cell, and the ports where the unit was loaded aboard and is to be discharged. */
export interface Aboard {
  readonly portOfLoading: string;
  readonly portOfDischarge: string;
}

export function equipment(c: ContainerDraft, aboard?: Aboard): Equipment {
  return {
    containerNumber: containerNo(c.number),
    isoSizeType: c.sizeType.code,
    fullEmpty: c.empty ? 'empty' : 'full',
    seals: c.empty ? [] : [{ number: c.seal, source: 'CAR', type: 'BLT' }],
    ...(c.reeferC !== undefined ? { reefer: { temperatureC: c.reeferC, active: true } } : {}),
    grossWeightKg: c.grossKg,
    tareWeightKg: c.sizeType.tareKg,
    vgmKg: c.vgmKg,
    ...(aboard && c.stowage ? { stowagePosition: c.stowage } : {}),
    ...(aboard
      ? {
          portOfLoading: locode(aboard.portOfLoading),
          portOfDischarge: locode(aboard.portOfDischarge),
        }
      : {}),
  };
}

export function consignment(d: ConsignmentDraft, call: CallDraft): Consignment {
  const parties = [
    party(d.shipper, 'shipper', d.filedAt, d.billNumber),
    party(d.consignee, 'consignee', d.filedAt, d.billNumber),
  ];
  if (d.forwarder) parties.push(party(d.forwarder, 'forwarder', d.filedAt, d.billNumber));
  const net = d.containers.reduce((n, c) => n + c.netKg, 0);
  return {
    billNumber: d.billNumber,
    billKind: 'master',
    carrier: unwrap(parseScac(d.carrier.scac)),
    bookingReference: d.bookingReference,
    bookedAt: iso(d.bookedAt),
    vesselImo: imo(call.vessel.imo),
    voyageNumber: call.voyage,
    route: {
      portOfLoading: locode(d.route.portOfLoading),
      transshipmentPorts: d.route.transshipmentPorts.map(locode),
      portOfDischarge: locode(d.route.portOfDischarge),
    },
    parties,
    goods: [
      {
        sequence: 1,
        hsCode: unwrap(parseHsCode(d.commodity.hs)),
        description: d.commodity.description,
        packages: {
          count: d.containers.reduce((n, c) => n + c.packages, 0),
          kind: d.commodity.packageKind,
        },
        grossWeightKg: Math.round(net * 1.04),
        netWeightKg: net,
        containerNumbers: d.containers.map((c) => containerNo(c.number)),
      },
    ],
    equipment: d.containers.map((c) => equipment(c)),
  };
}

function transportCall(e: EventDraft): TransportCallRef {
  const location = locode(e.location);
  if (e.mode !== 'VESSEL') return { mode: e.mode, location };
  const call: { -readonly [K in keyof TransportCallRef]: TransportCallRef[K] } = {
    mode: 'VESSEL',
    location,
  };
  if (e.vesselImo) call.vesselImo = imo(e.vesselImo);
  if (e.voyage) call.voyageNumber = e.voyage;
  return call;
}

export function containerEvents(c: ContainerDraft, callId: string): ContainerEvent[] {
  const number = containerNo(c.number);
  const bills = c.consignment ? [c.consignment.billNumber] : undefined;
  return c.events.map((e, i) => {
    const event: { -readonly [K in keyof ContainerEvent]: ContainerEvent[K] } = {
      eventType: e.type,
      classifier: 'ACT',
      containerNumber: number,
      eventAt: iso(e.at),
      location: locode(e.location),
      fullEmpty: e.empty ? 'empty' : 'full',
      transportCall: transportCall(e),
      sourceEventId: stableUuid(`${callId}:${c.number}:${i + 1}`),
    };
    if (e.facility) event.facility = e.facility;
    if (e.seal) event.seals = [{ number: e.seal, source: 'CAR', type: 'BLT' }];
    if (bills) event.billNumbers = bills;
    return event;
  });
}

export function vessel(call: CallDraft): Vessel {
  return {
    imo: imo(call.vessel.imo),
    name: call.vessel.name,
    flag: unwrap(parseCountryCode(call.vessel.flag)),
  };
}

export function portCall(call: CallDraft, home: string): PortCall {
  return {
    vesselImo: imo(call.vessel.imo),
    voyageNumber: call.voyage,
    port: locode(home),
    terminal: call.terminal,
    eta: iso(call.arrivalMs),
    etd: iso(call.departureMs),
    ata: iso(call.arrivalMs),
    atd: iso(call.departureMs),
  };
}
