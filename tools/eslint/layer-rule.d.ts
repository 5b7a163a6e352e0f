import type { Rule } from 'eslint';
export declare const layerRule: Rule.RuleModule;
