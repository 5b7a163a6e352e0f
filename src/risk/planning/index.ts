/** Scan planning: capacity per shift, the plan (holds, targeted, control) and the control share. */
export * from './control-bandit.ts';
export * from './plan-scans.ts';
export * from './scan-candidate.ts';
export * from './scan-capacity.ts';
export * from './seed-of.ts';
