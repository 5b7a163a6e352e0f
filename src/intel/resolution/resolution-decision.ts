/**
 * Analysts' decisions, kept as constraints between party records (not between entity ids, which
 * change as clusters change), so a re-run respects them: `same` links two records whatever the
 * evidence, `different` keeps their clusters apart whatever links them.
 */
export const DECISION_KINDS = ['same', 'different'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface ResolutionDecision {
  readonly kind: DecisionKind;
  readonly a: string;
  readonly b: string;
}

/** Merging two entities: one member of each is the same as the other. */
export function mergeDecisions(
  left: readonly string[],
  right: readonly string[],
): ResolutionDecision[] {
  const [a] = left;
  const [b] = right;
  return a === undefined || b === undefined ? [] : [{ kind: 'same', a, b }];
}

const chain = (ids: readonly string[]): ResolutionDecision[] =>
  ids.slice(1).map((b, i) => ({ kind: 'same', a: ids[i] as string, b }));

/**
 * Splitting records out of an entity: the records moved out stay together, the rest stay
 * together, and the two groups are different.
 */
export function splitDecisions(
  members: readonly string[],
  moved: readonly string[],
): ResolutionDecision[] {
  const out = new Set(moved);
  const rest = members.filter((m) => !out.has(m));
  const [a] = moved;
  const [b] = rest;
  if (a === undefined || b === undefined) return [];
  // The `different` first: the groups' own links, made with it, must not cancel it.
  return [{ kind: 'different', a, b }, ...chain(moved), ...chain(rest)];
}
