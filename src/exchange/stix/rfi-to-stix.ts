/**
 * Requests for information and answers as STIX notes. A request refers to what it is about, or to
 * its owner's identity when it is about nothing exchanged (a note needs at least one reference);
 * an answer refers to the request. Labels tell the two apart for any tool.
 */
import type { Rfi, RfiAnswer } from '../objects/rfi.ts';
import { agencyIdentityId } from './agency-identity.ts';
import { stixCommon } from './stix-common.ts';
import type { StixObject } from './stix-object.ts';

export const RFI_LABEL = 'portcullis-rfi';
export const RFI_ANSWER_LABEL = 'portcullis-rfi-answer';

export function rfiToStix(rfi: Rfi): StixObject[] {
  const c = rfi.content;
  const refs = c.aboutRefs.length > 0 ? [...c.aboutRefs] : [agencyIdentityId(rfi.markings.owner)];
  return [
    {
      ...stixCommon(rfi, 'note'),
      abstract: c.subject,
      content: c.question,
      labels: [RFI_LABEL],
      object_refs: refs,
    },
  ];
}

export function rfiAnswerToStix(answer: RfiAnswer): StixObject[] {
  return [
    {
      ...stixCommon(answer, 'note'),
      content: answer.content.answer,
      labels: [RFI_ANSWER_LABEL],
      object_refs: [answer.content.rfiId],
    },
  ];
}
