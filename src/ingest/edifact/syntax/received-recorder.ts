/** Records the headers of everything received (see received.ts) as the envelope checks see them. */
import type { OpenMessage } from './envelope-state.ts';
import type { GroupHeader, ReceivedLog } from './received.ts';
import type { Segment } from './segment.ts';

export class ReceivedRecorder {
  readonly log: ReceivedLog = { interchanges: [], groups: [], messages: [], unlisted: 0 };
  private group: GroupHeader | undefined;

  constructor(private readonly maxMessages: number) {}

  interchange(unb: Segment): void {
    const [syntax = [], sender = [], recipient = []] = unb.elements;
    this.log.interchanges.push({
      ref: unb.elements[4]?.[0] ?? '',
      sender: sender[0] ?? '',
      ...optional('senderQualifier', sender[1]),
      recipient: recipient[0] ?? '',
      ...optional('recipientQualifier', recipient[1]),
      syntax: syntax[0] ?? '',
      syntaxVersion: syntax[1] ?? '',
      offset: unb.offset,
    });
  }

  openGroup(ung: Segment, interchangeRef: string): void {
    this.group = {
      interchangeRef,
      ref: ung.elements[4]?.[0] ?? '',
      sender: ung.elements[1]?.[0] ?? '',
      recipient: ung.elements[2]?.[0] ?? '',
      startOffset: ung.offset,
      endOffset: ung.offset,
    };
    this.log.groups.push(this.group);
  }

  closeGroup(une: Segment | undefined): void {
    if (this.group && une) this.group.endOffset = une.offset;
    this.group = undefined;
  }

  message(m: OpenMessage, delivered: boolean): void {
    if (this.log.messages.length >= this.maxMessages) {
      this.log.unlisted++;
      return;
    }
    this.log.messages.push({
      interchangeRef: m.interchangeRef,
      ...optional('groupRef', this.group?.ref),
      reference: m.reference,
      type: m.type,
      version: m.version,
      release: m.release,
      agency: m.agency,
      ...optional('associationCode', m.associationCode),
      delivered,
      offset: m.table.count > 0 ? m.table.offset(0) : 0,
    });
    const last = m.table.count - 1;
    if (this.group && last >= 0) this.group.endOffset = m.table.offset(last);
  }
}

/** `{ [key]: value }` for a non-empty value, else nothing (keeps exactOptionalPropertyTypes happy). */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined || value === ''
    ? {}
    : ({ [key]: value } as Partial<Record<K, string>>);
}
