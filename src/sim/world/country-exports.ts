/**
 * What each country ships to Europe by container, as relative weights over commodities, and the
 * port it ships from. Shares are coarse and public-knowledge (Ecuador: bananas, shrimp; Colombia:
 * bananas, coffee, flowers; Brazil: coffee, meat, juice, pulp; China: electronics and consumer
 * goods…); they shape the route and commodity mix, not any statistic of record.
 */
type Mix = Readonly<Record<string, number>>;

export interface CountryExports {
  readonly country: string;
  /** Ports the country's exports leave from, by weight. */
  readonly ports: Mix;
  readonly commodities: Mix;
}

// prettier-ignore
const rows: readonly CountryExports[] = [
  { country: 'EC', ports: { ECGYE: 3, ECPSJ: 3, ECPBO: 2 }, commodities: { bananas: 60, shrimp: 14, cocoa: 5, roses: 4, tuna: 8, pineapples: 2, mangoes: 2, plantains: 2, timber: 3 } },
  { country: 'CO', ports: { COCTG: 3, COSMR: 2, COBUN: 2 }, commodities: { bananas: 40, coffee: 25, roses: 6, avocados: 8, plantains: 4, chemicals: 4, plastics: 4, tshirts: 3, sugar: 3, lemons: 3 } },
  { country: 'CR', ports: { CRMOB: 1 }, commodities: { bananas: 45, pineapples: 40, plastics: 5, chemicals: 5, coffee: 5 } },
  { country: 'PA', ports: { PAMIT: 1, PABLB: 1 }, commodities: { bananas: 50, plantains: 10, pineapples: 10, plastics: 15, chemicals: 15 } },
  { country: 'PE', ports: { PECLL: 3, PEPAI: 2 }, commodities: { avocados: 25, grapes: 20, asparagus: 12, mangoes: 12, fishmeal: 10, coffee: 8, bananas: 5, cotton: 3, lemons: 5 } },
  { country: 'CL', ports: { CLSAI: 1 }, commodities: { grapes: 18, apples: 15, 'fish-fillets': 22, wine: 20, pulp: 15, timber: 10 } },
  { country: 'MX', ports: { MXZLO: 1 }, commodities: { avocados: 35, beer: 25, 'auto-parts': 25, lemons: 15 } },
  { country: 'DO', ports: { DOCAU: 1 }, commodities: { bananas: 45, cocoa: 25, mangoes: 10, plastics: 10, tshirts: 10 } },
  { country: 'JM', ports: { JMKIN: 1 }, commodities: { sugar: 40, beer: 30, coffee: 15, plastics: 15 } },
  { country: 'GY', ports: { GYGEO: 1 }, commodities: { sugar: 40, timber: 40, plastics: 20 } },
  { country: 'SR', ports: { SRPBM: 1 }, commodities: { bananas: 50, timber: 30, fishmeal: 20 } },
  { country: 'BR', ports: { BRSSZ: 5, BRPNG: 3, BRRIG: 2 }, commodities: { coffee: 25, 'frozen-beef': 10, chicken: 12, 'orange-juice': 10, pulp: 15, sugar: 5, 'soy-meal': 5, cotton: 4, timber: 6, 'auto-parts': 4, lemons: 2, mangoes: 2 } },
  { country: 'AR', ports: { ARBUE: 1 }, commodities: { 'frozen-beef': 20, beef: 15, lemons: 15, wine: 15, 'soy-meal': 20, 'auto-parts': 15 } },
  { country: 'UY', ports: { UYMVD: 1 }, commodities: { beef: 35, 'frozen-beef': 25, pulp: 20, timber: 10, cotton: 10 } },
  { country: 'CN', ports: { CNSHA: 4, CNNGB: 3, CNYTN: 3 }, commodities: { phones: 6, laptops: 6, monitors: 5, 'solar-panels': 8, batteries: 6, toys: 8, furniture: 10, tshirts: 8, footwear: 6, kitchenware: 8, tableware: 5, plastics: 10, steel: 6, tyres: 4, filters: 4, valves: 4, 'auto-parts': 4 } },
  { country: 'HK', ports: { HKHKG: 1 }, commodities: { phones: 25, laptops: 20, toys: 25, tshirts: 30 } },
  { country: 'TW', ports: { TWKHH: 1 }, commodities: { laptops: 30, monitors: 20, valves: 25, 'auto-parts': 25 } },
  { country: 'KR', ports: { KRPUS: 1 }, commodities: { batteries: 30, monitors: 20, tyres: 20, 'auto-parts': 30 } },
  { country: 'VN', ports: { VNCMT: 1 }, commodities: { footwear: 35, tshirts: 25, furniture: 25, phones: 10, cashews: 5 } },
  { country: 'MY', ports: { MYPKG: 1, MYTPP: 1 }, commodities: { rubber: 35, furniture: 20, monitors: 20, plastics: 25 } },
  { country: 'SG', ports: { SGSIN: 1 }, commodities: { chemicals: 40, polyethylene: 30, valves: 30 } },
  { country: 'LK', ports: { LKCMB: 1 }, commodities: { tea: 50, rubber: 25, tshirts: 25 } },
  { country: 'IN', ports: { INNSA: 1 }, commodities: { linen: 25, tshirts: 20, tiles: 15, chemicals: 15, 'auto-parts': 10, grapes: 10, cashews: 5 } },
  { country: 'AE', ports: { AEJEA: 1 }, commodities: { polyethylene: 60, plastics: 20, steel: 20 } },
  { country: 'OM', ports: { OMSLL: 1 }, commodities: { polyethylene: 80, steel: 20 } },
  { country: 'NG', ports: { NGLOS: 1 }, commodities: { cocoa: 50, cashews: 25, rubber: 15, timber: 10 } },
  { country: 'GH', ports: { GHTEM: 1 }, commodities: { cocoa: 55, cashews: 15, timber: 15, tuna: 15 } },
  { country: 'CI', ports: { CIABJ: 1 }, commodities: { cocoa: 55, cashews: 15, rubber: 15, bananas: 10, tuna: 5 } },
  { country: 'TG', ports: { TGLFW: 1 }, commodities: { cocoa: 40, cashews: 30, cotton: 30 } },
  { country: 'SN', ports: { SNDKR: 1 }, commodities: { tuna: 40, 'fish-fillets': 20, cashews: 20, cotton: 20 } },
  { country: 'CM', ports: { CMDLA: 1 }, commodities: { cocoa: 35, timber: 40, bananas: 15, rubber: 10 } },
  { country: 'BJ', ports: { BJCOO: 1 }, commodities: { cotton: 50, cashews: 50 } },
  { country: 'GQ', ports: { GQSSG: 1 }, commodities: { timber: 70, cocoa: 30 } },
  { country: 'ZA', ports: { ZADUR: 1 }, commodities: { oranges: 40, lemons: 20, grapes: 10, wine: 20, 'auto-parts': 10 } },
  { country: 'US', ports: { USNYC: 1, USSAV: 1, USHOU: 1 }, commodities: { polyethylene: 25, chemicals: 15, pulp: 15, filters: 15, valves: 10, 'frozen-beef': 5, chicken: 5, cotton: 10 } },
  { country: 'CA', ports: { CAMTR: 1 }, commodities: { pulp: 30, timber: 20, 'fish-fillets': 20, filters: 30 } },
  { country: 'MA', ports: { MAPTM: 1 }, commodities: { tshirts: 30, 'auto-parts': 40, oranges: 20, tiles: 10 } },
  { country: 'ES', ports: { ESVLC: 2, ESALG: 1 }, commodities: { tiles: 40, oranges: 30, wine: 15, furniture: 15 } },
  { country: 'PT', ports: { PTSIE: 1 }, commodities: { pulp: 40, wine: 30, tiles: 30 } },
  { country: 'IT', ports: { ITGIT: 1 }, commodities: { wine: 40, tiles: 30, valves: 30 } },
  { country: 'GR', ports: { GRPIR: 1 }, commodities: { plastics: 40, tableware: 30, 'fish-fillets': 30 } },
  { country: 'MT', ports: { MTMAR: 1 }, commodities: { plastics: 50, chemicals: 50 } },
  { country: 'TR', ports: { TRMER: 1 }, commodities: { tshirts: 30, linen: 20, steel: 20, 'auto-parts': 15, lemons: 15 } },
  { country: 'GB', ports: { GBFXT: 1, GBLGP: 1 }, commodities: { chemicals: 30, filters: 30, valves: 20, beer: 20 } },
  { country: 'IE', ports: { IEDUB: 1 }, commodities: { chemicals: 50, beer: 30, filters: 20 } },
  { country: 'SE', ports: { SEGOT: 1 }, commodities: { pulp: 40, timber: 30, steel: 30 } },
  { country: 'FI', ports: { FIHEL: 1 }, commodities: { pulp: 60, timber: 40 } },
  { country: 'PL', ports: { PLGDN: 1 }, commodities: { furniture: 40, 'auto-parts': 30, chemicals: 30 } },
  { country: 'NO', ports: { NOOSL: 1 }, commodities: { 'fish-fillets': 70, chemicals: 30 } },
  { country: 'DK', ports: { DKAAR: 1 }, commodities: { furniture: 40, filters: 30, chemicals: 30 } },
];

export const COUNTRY_EXPORTS: ReadonlyMap<string, CountryExports> = new Map(
  rows.map((r) => [r.country, r]),
);

/**
 * Transshipment hubs and the countries whose cargo they relay to the simulated services, with the
 * share of a hub's loadings that came from elsewhere.
 */
export interface Hub {
  readonly locode: string;
  readonly relayShare: number;
  readonly feeds: readonly string[];
}

export const HUBS: ReadonlyMap<string, Hub> = new Map(
  (
    [
      { locode: 'PAMIT', relayShare: 0.8, feeds: ['CO', 'EC', 'CR', 'PE'] },
      { locode: 'PABLB', relayShare: 0.8, feeds: ['EC', 'PE', 'CL', 'CO'] },
      { locode: 'DOCAU', relayShare: 0.5, feeds: ['CO', 'JM', 'PA'] },
      { locode: 'JMKIN', relayShare: 0.6, feeds: ['CO', 'PE', 'EC'] },
      { locode: 'BSFPO', relayShare: 0.9, feeds: ['US', 'CO', 'DO'] },
      { locode: 'COCTG', relayShare: 0.35, feeds: ['EC', 'PE', 'PA'] },
      { locode: 'MAPTM', relayShare: 0.7, feeds: ['BR', 'EC', 'CO', 'CI'] },
      { locode: 'ESALG', relayShare: 0.6, feeds: ['MA', 'BR', 'CO'] },
      { locode: 'SGSIN', relayShare: 0.8, feeds: ['MY', 'VN', 'IN', 'CN'] },
      { locode: 'MYTPP', relayShare: 0.7, feeds: ['VN', 'MY', 'CN'] },
      { locode: 'LKCMB', relayShare: 0.6, feeds: ['IN', 'LK'] },
      { locode: 'AEJEA', relayShare: 0.5, feeds: ['IN', 'OM'] },
      { locode: 'HKHKG', relayShare: 0.5, feeds: ['CN', 'VN'] },
      { locode: 'ITGIT', relayShare: 0.8, feeds: ['TR', 'GR', 'IT'] },
      { locode: 'MTMAR', relayShare: 0.8, feeds: ['TR', 'MA', 'GR'] },
      { locode: 'GRPIR', relayShare: 0.6, feeds: ['TR', 'GR'] },
    ] as const
  ).map((h) => [h.locode, h]),
);

/** Cocaine source and early-transit countries (EUDA/Europol: Andean producers and the routes out). */
export const SOURCE_COUNTRIES: ReadonlySet<string> = new Set([
  'CO',
  'EC',
  'PE',
  'BR',
  'PA',
  'CR',
  'DO',
  'GY',
  'SR',
  'CL',
  'AR',
  'UY',
  'MX',
  'JM',
]);

/** Hubs that are not usual relays for Latin American perishables (for the unusual-transshipment typology). */
export const UNUSUAL_HUBS: readonly string[] = [
  'GQSSG',
  'TGLFW',
  'CIABJ',
  'MTMAR',
  'GRPIR',
  'TRMER',
  'BSFPO',
  'SNDKR',
];
