/**
 * Data classes, their default retention and what the purge does when it ends. The reasoning
 * behind each default is in docs/security.md; an administrator may change any of them
 * (`portcullis retention set`), and the effective rule is what status and the purge report.
 */
export const DATA_CLASSES = ['cargo', 'personal-data', 'intelligence'] as const;
/** The longest retention period that can be set: a hundred years. */
export const MAX_RETAIN_DAYS = 36_500;
export type DataClass = (typeof DATA_CLASSES)[number];

export const RETENTION_ACTIONS = ['delete', 'pseudonymise'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

export const HOLD_KINDS = ['consignment', 'container', 'entity'] as const;
export type HoldKind = (typeof HOLD_KINDS)[number];

export interface RetentionRule {
  readonly dataClass: DataClass;
  readonly retainDays: number;
  readonly action: RetentionAction;
  /** True when an administrator changed the default. */
  readonly configured: boolean;
}

export const DEFAULT_RULES: Readonly<Record<DataClass, Omit<RetentionRule, 'configured'>>> = {
  // Union Customs Code Art. 51: documents kept at least three calendar years; five covers
  // national extensions and post-clearance audit.
  cargo: { dataClass: 'cargo', retainDays: 5 * 365, action: 'delete' },
  // GDPR Art. 5(1)(e) / Directive 2016/680 Art. 5: no longer than needed; risk history keeps
  // its value with names replaced by tokens after three years.
  'personal-data': { dataClass: 'personal-data', retainDays: 3 * 365, action: 'pseudonymise' },
  // Review-or-erase after three years, as law-enforcement intelligence systems practise.
  intelligence: { dataClass: 'intelligence', retainDays: 3 * 365, action: 'delete' },
};

export function isDataClass(value: string): value is DataClass {
  return (DATA_CLASSES as readonly string[]).includes(value);
}

export function isHoldKind(value: string): value is HoldKind {
  return (HOLD_KINDS as readonly string[]).includes(value);
}

export function ruleText(rule: RetentionRule): string {
  return `${rule.dataClass}: ${rule.action} after ${rule.retainDays} days`;
}
