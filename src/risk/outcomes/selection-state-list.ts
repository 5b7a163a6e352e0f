/** The states of a selection's outcome workflow, in workflow order (no dependencies: the web app
 *  lists them from here too). */
export const SELECTION_STATES = [
  'selected',
  'scanned',
  'inspected',
  'seized',
  'released',
  'withdrawn',
] as const;
export type SelectionState = (typeof SELECTION_STATES)[number];
