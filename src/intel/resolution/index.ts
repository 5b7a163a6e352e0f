/** Entity resolution: party records to entities with the evidence that joined them. */
export { resolveParties, entityIdOf } from './resolve-parties.ts';
export type {
  ResolvedEntity,
  EntityLink,
  ResolutionResult,
  ResolutionOptions,
} from './resolve-parties.ts';
export { prepareRecord, type PartyRecord, type PreparedRecord } from './party-record.ts';
export {
  DEFAULT_WEIGHTS,
  EVIDENCE_KINDS,
  type Evidence,
  type EvidenceKind,
  type ResolutionWeights,
} from './match-evidence.ts';
export {
  mergeDecisions,
  splitDecisions,
  DECISION_KINDS,
  type ResolutionDecision,
  type DecisionKind,
} from './resolution-decision.ts';
export { evaluateResolution, type ResolutionQuality } from './entity-evaluation.ts';
export {
  identifierKeys,
  phoneKey,
  IDENTIFIER_KINDS,
  EXCLUSIVE_IDENTIFIERS,
  type ExclusiveKind,
  type IdentifierKind,
} from './identifier-keys.ts';
export { recordFromParty } from './record-from-party.ts';
export {
  MAX_CONFLICT_NAMES,
  UNLIKE_NAME,
  type FiledName,
  type IdentifierConflict,
  type SharedIdentifier,
} from './identifier-explanation.ts';
export { type SameNameAndAddress } from './same-name-address.ts';
