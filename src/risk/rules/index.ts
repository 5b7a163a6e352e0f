/** The analyst rule language: parsing, type checking, compiling, evaluating and backtesting rules. */
export * from './backtest.ts';
export * from './check-condition.ts';
export * from './compile-condition.ts';
export * from './condition.ts';
export * from './condition-parser.ts';
export * from './evaluate-condition.ts';
export * from './generate-condition.ts';
export * from './parse-rule.ts';
export * from './parse-rule-set.ts';
export * from './reason-template.ts';
export * from './reason-translations.ts';
export * from './rule.ts';
export * from './rule-set-evaluator.ts';
export * from './text-patterns.ts';
