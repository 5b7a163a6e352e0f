// Builds the bundled reference data in data/ from the shared source files (not run by tests).
// Usage: npx tsx tools/data/build-reference.ts [sourceDir=/work/shared/data] [outDir=data]
// Every output is a tab-separated text file with a '#' header line: no quoting, one record per
// line, so the loaders in src/reference split lines and fields without a CSV parser. Files whose
// name ends in .gz are gzip-compressed.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;

const sourceDir = process.argv[2] ?? '/work/shared/data';
const outDir = process.argv[3] ?? path.join(import.meta.dirname, '../../data');

function readCsv(rel: string): Row[] {
  const text = readFileSync(path.join(sourceDir, rel), 'utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_quotes: true });
}

function clean(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function writeTsv(file: string, header: readonly string[], rows: readonly (readonly string[])[]) {
  for (const r of rows)
    for (const f of r) if (/[\t\n]/.test(f)) throw new Error(`${file}: field with tab: ${f}`);
  const text = [`#${header.join('\t')}`, ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
  // The UN/LOCODE table alone is 4 MB as text; gzip keeps the bundle small and loads in ~10 ms.
  const bytes = file.endsWith('.gz') ? gzipSync(text, { level: 9 }) : Buffer.from(text);
  writeFileSync(path.join(outDir, file), bytes);
  console.log(`${file}: ${rows.length} rows, ${bytes.length} bytes`);
}

/** Decimal degrees rounded to 4 places (about 11 m), without trailing zeros. */
function degrees(s: string | undefined): string {
  const v = Number.parseFloat(s ?? '');
  return Number.isFinite(v) ? String(Math.round(v * 1e4) / 1e4) : '';
}

/** "12345---" → "12345": the set characters of the 8-position function classifier. */
function compactFunctions(classifier: string): string {
  return classifier.replace(/-/g, '');
}

function buildLocodes(): Set<string> {
  const seen = new Set<string>();
  const rows: string[][] = [];
  let duplicates = 0;
  for (const r of readCsv('unlocode/unlocode-geoapify-2024.csv')) {
    const code = `${clean(r.country)}${clean(r.location)}`;
    if (seen.has(code)) {
      duplicates++; // bilingual names ("Brussel (Bruxelles)" / "Bruxelles (Brussel)"): keep the first
      continue;
    }
    seen.add(code);
    const fn = compactFunctions(clean(r.function));
    rows.push([code, clean(r.name), clean(r.subdivision), fn, degrees(r.lat), degrees(r.lon)]);
  }
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  console.log(`unlocode: ${duplicates} duplicate codes dropped`);
  writeTsv('unlocode.tsv.gz', ['code', 'name', 'subdivision', 'functions', 'lat', 'lon'], rows);
  return seen;
}

interface CountryIndex {
  readonly alpha2: Set<string>;
  readonly byName: Map<string, string>;
}

function nameKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(the\)|\bthe\b/g, '')
    .replace(/[^a-z]/g, '');
}

function buildCountries(): CountryIndex {
  const rows: string[][] = [];
  const byName = new Map<string, string>();
  for (const r of readCsv('countries/country-codes.csv')) {
    const a2 = clean(r['ISO3166-1-Alpha-2']);
    if (!/^[A-Z]{2}$/.test(a2)) continue;
    const name = clean(r.official_name_en) || clean(r['CLDR display name']);
    const numeric = clean(r['ISO3166-1-numeric']).padStart(3, '0');
    rows.push([a2, clean(r['ISO3166-1-Alpha-3']), numeric, name, clean(r['CLDR display name'])]);
    for (const n of ['CLDR display name', 'official_name_en', 'UNTERM English Short'])
      if (clean(r[n])) byName.set(nameKey(clean(r[n])), a2);
  }
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  writeTsv('countries.tsv', ['alpha2', 'alpha3', 'numeric', 'name', 'shortName'], rows);
  return { alpha2: new Set(rows.map((r) => r[0]!)), byName };
}

function buildHs(): void {
  const rows = readCsv('hs/harmonized-system.csv')
    .filter((r) => /^\d{2}(\d{2}){0,2}$/.test(clean(r.hscode)))
    .map((r) => [clean(r.hscode), clean(r.section), clean(r.description)]);
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  writeTsv('hs2022.tsv', ['code', 'section', 'description'], rows);
  const sections = readCsv('hs/sections.csv').map((r) => [clean(r.section), clean(r.name)]);
  writeTsv('hs2022-sections.tsv', ['section', 'name'], sections);
}

/** Names the ITU and NGA use that match no ISO 3166 name. */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'Adelie Land': 'TF',
  'Crozet Archipelago': 'TF',
  'Kerguelen Islands': 'TF',
  'Saint Paul and Amsterdam Islands': 'TF',
  'Alaska': 'US',
  'Azores': 'PT',
  'Madeira': 'PT',
  'Ascension Island': 'SH',
  'Guiana': 'GF',
  'Pitcairn Island': 'PN',
  'Reunion': 'RE',
  'Wallis and Futuna Islands': 'WF',
  'Vatican City State': 'VA',
  'Macao': 'MO',
  'Taiwan': 'TW',
  'State of Palestine': 'PS',
  'Republic of Türkiye': 'TR',
  'Argentine Republic': 'AR',
  'Gabonese Republic': 'GA',
  'Togolese Republic': 'TG',
  'Kyrgyz Republic': 'KG',
  'Slovak Republic': 'SK',
  'Czech Republic': 'CZ',
  'Brunei Darussalam': 'BN',
  'Micronesia': 'FM',
  'Korea': 'KR',
  "Democratic People's Republic of Korea": 'KP',
  'Democratic Republic of the Congo': 'CD',
  'Congo': 'CG',
  'Eswatini': 'SZ',
  'Burma': 'MM',
  'Myanmar': 'MM',
  'Sint Maarten': 'SX',
  'Falkland Islands': 'FK',
  'Saint Helena': 'SH',
  'Bonaire, Sint Eustatius and Saba': 'BQ',
  'Caribbean Netherlands': 'BQ',
  'United States Virgin Islands': 'VI',
  'Virgin Islands': 'VI',
  'Curacao': 'CW',
  'Iran': 'IR',
  'Bolivia': 'BO',
  'Venezuela': 'VE',
  'Tanzania': 'TZ',
  'Moldova': 'MD',
  'Syria': 'SY',
  'Russia': 'RU',
  'Vietnam': 'VN',
  'Cabo Verde': 'CV',
  'Cape Verde': 'CV',
  'Laos': 'LA',
  'North Korea': 'KP',
  'South Korea': 'KR',
  'Turkey': 'TR',
  'Congo, Democratic Republic of the': 'CD',
  'Congo, Republic of the': 'CG',
  'Gambia': 'GM',
  'Bahamas': 'BS',
  'Federated States of Micronesia': 'FM',
  'Cote dIvoire': 'CI',
  "Cote d'Ivoire": 'CI',
  'Macau': 'MO',
  'Svalbard': 'SJ',
  'Jan Mayen': 'SJ',
  'Wake Island': 'UM',
  'Midway Islands': 'UM',
  'Johnston Atoll': 'UM',
  'Heard Island and McDonald Islands': 'HM',
  'South Georgia and the South Sandwich Islands': 'GS',
  'Antarctica': 'AQ',
  'Kosovo': 'XK',
  'United States': 'US',
  'United Kingdom': 'GB',
  'China': 'CN',
  'Saint Helena, Ascension, and Tristan da Cunha': 'SH',
  'South Georgia and South Sandwich Islands': 'GS',
  'Johnson Atoll': 'UM',
};

function countryOf(name: string, index: CountryIndex): string | undefined {
  const bare = name.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  for (const candidate of [name, bare]) {
    const override = NAME_OVERRIDES[candidate];
    if (override) return override;
    const found = index.byName.get(nameKey(candidate));
    if (found) return found;
  }
  return undefined;
}

function buildMid(index: CountryIndex): void {
  const rows: string[][] = [];
  for (const r of readCsv('vessels/itu-maritime-identification-digits.csv')) {
    const allocatedTo = clean(r.Allocated_to);
    const parts = allocatedTo.split(' - ');
    const territory = parts.length > 1 ? parts.slice(1).join(' - ') : parts[0]!;
    const cc = countryOf(territory, index) ?? countryOf(parts[0]!, index);
    if (!cc) console.log(`mid: no country for ${r.MID} ${allocatedTo}`);
    rows.push([clean(r.MID), cc ?? '', allocatedTo]);
  }
  writeTsv('mid.tsv', ['mid', 'country', 'allocatedTo'], rows);
}

const HARBOUR_RANK: Readonly<Record<string, number>> = {
  'Very Small': 1,
  'Small': 2,
  'Medium': 3,
  'Large': 4,
};

function portRow(r: Row, locodes: Set<string>, index: CountryIndex): string[] {
  let locode = clean(r['UN/LOCODE']).replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}[A-Z0-9]{3}$/.test(locode)) locode = '';
  if (locode && !index.alpha2.has(locode.slice(0, 2))) {
    console.log(`ports: ${locode} has no ISO country prefix; kept without UN/LOCODE`);
    locode = '';
  }
  if (locode && !locodes.has(locode)) console.log(`ports: ${locode} not in UN/LOCODE`);
  const country = locode ? locode.slice(0, 2) : countryOf(clean(r['Country Code']), index);
  if (country === undefined) console.log(`ports: no country for ${clean(r['Country Code'])}`);
  const wpi = String(Math.trunc(Number(r['World Port Index Number'])));
  const size = clean(r['Harbor Size']);
  return [locode, clean(r['Main Port Name']), country ?? '', degrees(r.Latitude), degrees(r.Longitude), size, wpi];
}

function buildPorts(locodes: Set<string>, index: CountryIndex): void {
  const byLocode = new Map<string, string[]>();
  const unlisted: string[][] = [];
  for (const r of readCsv('ports/wpi-2025-arcgis-export.csv')) {
    const row = portRow(r, locodes, index);
    if (!row[0]) {
      unlisted.push(row);
      continue;
    }
    const previous = byLocode.get(row[0]);
    const rank = (x: string[] | undefined) => HARBOUR_RANK[x?.[5] ?? ''] ?? 0;
    if (!previous || rank(row) > rank(previous)) byLocode.set(row[0], row);
  }
  const rows = [...byLocode.values()].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  unlisted.sort((a, b) => Number(a[6]) - Number(b[6]));
  console.log(`ports: ${rows.length} with UN/LOCODE, ${unlisted.length} without`);
  const header = ['locode', 'name', 'country', 'lat', 'lon', 'harbourSize', 'wpiNumber'];
  writeTsv('ports.tsv', header, [...rows, ...unlisted]);
}

const locodes = buildLocodes();
const countries = buildCountries();
buildHs();
buildMid(countries);
buildPorts(locodes, countries);
