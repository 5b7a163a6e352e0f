/**
 * Requests for information and their answers: "what do you know about this container, party or
 * seizure?" Exchanged as STIX notes; an answer is a note that refers to the request.
 */
import type { Shareable } from '../release/shareable.ts';

export interface RfiContent {
  readonly subject: string;
  readonly question: string;
  /** STIX ids of what the request is about (a lookout, a seizure report…); may be empty. */
  readonly aboutRefs: readonly string[];
}

export interface RfiAnswerContent {
  /** The STIX id of the request answered. */
  readonly rfiId: string;
  readonly answer: string;
}

export type Rfi = Shareable<'rfi', RfiContent>;
export type RfiAnswer = Shareable<'rfi-answer', RfiAnswerContent>;
