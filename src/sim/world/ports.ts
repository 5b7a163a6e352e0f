/**
 * The ports the simulated services call at: UN/LOCODE, name, country and coordinates. Coordinates
 * are facts taken from the NGA World Port Index (Pub. 150, 2023) and, where it lacks the port,
 * from the UN/LOCODE list; the simulator keeps this small table so it runs before and without the
 * reference layer.
 */
export const REGIONS = [
  'north-europe',
  'mediterranean',
  'wcsa',
  'ecsa',
  'caribbean',
  'asia',
  'west-africa',
  'middle-east',
  'north-america',
  'south-africa',
] as const;
export type Region = (typeof REGIONS)[number];

export interface SimPort {
  readonly locode: string;
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly region: Region;
}

type Row = readonly [string, string, number, number, Region];

const ROWS: readonly Row[] = [
  ['BEANR', 'Antwerpen', 51.216667, 4.4, 'north-europe'],
  ['NLRTM', 'Rotterdam', 51.9, 4.483333, 'north-europe'],
  ['DEHAM', 'Hamburg', 53.55, 9.933333, 'north-europe'],
  ['DEBRV', 'Bremerhaven', 53.533333, 8.583333, 'north-europe'],
  ['FRLEH', 'Le Havre', 49.483333, 0.116667, 'north-europe'],
  ['GBFXT', 'Felixstowe', 51.95, 1.316667, 'north-europe'],
  ['GBLGP', 'London Gateway Port', 51.5, 0.483333, 'north-europe'],
  ['IEDUB', 'Dublin', 53.349379, -6.260559, 'north-europe'],
  ['SEGOT', 'Goteborg', 57.709722, 11.954722, 'north-europe'],
  ['FIHEL', 'Helsinki', 60.166667, 24.966667, 'north-europe'],
  ['PLGDN', 'Gdansk', 54.35, 18.666667, 'north-europe'],
  ['NOOSL', 'Oslo', 59.898056, 10.745556, 'north-europe'],
  ['DKAAR', 'Aarhus', 56.15, 10.216667, 'north-europe'],
  ['ESALG', 'Algeciras', 36.133333, -5.433333, 'mediterranean'],
  ['ESVLC', 'Valencia', 39.45, -0.316667, 'mediterranean'],
  ['PTSIE', 'Sines', 37.95, -8.866667, 'mediterranean'],
  ['MAPTM', 'Tanger Med', 35.9, -5.516667, 'mediterranean'],
  ['ITGIT', 'Gioia Tauro', 38.444, 15.89, 'mediterranean'],
  ['GRPIR', 'Piraeus', 37.933333, 23.65, 'mediterranean'],
  ['MTMAR', 'Marsaxlokk', 35.816667, 14.55, 'mediterranean'],
  ['TRMER', 'Mersin', 36.8, 34.633333, 'mediterranean'],
  ['ECGYE', 'Guayaquil', -2.2, -79.883333, 'wcsa'],
  ['ECPSJ', 'Posorja', -2.7, -80.25, 'wcsa'],
  ['ECPBO', 'Puerto Bolivar', -3.266667, -80, 'wcsa'],
  ['COBUN', 'Buenaventura', 3.883333, -77.066667, 'wcsa'],
  ['PECLL', 'Callao', -12.05, -77.15, 'wcsa'],
  ['PEPAI', 'Paita', -5.083333, -81.116667, 'wcsa'],
  ['CLSAI', 'San Antonio', -33.583333, -71.616667, 'wcsa'],
  ['PABLB', 'Balboa', 8.95, -79.566667, 'wcsa'],
  ['PAMIT', 'Manzanillo', 9.359, -79.881, 'caribbean'],
  ['COCTG', 'Cartagena', 10.416667, -75.533333, 'caribbean'],
  ['COSMR', 'Santa Marta', 11.25, -74.216667, 'caribbean'],
  ['CRMOB', 'Moin', 10, -83.083333, 'caribbean'],
  ['DOCAU', 'Caucedo', 18.416667, -69.633333, 'caribbean'],
  ['JMKIN', 'Kingston', 17.966667, -76.783333, 'caribbean'],
  ['BSFPO', 'Freeport', 26.516667, -78.783333, 'caribbean'],
  ['GYGEO', 'Georgetown', 6.833333, -58.166667, 'caribbean'],
  ['SRPBM', 'Paramaribo', 5.833333, -55.166667, 'caribbean'],
  ['MXZLO', 'Manzanillo', 19.05, -104.316667, 'wcsa'],
  ['BRSSZ', 'Santos', -23.95, -46.3, 'ecsa'],
  ['BRPNG', 'Paranagua', -25.5, -48.516667, 'ecsa'],
  ['BRRIG', 'Rio Grande', -32.05, -52.083333, 'ecsa'],
  ['ARBUE', 'Buenos Aires', -34.6, -58.366667, 'ecsa'],
  ['UYMVD', 'Montevideo', -34.9, -56.216667, 'ecsa'],
  ['CNSHA', 'Shanghai', 31.216667, 121.5, 'asia'],
  ['CNNGB', 'Ningbo', 29.883333, 121.55, 'asia'],
  ['CNYTN', 'Yantian', 22.583333, 114.266667, 'asia'],
  ['HKHKG', 'Hong Kong', 22.266667, 114.2, 'asia'],
  ['SGSIN', 'Singapore', 1.289918, 103.851907, 'asia'],
  ['MYPKG', 'Port Klang', 3, 101.4, 'asia'],
  ['MYTPP', 'Tanjung Pelepas', 1.35, 103.55, 'asia'],
  ['KRPUS', 'Busan', 35.1, 129.033333, 'asia'],
  ['TWKHH', 'Kaohsiung', 22.616667, 120.25, 'asia'],
  ['VNCMT', 'Cai Mep', 10.516667, 107, 'asia'],
  ['LKCMB', 'Colombo', 6.95, 79.85, 'asia'],
  ['INNSA', 'Nhava Sheva', 18.95, 72.95, 'asia'],
  ['NGLOS', 'Lagos', 6.4, 3.4, 'west-africa'],
  ['GHTEM', 'Tema', 5.631944, 0.015556, 'west-africa'],
  ['CIABJ', 'Abidjan', 5.25, -4.016667, 'west-africa'],
  ['TGLFW', 'Lome', 6.133333, 1.283333, 'west-africa'],
  ['SNDKR', 'Dakar', 14.683333, -17.433333, 'west-africa'],
  ['CMDLA', 'Douala', 4.05, 9.683333, 'west-africa'],
  ['BJCOO', 'Cotonou', 6.35, 2.433333, 'west-africa'],
  ['GQSSG', 'Malabo', 3.75, 8.783333, 'west-africa'],
  ['AEJEA', 'Jebel Ali', 25.016667, 55.05, 'middle-east'],
  ['OMSLL', 'Salalah', 16.951111, 54.029167, 'middle-east'],
  ['USNYC', 'New York', 40.7, -74.016667, 'north-america'],
  ['USSAV', 'Savannah', 32.083333, -81.083333, 'north-america'],
  ['USHOU', 'Houston', 29.75, -95.283333, 'north-america'],
  ['CAMTR', 'Montreal', 45.516667, -73.55, 'north-america'],
  ['ZADUR', 'Durban', -29.866667, 31.066667, 'south-africa'],
];

export const SIM_PORTS: ReadonlyMap<string, SimPort> = new Map(
  ROWS.map(([locode, name, lat, lon, region]) => [
    locode,
    { locode, name, country: locode.slice(0, 2), lat, lon, region },
  ]),
);

export function simPort(locode: string): SimPort {
  const port = SIM_PORTS.get(locode);
  if (!port) throw new Error(`The simulator has no port ${locode}`);
  return port;
}

/** Great-circle distance in nautical miles. */
export function distanceNm(a: SimPort, b: SimPort): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 3440.065 * Math.asin(Math.sqrt(h));
}
