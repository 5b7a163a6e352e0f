/**
 * Which segments each message may contain, in any of the supported directories (D95B, D96A,
 * D00B; UNTDID message structures). A segment outside its message's table is reported — it is
 * usually a sender's mistake that would otherwise be ignored silently — and mapping goes on.
 */
import type { Sink } from './field-readers.ts';
import type { EdifactMessageType } from './mapped-message.ts';
import { diagnosticIn, type MessageContext } from './message-context.ts';
import { TAG_INDEXES, tagIndex } from '../../syntax/tag-table.ts';

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

/** Each message type's table as one flag per valid tag's index (`tagIndex`), made on first use. */
const FLAGS = new Map<EdifactMessageType, Uint8Array>();

function flagsOf(type: EdifactMessageType): Uint8Array {
  let flags = FLAGS.get(type);
  if (flags === undefined) {
    flags = new Uint8Array(TAG_INDEXES);
    for (const tag of SEGMENT_TABLES[type]) {
      const k = tagIndex(tag);
      if (k >= 0) flags[k] = 1;
    }
    FLAGS.set(type, flags);
  }
  return flags;
}

export function checkSegmentTable(ctx: MessageContext, type: EdifactMessageType, sink: Sink): void {
  const table = SEGMENT_TABLES[type];
  const flags = flagsOf(type);
  const t = ctx.table;
  // A tag of letters and digits is looked up by the index the reader kept for it.
  for (let i = 0; i < t.count; i++) {
    const k = t.tagIndex(i);
    if (k >= 0 && flags[k] === 1) continue;
    const tag = t.tag(i);
    if (k < 0 && table.has(tag)) continue;
    sink.push(
      diagnosticIn(
        ctx,
        t,
        i,
        {},
        'edifact.segment-unexpected',
        `Segment ${tag} has no place in a ${type} message; it was not read.`,
        'warning',
        { tag, type },
      ),
    );
  }
}
