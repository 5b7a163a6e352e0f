/**
 * What a user submits to create an exchange object: markings (the owner is always this node's
 * agency) and the content of one kind, checked before anything is stored. Problems come back as
 * one `validation_failed` error listing every diagnostic with its field.
 */
import { AppError } from '../../core/app-error.ts';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import {
  parseAgencyId,
  parseCommunityId,
  type AgencyId,
  type CommunityId,
} from '../../exchange/markings/agency-id.ts';
import type { Evaluation } from '../../exchange/markings/evaluation.ts';
import type { Handling } from '../../exchange/markings/handling-code.ts';
import type { Markings } from '../../exchange/markings/markings.ts';
import type { Purpose } from '../../exchange/markings/purpose.ts';
import type { TlpLevel } from '../../exchange/markings/tlp.ts';
import { validateMarkings } from '../../exchange/markings/validate-markings.ts';
import type { ExchangeObject } from '../../exchange/objects/exchange-object.ts';
import { CONCEALMENTS } from '../../exchange/objects/seizure-report.ts';

export interface MarkingsInput {
  readonly tlp: TlpLevel;
  readonly handling: { readonly code: Handling['code']; readonly restriction?: string };
  readonly evaluation: Evaluation;
  readonly releasability?: {
    readonly communities?: readonly string[];
    readonly agencies?: readonly string[];
  };
  readonly purpose: Purpose;
  readonly legalBasis?: string;
  readonly expiresAt?: string;
  readonly onwardSharing?: boolean;
}

export function invalid(message: string, diagnostics: readonly Diagnostic[]): AppError {
  return new AppError('validation_failed', message, { diagnostics });
}

export function parseAudience(
  input: { readonly communities?: readonly string[]; readonly agencies?: readonly string[] },
  problems: Diagnostic[],
): { communities: CommunityId[]; agencies: AgencyId[] } {
  const communities: CommunityId[] = [];
  const agencies: AgencyId[] = [];
  (input.communities ?? []).forEach((c, i) => {
    const r = parseCommunityId(c);
    if (r.ok) communities.push(r.value);
    else
      problems.push(
        diagnostic('markings.community', `"${c}" is not a community id.`, {
          field: `releasability/communities/${i}`,
        }),
      );
  });
  (input.agencies ?? []).forEach((a, i) => {
    const r = parseAgencyId(a);
    if (r.ok) agencies.push(r.value);
    else
      problems.push(
        diagnostic('markings.agency', `"${a}" is not an agency id.`, {
          field: `releasability/agencies/${i}`,
        }),
      );
  });
  return { communities: [...new Set(communities)], agencies: [...new Set(agencies)] };
}

export function markingsOf(input: MarkingsInput, owner: AgencyId): Markings {
  const problems: Diagnostic[] = [];
  const releasability = parseAudience(input.releasability ?? {}, problems);
  const handling: Handling =
    input.handling.code === 'H3'
      ? { code: 'H3', restriction: input.handling.restriction ?? '' }
      : { code: input.handling.code };
  const markings: Markings = {
    tlp: input.tlp,
    handling,
    evaluation: input.evaluation,
    releasability,
    purpose: input.purpose,
    ...(input.legalBasis === undefined ? {} : { legalBasis: input.legalBasis }),
    ...(input.expiresAt === undefined ? {} : { expiresAt: input.expiresAt }),
    owner,
    onwardSharing: input.onwardSharing ?? false,
  };
  problems.push(...validateMarkings(markings).filter((d) => d.severity === 'error'));
  if (problems.length > 0) throw invalid('The markings are not valid.', problems);
  return markings;
}

/** Content checks a converter cannot make: what STIX and partners need to read the object. */
export function checkContent(object: ExchangeObject): void {
  const problems: Diagnostic[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push(diagnostic('content.invalid', message, { field: `content/${field}` }));
  };
  const text = (v: string | undefined) => v !== undefined && v.trim() !== '';
  const instant = (v: string | undefined) => v !== undefined && !Number.isNaN(Date.parse(v));
  switch (object.kind) {
    case 'lookout': {
      const c = object.content;
      need(text(c.title), 'title', 'A lookout needs a title.');
      need(c.criteria.length > 0, 'criteria', 'A lookout needs at least one criterion.');
      need(instant(c.validFrom), 'validFrom', 'validFrom must be an ISO instant.');
      need(
        c.validUntil === undefined || instant(c.validUntil),
        'validUntil',
        'validUntil must be an ISO instant.',
      );
      c.criteria.forEach((k, i) => {
        if (k.kind === 'cargo')
          need(k.conditions.length > 0, `criteria/${i}`, 'A cargo criterion needs conditions.');
        else need(text(k.value), `criteria/${i}/value`, 'A criterion needs a value.');
      });
      break;
    }
    case 'seizure-report': {
      const c = object.content;
      need(text(c.title), 'title', 'A seizure report needs a title.');
      need(text(c.substance), 'substance', 'Name the substance seized.');
      need(c.kilograms > 0, 'kilograms', 'The quantity must be positive.');
      need(
        /^[A-Z]{2}[A-Z2-9]{3}$/.test(c.portLocode),
        'portLocode',
        'The port must be a UN/LOCODE.',
      );
      need(instant(c.seizedAt), 'seizedAt', 'seizedAt must be an ISO instant.');
      need(
        CONCEALMENTS.includes(c.concealment),
        'concealment',
        `Concealment is one of ${CONCEALMENTS.join(', ')}.`,
      );
      break;
    }
    case 'container-alert':
      need(
        /^[A-Z]{4}\d{7}$/.test(object.content.containerNumber),
        'containerNumber',
        'Not an ISO 6346 container number.',
      );
      need(
        /^[A-Z]{2}[A-Z2-9]{3}$/.test(object.content.destinationLocode),
        'destinationLocode',
        'The destination must be a UN/LOCODE.',
      );
      need(text(object.content.reason), 'reason', 'Say why the container is suspect.');
      break;
    case 'rfi':
      need(text(object.content.subject), 'subject', 'A request needs a subject.');
      need(text(object.content.question), 'question', 'A request needs a question.');
      break;
    case 'rfi-answer':
      need(text(object.content.answer), 'answer', 'An answer needs text.');
      break;
    case 'hit':
      break;
  }
  if (problems.length > 0) throw invalid(`The ${object.kind} is not valid.`, problems);
}
