/**
 * What arrived, whether or not it was delivered: interchange and group headers and every message
 * header seen. Acknowledgements (CONTRL, APERAK) are written from these plus the diagnostics.
 */

export interface InterchangeHeader {
  /** UNB 0020. */
  readonly ref: string;
  readonly sender: string;
  readonly senderQualifier?: string;
  readonly recipient: string;
  readonly recipientQualifier?: string;
  /** UNB S001: syntax identifier and version as written. */
  readonly syntax: string;
  readonly syntaxVersion: string;
  readonly offset: number;
}

export interface GroupHeader {
  readonly interchangeRef: string;
  /** UNG 0048. */
  readonly ref: string;
  readonly sender: string;
  readonly recipient: string;
  /** Byte span from UNG to the end of UNE (or of the last segment seen when UNE is missing). */
  readonly startOffset: number;
  endOffset: number;
}

export interface ReceivedMessage {
  readonly interchangeRef: string;
  readonly groupRef?: string;
  readonly reference: string;
  readonly type: string;
  readonly version: string;
  readonly release: string;
  readonly agency: string;
  readonly associationCode?: string;
  /** False when an envelope problem kept the message from the mappers. */
  readonly delivered: boolean;
  readonly offset: number;
}

/** Everything received, in input order (message headers up to `ReaderOptions.maxReceived`). */
export interface ReceivedLog {
  readonly interchanges: InterchangeHeader[];
  readonly groups: GroupHeader[];
  readonly messages: ReceivedMessage[];
  /** Message headers beyond the limit, counted but not kept (keeps streaming memory bounded). */
  unlisted: number;
}
