/**
 * OFAC SDN list, legacy CSV format (sdn.csv: no header, 12 columns: ent_num, name, type,
 * programmes "[A] [B]", title, call sign, vessel type, tonnage, GRT, vessel flag, vessel owner,
 * remarks; "-0-" for empty). Takes the file's text; a bad row becomes a diagnostic with its line,
 * never an exception, and the rest of the list still loads.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { csvRecords } from './csv-records.ts';
import { isNarcoticsProgramme } from './narcotics-programmes.ts';
import { sdnAliases, sdnCountries, sdnVesselImos } from './sdn-remarks.ts';
import type { EntryKind, WatchlistEntry } from './watchlist-entry.ts';

export interface ParsedWatchlist {
  readonly entries: readonly WatchlistEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

function cell(value: string | undefined): string {
  const v = (value ?? '').trim();
  return v === '-0-' ? '' : v;
}

function kindOf(type: string): EntryKind | undefined {
  switch (type.toLowerCase()) {
    case '':
      return 'entity';
    case 'individual':
    case 'vessel':
    case 'aircraft':
      return type.toLowerCase() as EntryKind;
    default:
      return undefined;
  }
}

export function parseSdnCsv(
  text: string,
  options: { listId?: string; source?: string; countryByName?: ReadonlyMap<string, string> } = {},
): ParsedWatchlist {
  const listId = options.listId ?? 'ofac-sdn';
  const source = options.source ?? 'sdn.csv';
  const countries = options.countryByName ?? new Map<string, string>();
  const entries: WatchlistEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { line, fields } of csvRecords(text)) {
    const [id, name, type, programmes] = [
      cell(fields[0]),
      cell(fields[1]),
      cell(fields[2]),
      cell(fields[3]),
    ];
    const kind = kindOf(type);
    if (fields.length !== 12 || !/^\d+$/.test(id) || name === '' || kind === undefined) {
      diagnostics.push(
        diagnostic(
          'watchlist.sdn-row',
          `SDN row is not a 12-column entry with a number, a name and a known type`,
          { source, line },
        ),
      );
      continue;
    }
    const remarks = cell(fields[11]);
    const progs = programmes
      .split(/\]\s*\[/)
      .map((p) => p.replace(/[[\]]/g, '').trim())
      .filter((p) => p !== '');
    entries.push({
      id,
      listId,
      kind,
      name,
      aliases: sdnAliases(remarks),
      programmes: progs,
      narcotics: progs.some(isNarcoticsProgramme),
      countries: sdnCountries(remarks, countries),
      ...(kind === 'vessel' ? { imoNumbers: sdnVesselImos(remarks) } : {}),
    });
  }
  return { entries, diagnostics };
}
