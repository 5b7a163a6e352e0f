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
import { createContext, positionOf } from './messages/common/message-context.ts';
import { readHeader } from './messages/common/message-header.ts';
import { checkSegmentTable } from './messages/common/segment-tables.ts';
import type { Sink } from './messages/common/field-readers.ts';
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
  return {
    ...base,
    type,
    ...(body.transport === undefined ? {} : { transport: body.transport }),
    records,
    rejected: body.rejected,
    diagnostics: [...sink, ...body.diagnostics],
  };
}
