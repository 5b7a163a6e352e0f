/**
 * Minimal RFC 4180 reader for watchlist files: quoted fields, doubled quotes, CRLF or LF, and a
 * trailing DOS end-of-file byte ignored. Yields each record with its 1-based line number.
 */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export function* csvRecords(text: string): Generator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') yield { line: start, fields };
      fields = [];
      field = '';
      line++;
      start = line;
    } else if (ch !== '\u001a') field += ch;
  }
  if (field !== '' || fields.length > 0) yield { line: start, fields: [...fields, field] };
}
