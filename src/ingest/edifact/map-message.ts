/**
 * `mapMessage`: one EDIFACT message to cargo records, dispatching on the UNH message type. The
 * header (directory, BGM document number and function) is read the same way for every type;
 * each type's mapper reads the body.
 */
import { diagnostic } from '../../core/diagnostic.ts';
import { emptyCargoRecords, type CargoRecords } from '../../core/cargo/index.ts';
import { mapBaplie } from './messages/baplie/baplie-mapper.ts';
import { mapCoarri } from './messages/coarri/coarri-mapper.ts';
import { mapCodeco } from './messages/codeco/codeco-mapper.ts';
import { mapCoprar } from './messages/coprar/coprar-mapper.ts';
import { mapCuscar } from './messages/cuscar/cuscar-mapper.ts';
import { mapIftsta } from './messages/iftsta/iftsta-mapper.ts';
import {
  EDIFACT_MESSAGE_TYPES,
  type EdifactMessageType,
  type MapOptions,
  type MappedMessage,
} from './messages/common/mapped-message.ts';
import type { BodyMapper } from './messages/common/message-body.ts';
import {
  createContext,
  positionOf,
  type MessageContext,
} from './messages/common/message-context.ts';
import { readHeader } from './messages/common/message-header.ts';
import { checkSegmentTable } from './messages/common/segment-tables.ts';
import type { Sink } from './messages/common/field-readers.ts';
import { valueAt } from './messages/common/segment-access.ts';
import type { EdifactMessage } from './syntax/segment.ts';

function mapperFor(type: EdifactMessageType): BodyMapper {
  switch (type) {
    case 'CUSCAR':
      return mapCuscar;
    case 'BAPLIE':
      return mapBaplie;
    case 'COARRI':
      return mapCoarri;
    case 'CODECO':
      return mapCodeco;
    case 'COPRAR':
      return mapCoprar;
    case 'IFTSTA':
      return mapIftsta;
  }
}

function isMapped(type: string): type is EdifactMessageType {
  return (EDIFACT_MESSAGE_TYPES as readonly string[]).includes(type);
}

export function mapMessage(m: EdifactMessage, options: MapOptions = {}): MappedMessage {
  const ctx = createContext(m, options);
  const sink: Sink = [];
  const type = m.type.toUpperCase();
  if (!isMapped(type)) {
    const unh = m.segments[0];
    sink.push(
      diagnostic(
        'edifact.message-type-unsupported',
        `Message type ${m.type} is not one of ${EDIFACT_MESSAGE_TYPES.join(', ')}.`,
        unh ? positionOf(ctx, unh, 2, 1) : undefined,
        'error',
        { type: m.type, supported: EDIFACT_MESSAGE_TYPES.join(', ') },
      ),
    );
    const directory = `${m.version}${m.release}`;
    return {
      type: undefined,
      function: 'original',
      documentNumber: '',
      directory,
      reference: m.reference,
      records: emptyCargoRecords(),
      rejected: [],
      diagnostics: sink,
    };
  }
  const header = readHeader(ctx, sink);
  checkSegmentTable(ctx, type, sink);
  const base = {
    function: header.function,
    documentNumber: header.documentNumber,
    directory: header.directory,
    reference: m.reference,
  };
  const body = mapperFor(type)(ctx, header);
  const records: CargoRecords = { ...emptyCargoRecords(), ...body.records };
  const empty =
    header.function !== 'cancel' && body.rejected.length === 0 && recordTotal(records) === 0;
  return {
    ...base,
    type,
    ...(body.transport === undefined ? {} : { transport: body.transport }),
    ...(body.call === undefined ? {} : { call: body.call }),
    records,
    rejected: body.rejected,
    diagnostics: [...sink, ...body.diagnostics, ...(empty ? [emptyMessage(ctx, type)] : [])],
  };
}

function recordTotal(r: CargoRecords): number {
  return (
    r.consignments.length + r.equipment.length + r.containerEvents.length + r.transportEvents.length
  );
}

/** What each message type must hold at least one of, and the segment that opens one. */
const RECORD_OPENERS: Record<
  EdifactMessageType,
  { readonly what: string; readonly opener: string }
> = {
  CUSCAR: { what: 'consignment (CNI group)', opener: 'CNI' },
  BAPLIE: { what: 'stowed unit (LOC+147 group with its EQD)', opener: 'LOC+147' },
  COARRI: { what: 'container (EQD group)', opener: 'EQD' },
  CODECO: { what: 'container (EQD group)', opener: 'EQD' },
  COPRAR: { what: 'container (EQD group)', opener: 'EQD' },
  IFTSTA: { what: 'status report (CNI group with an STS)', opener: 'CNI' },
};

/**
 * A message that yields no record and rejects none has nothing to file: an error, placed at the
 * segment that shows why — equipment outside any record group (a CUSCAR EQD before any CNI) — or
 * else at BGM (or UNH).
 */
function emptyMessage(ctx: MessageContext, type: EdifactMessageType) {
  const { what, opener } = RECORD_OPENERS[type];
  const segs = ctx.message.segments;
  const stray = type === 'CUSCAR' ? segs.find((s) => s.tag === 'EQD') : undefined;
  const at = stray ?? segs.find((s) => s.tag === 'BGM') ?? segs[0];
  const why = stray
    ? `EQD ${valueAt(stray, 2) ?? ''} is outside any consignment: the ${type} message has no ${opener} group`
    : `The ${type} message holds no ${what}`;
  const params = stray
    ? { variant: 'stray', equipment: valueAt(stray, 2) ?? '', type, opener }
    : { variant: 'empty', type, opener };
  return diagnostic(
    'edifact.message-empty',
    `${why}, so it yields no record and nothing is filed.`,
    at ? positionOf(ctx, at) : undefined,
    'error',
    params,
  );
}
