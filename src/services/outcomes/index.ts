/** Outcomes: the selection workflow, customs status for carriers, effectiveness figures. */
export * from './outcome-types.ts';
export * from './outcomes.service.ts';
export * from './customs-status.service.ts';
export * from './effectiveness.service.ts';
export {
  CONCEALMENT_CODES,
  CONCEALMENT_LABELS,
  SUBSTANCES,
} from '../../risk/outcomes/concealment-codes.ts';
export { SELECTION_STATES, SCAN_VERDICTS } from '../../risk/outcomes/selection-states.ts';
