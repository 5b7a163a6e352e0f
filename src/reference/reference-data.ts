/**
 * The bundled reference data, one object per process. Each table loads from data/ the first
 * time it is used and is cached, so a command that checks one container number never pays for
 * the 116k-row UN/LOCODE list.
 */
import { loadCountryTable, type CountryTable } from './country-table.ts';
import { loadHsTable, type HsTable } from './hs-table.ts';
import { loadLocodeTable, type LocodeTable } from './locode-table.ts';
import { loadMidTable, type MidTable } from './mid-table.ts';
import { loadPortTable, type PortTable } from './port-table.ts';
import { DEFAULT_DATA_DIR } from './reference-file.ts';

export interface ReferenceData {
  readonly locodes: LocodeTable;
  readonly countries: CountryTable;
  readonly hs: HsTable;
  readonly ports: PortTable;
  readonly mid: MidTable;
}

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

/** Reference data read from `dataDir` (default: the package's data/ folder), each table lazily. */
export function createReferenceData(dataDir: URL = DEFAULT_DATA_DIR): ReferenceData {
  const locodes = lazy(() => loadLocodeTable(dataDir));
  const countries = lazy(() => loadCountryTable(dataDir));
  const hs = lazy(() => loadHsTable(dataDir));
  const ports = lazy(() => loadPortTable(dataDir));
  const mid = lazy(() => loadMidTable(dataDir));
  return {
    get locodes() {
      return locodes();
    },
    get countries() {
      return countries();
    },
    get hs() {
      return hs();
    },
    get ports() {
      return ports();
    },
    get mid() {
      return mid();
    },
  };
}

let shared: ReferenceData | undefined;

/** The process-wide reference data (lazy, cached). */
export function getReferenceData(): ReferenceData {
  return (shared ??= createReferenceData());
}
