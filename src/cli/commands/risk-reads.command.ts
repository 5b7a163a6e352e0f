/**
 * `portcullis risk queue --call <id>` and `portcullis risk assessment <container>` (alias
 * `explain`): a vessel call's containers by score with band, hold and top reasons, and one
 * container's current assessment with its explanation in plain words and the rule set and model
 * versions that produced it. `--json` prints the same fields as the HTTP API; `--lang fr|nl`
 * words the explanations in French or Dutch (English otherwise), as `?lang=` does there.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { isLanguage, LANGUAGES, type Language } from '../../core/language.ts';
import { presentAssessment, presentQueueEntry } from '../../server/routes/targeting-presenters.ts';
import { printJson } from '../output.ts';
import { registerRiskCallsCommand } from './risk-calls.command.ts';
import { riskCommon, withTargeting, type RiskCommonOptions } from './risk.command.ts';

const count = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('not a positive whole number');
  return n;
};

const language = (v: string): Language => {
  if (!isLanguage(v)) throw new InvalidArgumentError(`not one of ${LANGUAGES.join(', ')}`);
  return v;
};
const LANG_HELP = 'language of the explanations (en, fr, nl)';

type QueueEntry = ReturnType<typeof presentQueueEntry>;
type Assessment = ReturnType<typeof presentAssessment>;

export function formatQueue(callId: string, entries: readonly QueueEntry[], total: number): string {
  if (total === 0) return `Vessel call ${callId}: no assessed containers.`;
  const lines = entries.map((e, i) => {
    const hold = e.mandatoryHold ? 'HOLD ' : '';
    const reasons = e.topReasons.map((r) => r.text).join('; ') || 'no reason above the threshold';
    return `${String(i + 1).padStart(4)}. ${e.containerNumber}  ${e.band.padEnd(6)} ${e.score.toFixed(3)}  ${hold}${e.billNumber}  ${reasons}`;
  });
  const shown = entries.length < total ? ` (first ${entries.length} shown)` : '';
  return [`Vessel call ${callId}: ${total} containers${shown}`, ...lines].join('\n');
}

export function formatAssessment(current: Assessment, earlier: number): string {
  const model = current.modelVersion
    ? `model ${current.modelVersion}${current.modelHash ? ` (${current.modelHash.slice(0, 12)})` : ''}`
    : 'no model';
  return [
    `${current.containerNumber} (bill ${current.billNumber}${current.vesselCall ? `, call ${current.vesselCall}` : ''})`,
    `  score ${current.score.toFixed(3)}, band ${current.band}${current.mandatoryHold ? ', MANDATORY HOLD' : ''}`,
    `  assessed ${current.assessedAt} with rule set ${current.ruleSetVersion} and ${model}`,
    `  ${current.explanation.text}`,
    ...current.explanation.reasons.map((r) => `    - [${r.kind} ${r.ref}] ${r.text}`),
    ...(earlier > 0 ? [`  ${earlier} earlier assessment(s) (use --json)`] : []),
  ].join('\n');
}

export function registerRiskReadCommands(risk: Command): void {
  registerRiskCallsCommand(risk);
  riskCommon(risk.command('queue'))
    .description("a vessel call's containers by score: band, mandatory hold, top reasons")
    .requiredOption('--call <id>', 'vessel call id (<IMO>:<voyage>:<port>, see "risk calls")')
    .option('--limit <n>', 'containers to print at most (all with --json)', count, 50)
    .option('--lang <code>', LANG_HELP, language, 'en')
    .action(async (o: RiskCommonOptions & { call: string; limit: number; lang: Language }) => {
      const queue = await withTargeting(o, (c) => c.targeting.queue(c.operator, o.call, o.lang));
      const entries = queue.map(presentQueueEntry);
      if (o.json) return printJson({ vesselCall: o.call, containers: entries });
      console.log(formatQueue(o.call, entries.slice(0, o.limit), entries.length));
    });
  riskCommon(risk.command('assessment').alias('explain').argument('<container>'))
    .description(
      "a container's current assessment: score, band, hold, explanation, rule set and model versions",
    )
    .option('--lang <code>', LANG_HELP, language, 'en')
    .action(async (container: string, o: RiskCommonOptions & { lang: Language }) => {
      const all = await withTargeting(o, (c) =>
        c.targeting.getAssessment(c.operator, container, o.lang),
      );
      const [current, ...history] = all;
      if (!current) return;
      const shown = presentAssessment(current, o.json === true);
      if (o.json) {
        return printJson({
          current: shown,
          history: history.map((a) => presentAssessment(a, false)),
        });
      }
      console.log(formatAssessment(shown, history.length));
    });
}
