/**
 * `portcullis rules list|show|add|backtest|activate`: the agency's rule set versions, drafts
 * from JSON or YAML files, backtests on recorded outcomes, and activation.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseDocument } from 'yaml';
import { printJson } from '../output.ts';
import { riskCommon, withTargeting, type RiskCommonOptions } from './risk.command.ts';

const ratio = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(3));

export function registerRulesCommand(program: Command): void {
  const rules = program.command('rules').description('rule set versions, backtests and activation');
  riskCommon(rules.command('list'))
    .description('rule set versions of the agency')
    .action(async (o: RiskCommonOptions) => {
      const list = await withTargeting(o, (c) => c.targeting.listRuleSets(c.operator));
      if (o.json) return printJson(list);
      if (list.length === 0)
        console.log('No rule sets stored: the bundled default rule set is in force.');
      for (const r of list)
        console.log(`${r.id}  ${r.setId}@${r.version}  ${r.status}  ${r.createdAt}`);
    });
  riskCommon(rules.command('show').argument('<id>'))
    .description('one rule set version')
    .action(async (id: string, o: RiskCommonOptions) => {
      const r = await withTargeting(o, (c) => c.targeting.getRuleSet(c.operator, id));
      printJson(o.json ? r : r.document);
    });
  riskCommon(rules.command('add').argument('<file>', 'rule set, JSON or YAML'))
    .description('store a rule set version as a draft')
    .action(async (file: string, o: RiskCommonOptions) => {
      const text = await readFile(file, 'utf8');
      const document: unknown = parseDocument(text).toJS();
      const r = await withTargeting(o, (c) => c.targeting.addRuleSet(c.operator, document));
      if (o.json) printJson(r);
      else console.log(`Draft ${r.id}: ${r.setId}@${r.version}`);
    });
  riskCommon(rules.command('backtest').argument('<id>'))
    .description('each rule on the recorded outcomes: hits, precision, recall, lift')
    .action(async (id: string, o: RiskCommonOptions) => {
      const reports = await withTargeting(o, (c) => c.targeting.backtestRuleSet(c.operator, id));
      if (o.json) return printJson(reports);
      for (const b of reports) {
        console.log(
          `${b.ruleId.padEnd(36)} fired ${b.hits}/${b.records}, precision ${ratio(b.precision)}, recall ${ratio(b.recall)}, lift ${ratio(b.lift)}`,
        );
      }
    });
  riskCommon(rules.command('activate').argument('<id>'))
    .description('make a rule set version the active one')
    .action(async (id: string, o: RiskCommonOptions) => {
      const r = await withTargeting(o, (c) => c.targeting.activateRuleSet(c.operator, id));
      if (o.json) printJson(r);
      else console.log(`Active rule set: ${r.setId}@${r.version}`);
    });
}
