/**
 * An in-memory EDIFACT message from writer segments (UNH and UNT added, segments numbered), so
 * a writer's output can be mapped without serialising it (simulator, tests).
 */
import type { EdifactMessage, Segment } from '../../syntax/segment.ts';
import type { SegmentSpec } from './segment-spec.ts';

export interface MessageIdentity {
  readonly type: string;
  readonly version: string;
  readonly release: string;
  readonly agency: string;
  readonly associationCode?: string;
  readonly reference: string;
}

export function messageFromBody(
  id: MessageIdentity,
  body: readonly SegmentSpec[],
  interchangeRef = '1',
): EdifactMessage {
  const unhId = [id.type, id.version, id.release, id.agency];
  if (id.associationCode !== undefined) unhId.push(id.associationCode);
  const specs: SegmentSpec[] = [
    { tag: 'UNH', elements: [[id.reference], unhId] },
    ...body,
    { tag: 'UNT', elements: [[String(body.length + 2)], [id.reference]] },
  ];
  const segments: Segment[] = specs.map((s, i) => ({
    tag: s.tag,
    elements: s.elements,
    index: i + 1,
    line: i + 1,
    offset: 0,
  }));
  return {
    interchangeRef,
    reference: id.reference,
    type: id.type,
    version: id.version,
    release: id.release,
    agency: id.agency,
    ...(id.associationCode === undefined ? {} : { associationCode: id.associationCode }),
    segments,
  };
}
