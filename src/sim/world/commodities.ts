/**
 * What the simulated world ships: commodities by HS 2022 subheading with their packaging, weight
 * per container, reefer settings, and the countries they come from with a share of each country's
 * exports to Europe. Route mixes follow from these tables: bananas from Ecuador and Colombia,
 * coffee from Colombia and Brazil, electronics from China…
 */
export interface Commodity {
  readonly id: string;
  /** HS 2022 subheading (6 digits), as declared. */
  readonly hs: string;
  readonly description: string;
  readonly packageKind: string;
  readonly packagesPerTeu: readonly [number, number];
  readonly netKgPerTeu: readonly [number, number];
  /** Set for goods that travel in an active reefer. */
  readonly reeferC?: number;
  /** Business sector of the companies that trade it (used for cover-load consistency). */
  readonly sector: Sector;
}

export const SECTORS = [
  'fresh-produce',
  'seafood',
  'meat',
  'beverages',
  'agri-bulk',
  'timber-paper',
  'electronics',
  'consumer-goods',
  'industrial',
  'chemicals',
  'vehicles',
] as const;
export type Sector = (typeof SECTORS)[number];

type Row = readonly [
  string,
  string,
  string,
  string,
  readonly [number, number],
  readonly [number, number],
  number | null,
  Sector,
];

// id, hs, description, package kind, packages per TEU, net kg per TEU, reefer °C, sector
// prettier-ignore
const ROWS: readonly Row[] = [
  ['bananas', '080390', 'FRESH BANANAS CAVENDISH', 'CT', [530, 545], [9600, 9900], 13.3, 'fresh-produce'],
  ['plantains', '080310', 'FRESH PLANTAINS', 'CT', [480, 520], [9000, 9600], 13.3, 'fresh-produce'],
  ['pineapples', '080430', 'FRESH PINEAPPLES MD2', 'CT', [520, 560], [9800, 10400], 7.5, 'fresh-produce'],
  ['avocados', '080440', 'FRESH AVOCADOS HASS', 'CT', [2300, 2600], [9500, 10500], 5, 'fresh-produce'],
  ['mangoes', '080450', 'FRESH MANGOES', 'CT', [2400, 2700], [9000, 10000], 10, 'fresh-produce'],
  ['grapes', '080610', 'FRESH TABLE GRAPES', 'CT', [1000, 1100], [8000, 9000], -0.5, 'fresh-produce'],
  ['apples', '080810', 'FRESH APPLES', 'CT', [520, 560], [9000, 10000], 0.5, 'fresh-produce'],
  ['oranges', '080510', 'FRESH ORANGES', 'CT', [750, 800], [11000, 12000], 4, 'fresh-produce'],
  ['lemons', '080550', 'FRESH LEMONS', 'CT', [750, 800], [11000, 12000], 8, 'fresh-produce'],
  ['asparagus', '070920', 'FRESH GREEN ASPARAGUS', 'CT', [900, 1000], [5000, 5600], 1.5, 'fresh-produce'],
  ['roses', '060311', 'FRESH CUT ROSES', 'BX', [280, 320], [3000, 4000], 1, 'fresh-produce'],
  ['shrimp', '030617', 'FROZEN SHRIMP HLSO', 'CT', [1300, 1400], [11000, 12500], -18, 'seafood'],
  ['fish-fillets', '030441', 'FROZEN SALMON FILLETS', 'CT', [1200, 1300], [11000, 12500], -20, 'seafood'],
  ['beef', '020130', 'CHILLED BONELESS BEEF', 'CT', [800, 900], [12000, 13000], -1, 'meat'],
  ['frozen-beef', '020230', 'FROZEN BONELESS BEEF', 'CT', [900, 1000], [12500, 13500], -18, 'meat'],
  ['chicken', '020714', 'FROZEN CHICKEN CUTS', 'CT', [1100, 1250], [12500, 13500], -18, 'meat'],
  ['orange-juice', '200911', 'FROZEN CONCENTRATED ORANGE JUICE', 'DR', [40, 44], [10500, 11500], -18, 'beverages'],
  ['coffee', '090111', 'GREEN COFFEE BEANS', 'BG', [270, 280], [18900, 19600], null, 'agri-bulk'],
  ['cocoa', '180100', 'RAW COCOA BEANS', 'BG', [300, 320], [18000, 19200], null, 'agri-bulk'],
  ['cashews', '080132', 'RAW CASHEW NUTS IN SHELL', 'BG', [220, 240], [17000, 18000], null, 'agri-bulk'],
  ['tea', '090240', 'BLACK TEA', 'BG', [350, 400], [12000, 14000], null, 'agri-bulk'],
  ['sugar', '170114', 'RAW CANE SUGAR', 'BG', [400, 420], [20000, 21000], null, 'agri-bulk'],
  ['soy-meal', '230400', 'SOYBEAN MEAL', 'BG', [420, 440], [21000, 22000], null, 'agri-bulk'],
  ['fishmeal', '230120', 'FISHMEAL STEAM DRIED', 'BG', [390, 410], [19500, 20500], null, 'agri-bulk'],
  ['tuna', '160414', 'CANNED TUNA IN OIL', 'CT', [1800, 2000], [17000, 18500], null, 'seafood'],
  ['wine', '220421', 'RED WINE IN BOTTLES', 'CT', [1100, 1250], [12000, 14000], null, 'beverages'],
  ['beer', '220300', 'BEER MADE FROM MALT', 'CT', [1500, 1700], [18000, 19500], null, 'beverages'],
  ['timber', '440799', 'SAWN HARDWOOD TIMBER', 'PK', [10, 16], [17000, 20000], null, 'timber-paper'],
  ['pulp', '470329', 'BLEACHED EUCALYPTUS PULP', 'BL', [20, 24], [21000, 22500], null, 'timber-paper'],
  ['rubber', '400122', 'TECHNICALLY SPECIFIED NATURAL RUBBER', 'BL', [16, 18], [20000, 21000], null, 'industrial'],
  ['cotton', '520100', 'RAW COTTON NOT CARDED', 'BL', [90, 100], [20000, 21500], null, 'agri-bulk'],
  ['phones', '851713', 'MOBILE PHONES', 'CT', [700, 900], [4000, 6000], null, 'electronics'],
  ['laptops', '847130', 'PORTABLE COMPUTERS', 'CT', [600, 800], [4500, 6500], null, 'electronics'],
  ['monitors', '852872', 'LCD TELEVISION RECEIVERS', 'CT', [300, 400], [5000, 7000], null, 'electronics'],
  ['solar-panels', '854143', 'PHOTOVOLTAIC MODULES', 'PL', [14, 16], [9000, 11000], null, 'electronics'],
  ['batteries', '850760', 'LITHIUM-ION BATTERY PACKS', 'PL', [10, 12], [8000, 10000], null, 'electronics'],
  ['toys', '950300', 'PLASTIC TOYS', 'CT', [700, 900], [3500, 5000], null, 'consumer-goods'],
  ['furniture', '940360', 'WOODEN FURNITURE', 'PK', [120, 180], [5000, 7500], null, 'consumer-goods'],
  ['tshirts', '610910', 'COTTON T-SHIRTS KNITTED', 'CT', [500, 650], [5000, 7000], null, 'consumer-goods'],
  ['footwear', '640299', 'SPORTS FOOTWEAR RUBBER SOLES', 'CT', [550, 700], [4000, 5500], null, 'consumer-goods'],
  ['linen', '630210', 'BED LINEN OF COTTON', 'CT', [600, 700], [6000, 8000], null, 'consumer-goods'],
  ['kitchenware', '732393', 'STAINLESS STEEL KITCHENWARE', 'CT', [700, 900], [7000, 9000], null, 'consumer-goods'],
  ['tableware', '691110', 'PORCELAIN TABLEWARE', 'CT', [600, 800], [9000, 11000], null, 'consumer-goods'],
  ['plastics', '392690', 'ARTICLES OF PLASTICS', 'CT', [800, 1000], [6000, 8000], null, 'consumer-goods'],
  ['tiles', '690721', 'CERAMIC FLOOR TILES', 'PL', [18, 20], [21000, 22500], null, 'industrial'],
  ['steel', '730890', 'STEEL STRUCTURES AND PARTS', 'PK', [20, 40], [15000, 19000], null, 'industrial'],
  ['auto-parts', '870899', 'MOTOR VEHICLE PARTS', 'CT', [300, 500], [8000, 12000], null, 'vehicles'],
  ['tyres', '401110', 'NEW PNEUMATIC TYRES FOR CARS', 'PC', [450, 550], [4500, 5500], null, 'vehicles'],
  ['filters', '842139', 'FILTERING MACHINERY', 'CS', [30, 50], [6000, 9000], null, 'industrial'],
  ['valves', '848180', 'INDUSTRIAL VALVES', 'CS', [40, 60], [8000, 11000], null, 'industrial'],
  ['polyethylene', '390110', 'POLYETHYLENE GRANULES', 'BG', [880, 900], [22000, 22500], null, 'chemicals'],
  ['chemicals', '380891', 'INSECTICIDES PACKED FOR RETAIL', 'DR', [76, 80], [15000, 17000], null, 'chemicals'],
];

export const COMMODITIES: ReadonlyMap<string, Commodity> = new Map(
  ROWS.map(([id, hs, description, packageKind, packagesPerTeu, netKgPerTeu, reefer, sector]) => [
    id,
    {
      id,
      hs,
      description,
      packageKind,
      packagesPerTeu,
      netKgPerTeu,
      sector,
      ...(reefer === null ? {} : { reeferC: reefer }),
    },
  ]),
);

export function commodity(id: string): Commodity {
  const c = COMMODITIES.get(id);
  if (!c) throw new Error(`The simulator has no commodity ${id}`);
  return c;
}
