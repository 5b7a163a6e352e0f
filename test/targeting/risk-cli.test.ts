// The targeting commands in-process on an embedded database filled through `portcullis ingest`
// and scored by `portcullis risk score`: `risk queue` (a vessel call in score order with band,
// hold and reasons) and `risk assessment` (alias `explain`: explanation and the versions that
// produced it), as text and as JSON (the same fields as the HTTP API); then the loop an analyst
// runs: `rules add|list|backtest|activate`, `risk plan`, `risk outcome`, `risk evaluate`, and
// `risk model train|list|activate`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerIngestCommand } from '../../src/cli/commands/ingest.command.ts';
import { registerRiskCommand } from '../../src/cli/commands/risk.command.ts';
import { registerRulesCommand } from '../../src/cli/commands/rules.command.ts';
import { errorLines } from '../../src/cli/output.ts';
import { consignments, cuscar } from '../intake/intake-fixtures.ts';
import { seededDataDir } from '../intake/seeded-data-dir.ts';
import { runCli } from '../support/run-cli.ts';

let dataDir = '';
const files = mkdtempSync(path.join(tmpdir(), 'portcullis-risk-cli-files-'));

/** Runs the command and returns what it printed on stdout. */
function run(...args: string[]): Promise<string> {
  return runCli(
    [registerIngestCommand, registerRiskCommand, registerRulesCommand],
    [...args, '--data-dir', dataDir],
  );
}

interface QueueJson {
  vesselCall: string;
  containers: {
    containerNumber: string;
    score: number;
    band: string;
    topReasons: { text: string }[];
  }[];
}

let callId = '';

beforeAll(async () => {
  dataDir = await seededDataDir('portcullis-risk-cli-');
  expect(await run('risk', 'calls')).toBe(
    'No vessel call has assessed containers yet (ingest filings, then "risk score").',
  );
  expect(await run('risk', 'model', 'list')).toBe(
    'No model registered: containers are scored by the rules alone ("risk model train").',
  );
  const file = path.join(files, 'manifest.edi');
  writeFileSync(file, cuscar('RISK-CLI-1', consignments(4, 700)));
  await run('ingest', '--json', file);
  expect(await run('risk', 'score')).toMatch(/^Scored 4 containers from 1 filings/);
  const calls = JSON.parse(await run('risk', 'calls', '--json')) as {
    vesselImo: string;
    voyageNumber: string;
    port: string;
    containers: number;
  }[];
  expect(calls.map((c) => c.containers)).toEqual([4]);
  callId = calls.map((c) => `${c.vesselImo}:${c.voyageNumber}:${c.port}`).join();
}, 120_000);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

describe('portcullis risk queue', () => {
  it("lists a call's containers by score with band and reasons, as JSON and as text", async () => {
    const queue = JSON.parse(await run('risk', 'queue', '--call', callId, '--json')) as QueueJson;
    expect(queue.vesselCall).toBe(callId);
    expect(queue.containers).toHaveLength(4);
    const scores = queue.containers.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(queue.containers.every((c) => ['high', 'medium', 'low'].includes(c.band))).toBe(true);
    const text = await run('risk', 'queue', '--call', callId, '--limit', '2');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`Vessel call ${callId}: 4 containers (first 2 shown)`);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(queue.containers[0]?.containerNumber);
    expect(await run('risk', 'queue', '--call', '9074729:NONE:BEANR')).toBe(
      'Vessel call 9074729:NONE:BEANR: no assessed containers.',
    );
  });
});

describe('portcullis risk assessment', () => {
  it('shows the current assessment with its explanation and versions', async () => {
    const queue = JSON.parse(await run('risk', 'queue', '--call', callId, '--json')) as QueueJson;
    const container = queue.containers[0]?.containerNumber ?? '';
    const json = JSON.parse(await run('risk', 'assessment', container, '--json')) as {
      current: {
        containerNumber: string;
        score: number;
        band: string;
        vesselCall: string;
        ruleSetVersion: string;
        explanation: { text: string; reasons: { text: string }[] };
        features: Record<string, unknown>;
      };
      history: unknown[];
    };
    const { current } = json;
    expect(current).toMatchObject({ containerNumber: container, vesselCall: callId });
    expect(current.score).toBe(queue.containers[0]?.score);
    expect(current.ruleSetVersion).toMatch(/^portcullis-default@/);
    expect(current.explanation.text).toMatch(/^(High|Medium|Low) risk \(\d\.\d\d\)/);
    expect(Object.keys(current.features).length).toBeGreaterThan(10);
    const text = await run('risk', 'explain', container);
    expect(text.split('\n').slice(0, 4)).toEqual([
      expect.stringContaining(`${container} (bill `),
      `  score ${current.score.toFixed(3)}, band ${current.band}`,
      expect.stringMatching(new RegExp(`with rule set ${current.ruleSetVersion} and no model$`)),
      `  ${current.explanation.text}`,
    ]);
    expect(text).toContain(current.explanation.reasons[0]?.text ?? 'a reason');
    // --lang words the explanation in Dutch (the default rules have Dutch reasons).
    const dutch = JSON.parse(await run('risk', 'explain', container, '--json', '--lang', 'nl')) as {
      current: { explanation: { text: string; reasons: { kind: string; text: string }[] } };
    };
    expect(dutch.current.explanation.text).toMatch(/^(Hoog|Gemiddeld|Laag) risico \(\d,\d\d\)/);
    const rules = dutch.current.explanation.reasons.filter((r) => r.kind === 'rule');
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(r.text).toMatch(/^Regel [A-Z0-9-]+: /);
    expect(dutch.current.explanation.text).toMatch(/ \(Alleen regels: geen actief model\.\)$/);
    await expect(run('risk', 'explain', container, '--lang', 'de')).rejects.toThrow(
      /not one of en, fr, nl/,
    );
  });

  it('refuses a container without an assessment as not found', async () => {
    await expect(run('risk', 'assessment', 'MSCU0000000')).rejects.toThrow(/not found/);
  });
});

const RULES = `id: cli-rules
version: "2"
rules:
  - id: CLI-ANY-CONTAINER
    version: 1
    owner: local
    title: Every container
    status: active
    weight: 0.5
    condition: exists originCountry
    reason: Loaded in {originCountry}
`;

describe('the analyst loop from the command line', () => {
  it('adds, backtests and activates rules, plans, records outcomes, evaluates and retrains', async () => {
    expect(await run('rules', 'list')).toBe(
      'No rule sets stored: the bundled default rule set is in force.',
    );
    const file = path.join(files, 'rules.yaml');
    writeFileSync(file, RULES.replace('version: "2"', 'version: 2'));
    const refused = await run('rules', 'add', file).then(
      () => [],
      (error: unknown) => errorLines(error),
    );
    expect(refused).toEqual([
      'portcullis: the rule set does not parse',
      '  error rule-set.format: "version" must be a non-empty string. [at /version]',
    ]);
    writeFileSync(file, RULES);
    const draft = JSON.parse(await run('rules', 'add', file, '--json')) as {
      id: string;
      status: string;
    };
    expect(draft.status).toBe('draft');
    expect(await run('rules', 'list')).toMatch(new RegExp(`^${draft.id}  cli-rules@2  draft  `));

    const queue = JSON.parse(await run('risk', 'queue', '--call', callId, '--json')) as QueueJson;
    const plan = JSON.parse(
      await run(
        'risk',
        'plan',
        '--call',
        callId,
        '--capacity',
        '4',
        '--control-share',
        '0.25',
        '--json',
      ),
    ) as { selections: { containerNumber: string; reason: string; propensity: number }[] };
    expect(plan.selections).toHaveLength(4);
    expect(plan.selections.every((s) => s.propensity > 0 && s.propensity <= 1)).toBe(true);
    const found = queue.containers[0]?.containerNumber ?? '';
    for (const c of queue.containers) {
      const args = c.containerNumber === found ? ['--found', '--seizure'] : [];
      expect(await run('risk', 'outcome', c.containerNumber, ...args)).toMatch(
        new RegExp(
          `^Recorded ${c.containerNumber}: (found|nothing found) \\((targeted|control)\\)$`,
        ),
      );
    }
    const backtest = await run('rules', 'backtest', draft.id);
    expect(backtest).toMatch(/^CLI-ANY-CONTAINER\s+fired 4\/4, precision 0\.250, recall 1\.000/);
    expect(await run('rules', 'activate', draft.id)).toBe('Active rule set: cli-rules@2');

    const evaluation = await run('risk', 'evaluate');
    expect(evaluation).toMatch(/^Recorded outcomes: 4; scored 4, hits 1; ROC AUC /);
    expect(evaluation).toMatch(/^targeted\s+\d\/\d = /m);
    expect(evaluation).toMatch(/^ratio\s+\S+× \(95% CI /m);
    expect(await run('risk', 'evaluate', '--budgets', '25,50')).toMatch(
      /^ {2}at 25\.00%: precision [\d.]+%, recall [\d.]+% \(1 inspected\)\n {2}at 50\.00%: precision [\d.]+%, recall [\d.]+% \(2 inspected\)$/m,
    );
    await expect(run('risk', 'evaluate', '--budgets', '0.5,150')).rejects.toThrow(
      /"150" is not a percentage in \(0, 100\]/,
    );

    const trained = JSON.parse(await run('risk', 'model', 'train', '--json')) as {
      version: string;
      status: string;
      trainingDataSha256: string;
    };
    expect(trained.status).toBe('candidate');
    expect(trained.trainingDataSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await run('risk', 'model', 'activate', trained.version)).toBe(
      `Active model: ${trained.version}`,
    );
    expect(await run('risk', 'model', 'list')).toMatch(
      new RegExp(`^${trained.version}  active  data ${trained.trainingDataSha256.slice(0, 12)}`),
    );
  });
});
