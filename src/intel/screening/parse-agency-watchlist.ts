/**
 * An agency's own watchlist as CSV with a header row: `name` (required), and optionally `id`,
 * `aliases` (separated by `;`), `countries` (ISO alpha-2, separated by `;`), `programmes`
 * (separated by `;`), `kind` (individual, entity, vessel, aircraft), `imo` (a vessel's IMO
 * numbers, separated by `;`, check digit verified). A bad row is reported by line and skipped;
 * the others load.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { parseImoNumber } from '../../core/identifiers/imo-number.ts';
import { csvRecords } from './csv-records.ts';
import { isNarcoticsProgramme } from './narcotics-programmes.ts';
import type { ParsedWatchlist } from './parse-sdn-csv.ts';
import { ENTRY_KINDS, type EntryKind, type WatchlistEntry } from './watchlist-entry.ts';

const list = (v: string | undefined): string[] =>
  (v ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function parseAgencyWatchlist(text: string, listId: string): ParsedWatchlist {
  const entries: WatchlistEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let header: string[] | undefined;
  for (const { line, fields } of csvRecords(text)) {
    if (!header) {
      header = fields.map((f) => f.trim().toLowerCase());
      if (!header.includes('name'))
        return {
          entries,
          diagnostics: [
            diagnostic('watchlist.header', 'The header row has no "name" column.', { line }),
          ],
        };
      continue;
    }
    const row = new Map(header.map((h, i) => [h, (fields[i] ?? '').trim()]));
    const name = row.get('name') ?? '';
    if (name === '') {
      if (fields.some((f) => f.trim() !== ''))
        diagnostics.push(
          diagnostic('watchlist.name', `Line ${line}: the name is empty.`, { line }),
        );
      continue;
    }
    const kind = (row.get('kind') || 'entity').toLowerCase();
    if (!(ENTRY_KINDS as readonly string[]).includes(kind)) {
      diagnostics.push(
        diagnostic(
          'watchlist.kind',
          `Line ${line}: kind "${kind}" is not one of ${ENTRY_KINDS.join(', ')}.`,
          { line },
        ),
      );
      continue;
    }
    const countries = list(row.get('countries')).map((c) => c.toUpperCase());
    const bad = countries.find((c) => !/^[A-Z]{2}$/.test(c));
    if (bad !== undefined) {
      diagnostics.push(
        diagnostic(
          'watchlist.country',
          `Line ${line}: country "${bad}" is not an ISO 3166-1 alpha-2 code.`,
          { line },
        ),
      );
      continue;
    }
    const imos = list(row.get('imo')).map((v) => ({ v, imo: parseImoNumber(v) }));
    const badImo = imos.find((i) => !i.imo.ok);
    if (badImo !== undefined) {
      diagnostics.push(
        diagnostic(
          'watchlist.imo',
          `Line ${line}: "${badImo.v}" is not an IMO number (7 digits with a valid check digit).`,
          { line, field: 'imo' },
        ),
      );
      continue;
    }
    const programmes = list(row.get('programmes'));
    entries.push({
      id: row.get('id') || String(line),
      listId,
      kind: kind as EntryKind,
      name,
      aliases: list(row.get('aliases')),
      programmes,
      narcotics: programmes.some(isNarcoticsProgramme),
      countries,
      ...(imos.length > 0 ? { imoNumbers: imos.map((i) => (i.imo.ok ? i.imo.value : '')) } : {}),
    });
  }
  return { entries, diagnostics };
}
