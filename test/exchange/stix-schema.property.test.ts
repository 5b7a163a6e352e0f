// Property: whatever the markings and free-text content, every STIX object the node emits is schema-valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INFORMATION_ACCURACIES,
  SOURCE_RELIABILITIES,
} from '../../src/exchange/markings/evaluation.ts';
import type { Markings } from '../../src/exchange/markings/markings.ts';
import { PURPOSES } from '../../src/exchange/markings/purpose.ts';
import { TLP_LEVELS } from '../../src/exchange/markings/tlp.ts';
import type { ExchangeObject } from '../../src/exchange/objects/exchange-object.ts';
import { toStix } from '../../src/exchange/stix/to-stix.ts';
import { markingsToStix } from '../../src/exchange/stix/markings-to-stix.ts';
import {
  alert,
  ANTWERP,
  BE_US,
  CBP,
  COALITION,
  hit,
  rfi,
  rfiAnswer,
  ROTTERDAM,
  seizure,
  usLookout,
} from './support/exchange-fixtures.ts';
import { stixErrors } from './support/stix-validator.ts';

const markingsArb: fc.Arbitrary<Markings> = fc.record({
  tlp: fc.constantFrom(...TLP_LEVELS),
  handling: fc.oneof(
    fc.constantFrom({ code: 'H0' as const }, { code: 'H1' as const }, { code: 'H2' as const }),
    fc.string({ minLength: 1 }).map((restriction) => ({ code: 'H3' as const, restriction })),
  ),
  evaluation: fc.record({
    reliability: fc.constantFrom(...SOURCE_RELIABILITIES),
    accuracy: fc.constantFrom(...INFORMATION_ACCURACIES),
  }),
  releasability: fc.record({
    communities: fc.subarray([BE_US, COALITION]),
    agencies: fc.subarray([ANTWERP, CBP, ROTTERDAM]),
  }),
  purpose: fc.constantFrom(...PURPOSES),
  legalBasis: fc.string(),
  owner: fc.constantFrom(ANTWERP, CBP, ROTTERDAM),
  onwardSharing: fc.boolean(),
});

const objectArb: fc.Arbitrary<ExchangeObject> = fc
  .tuple(
    fc.constantFrom<ExchangeObject>(usLookout, seizure, alert, hit, rfi, rfiAnswer),
    markingsArb,
    fc.string({ minLength: 1 }),
    fc.string(),
  )
  .map(([base, markings, title, text]): ExchangeObject => {
    switch (base.kind) {
      case 'lookout':
        return {
          ...base,
          markings,
          content: {
            ...base.content,
            title,
            description: text,
            criteria: [{ kind: 'party-name', value: text }],
          },
        };
      case 'seizure-report':
        return {
          ...base,
          markings,
          content: { ...base.content, title, description: text, substance: title },
        };
      case 'container-alert':
        return { ...base, markings, content: { ...base.content, reason: title } };
      case 'hit':
        return { ...base, markings, content: { ...base.content, consignmentReference: text } };
      case 'rfi':
        return {
          ...base,
          markings,
          content: { ...base.content, subject: title, question: text || title },
        };
      case 'rfi-answer':
        return { ...base, markings, content: { ...base.content, answer: title } };
    }
  });

describe('STIX output (property)', () => {
  it('every emitted object and marking definition validates against the OASIS schemas', () => {
    fc.assert(
      fc.property(objectArb, (object) => {
        for (const o of [...toStix(object), markingsToStix(object.markings).definition])
          expect(stixErrors(o)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
