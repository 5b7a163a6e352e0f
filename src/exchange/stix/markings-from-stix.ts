/**
 * Markings read back from a received STIX object: the TLP 2.0 level from its marking refs, the rest
 * from the Portcullis marking definition it references. Anything missing or out of range is a
 * diagnostic; a node never guesses markings, it refuses the object.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import {
  parseAgencyId,
  parseCommunityId,
  type AgencyId,
  type CommunityId,
} from '../markings/agency-id.ts';
import {
  INFORMATION_ACCURACIES,
  SOURCE_RELIABILITIES,
  type Evaluation,
} from '../markings/evaluation.ts';
import { isHandlingCode, type Handling } from '../markings/handling-code.ts';
import type { Markings } from '../markings/markings.ts';
import { PURPOSES, type Purpose } from '../markings/purpose.ts';
import { tlpLevelOf, type TlpLevel } from '../markings/tlp.ts';
import { extensionId } from './extension-definitions.ts';
import type { StixObject } from './stix-object.ts';

type Props = Record<string, unknown>;

export function markingsFromStix(
  object: StixObject,
  definitions: ReadonlyMap<string, StixObject>,
): Result<Markings> {
  const refs = Array.isArray(object['object_marking_refs'])
    ? (object['object_marking_refs'] as unknown[])
    : [];
  const tlp = refs
    .map((r) => (typeof r === 'string' ? tlpLevelOf(r) : undefined))
    .find((l): l is TlpLevel => l !== undefined);
  const props = refs
    .map((r) => portcullisProps(typeof r === 'string' ? definitions.get(r) : undefined))
    .find((p) => p !== undefined);
  const at = { field: 'object_marking_refs', pointer: `/${object.id}` };
  if (tlp === undefined)
    return fail(diagnostic('markings.stix-tlp', `${object.id} carries no TLP 2.0 marking.`, at));
  if (props === undefined)
    return fail(
      diagnostic(
        'markings.stix-portcullis',
        `${object.id} carries no Portcullis marking definition.`,
        at,
      ),
    );
  const problems: Diagnostic[] = [];
  const need = <T>(value: T | undefined, name: string): T | undefined => {
    if (value === undefined)
      problems.push(
        diagnostic('markings.stix-value', `${object.id}: marking ${name} is missing or invalid.`, {
          ...at,
          field: name,
        }),
      );
    return value;
  };
  const handling = need(handlingOf(props), 'handling_code');
  const evaluation = need(evaluationOf(props), 'evaluation');
  const purpose = need(
    PURPOSES.find((p): p is Purpose => p === props['purpose']),
    'purpose',
  );
  const owner = need(agencyOf(props['owner']), 'owner');
  const agencies = need(
    listOf(props['releasable_to_agencies'], agencyOf),
    'releasable_to_agencies',
  );
  const communities = need(
    listOf(props['releasable_to_communities'], communityOf),
    'releasable_to_communities',
  );
  const onwardSharing = need(
    typeof props['onward_sharing'] === 'boolean' ? props['onward_sharing'] : undefined,
    'onward_sharing',
  );
  if (
    !handling ||
    !evaluation ||
    !purpose ||
    !owner ||
    !agencies ||
    !communities ||
    onwardSharing === undefined
  )
    return fail(...problems);
  return ok({
    tlp,
    handling,
    evaluation,
    releasability: { agencies, communities },
    purpose,
    ...(typeof props['legal_basis'] === 'string' ? { legalBasis: props['legal_basis'] } : {}),
    ...(typeof props['expires'] === 'string' ? { expiresAt: props['expires'] } : {}),
    owner,
    onwardSharing,
  });
}

function portcullisProps(definition: StixObject | undefined): Props | undefined {
  const ext = definition?.['extensions'] as Record<string, unknown> | undefined;
  const props = ext?.[extensionId('markings')];
  return typeof props === 'object' && props !== null ? (props as Props) : undefined;
}

function handlingOf(p: Props): Handling | undefined {
  const code = p['handling_code'];
  if (typeof code !== 'string' || !isHandlingCode(code)) return undefined;
  if (code !== 'H3') return { code };
  const restriction = p['handling_restriction'];
  return typeof restriction === 'string' && restriction !== '' ? { code, restriction } : undefined;
}

function evaluationOf(p: Props): Evaluation | undefined {
  const reliability = SOURCE_RELIABILITIES.find((r) => r === p['source_reliability']);
  const accuracy = INFORMATION_ACCURACIES.find((a) => a === p['information_accuracy']);
  return reliability === undefined || accuracy === undefined
    ? undefined
    : { reliability, accuracy };
}

function agencyOf(v: unknown): AgencyId | undefined {
  if (typeof v !== 'string') return undefined;
  const r = parseAgencyId(v);
  return r.ok ? r.value : undefined;
}

function communityOf(v: unknown): CommunityId | undefined {
  if (typeof v !== 'string') return undefined;
  const r = parseCommunityId(v);
  return r.ok ? r.value : undefined;
}

/** An absent list is an empty one (STIX forbids empty lists); any bad member spoils the list. */
function listOf<T>(v: unknown, parse: (x: unknown) => T | undefined): T[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return undefined;
  const out = v.map(parse);
  return out.every((x) => x !== undefined) ? (out) : undefined;
}
