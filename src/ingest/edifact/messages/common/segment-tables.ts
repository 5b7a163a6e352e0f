/**
 * Which segments each message may contain, in any of the supported directories (D95B, D96A,
 * D00B; UNTDID message structures). A segment outside its message's table is reported — it is
 * usually a sender's mistake that would otherwise be ignored silently — and mapping goes on.
 */
import type { Sink } from './field-readers.ts';
import type { EdifactMessageType } from './mapped-message.ts';
import { diagnosticIn, type MessageContext } from './message-context.ts';

const COMMON = ['UNH', 'UNT', 'BGM', 'DTM', 'FTX', 'RFF', 'NAD', 'CTA', 'COM', 'TDT', 'LOC'];

export const SEGMENT_TABLES: Readonly<Record<EdifactMessageType, ReadonlySet<string>>> = {
  CUSCAR: new Set([
    ...COMMON,
    'AUT',
    'CNI',
    'CNT',
    'CPI',
    'CST',
    'CUX',
    'DGS',
    'DIM',
    'DOC',
    'EQD',
    'GID',
    'GIS',
    'HAN',
    'MEA',
    'MOA',
    'PAC',
    'PCI',
    'QTY',
    'RNG',
    'SEL',
    'SGP',
    'TMD',
    'TMP',
    'TSR',
  ]),
  BAPLIE: new Set([...COMMON, 'DGS', 'DIM', 'EQA', 'EQD', 'GDS', 'GID', 'MEA', 'RNG', 'TMP']),
  COARRI: new Set([
    ...COMMON,
    'CNT',
    'COD',
    'DAM',
    'DGS',
    'DIM',
    'EQA',
    'EQD',
    'GDS',
    'HAN',
    'MEA',
    'PCD',
    'PIA',
    'RNG',
    'SEL',
    'TMD',
    'TMP',
  ]),
  CODECO: new Set([
    ...COMMON,
    'CNT',
    'COD',
    'DAM',
    'DGS',
    'DIM',
    'EQA',
    'EQD',
    'GID',
    'HAN',
    'MEA',
    'PCD',
    'PIA',
    'RNG',
    'SEL',
    'SGP',
    'TMD',
    'TMP',
  ]),
  COPRAR: new Set([
    ...COMMON,
    'CNT',
    'DGS',
    'DIM',
    'EQA',
    'EQD',
    'EQN',
    'HAN',
    'MEA',
    'PCD',
    'RNG',
    'SEL',
    'TMD',
    'TMP',
  ]),
  IFTSTA: new Set([
    ...COMMON,
    'CNI',
    'CNT',
    'DGS',
    'DIM',
    'DOC',
    'EQA',
    'EQD',
    'EQN',
    'GID',
    'GIN',
    'HAN',
    'MEA',
    'PCI',
    'SEL',
    'SGP',
    'STS',
    'TMD',
    'TPL',
    'TSR',
  ]),
};

export function checkSegmentTable(ctx: MessageContext, type: EdifactMessageType, sink: Sink): void {
  const table = SEGMENT_TABLES[type];
  const t = ctx.table;
  // One look-up per distinct tag in a row, and none for the last three tags found in the table
  // (groups repeat the same few tags; tags are interned, so these are identity checks).
  let last = '';
  let a: string | undefined;
  let b: string | undefined;
  let c: string | undefined;
  for (let i = 0; i < t.count; i++) {
    const tag = t.tags[i] as string;
    if (tag === last || tag === a || tag === b || tag === c) {
      last = tag;
      continue;
    }
    if (table.has(tag)) {
      c = b;
      b = a;
      a = tag;
      last = tag;
      continue;
    }
    sink.push(
      diagnosticIn(
        ctx,
        t,
        i,
        {},
        'edifact.segment-unexpected',
        `Segment ${tag} has no place in a ${type} message; it was not read.`,
        'warning',
      ),
    );
  }
}
