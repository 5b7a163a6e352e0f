// Proves the DESIGN.md layer table is enforced: an illegal import fails lint with a message
// naming the allowed layers, a legal one passes, and the project config wires the rule in.
import { ESLint } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRule } from '../tools/eslint/layer-rule.js';

const root = path.resolve(import.meta.dirname, '..');

function linter(): ESLint {
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { portcullis: { rules: { layers: layerRule } } },
        rules: { 'portcullis/layers': 'error' },
      },
    ],
  });
}

async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await linter().lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('layer rule', () => {
  it('rejects src/core importing src/storage, naming what core may import', async () => {
    const messages = await lint('src/core/probe.ts', "import { x } from '../storage/db.ts';\nexport const y = x;\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/core may not import src/storage');
    expect(messages[0]).toContain('nothing outside itself');
  });

  it('rejects a delivery layer reaching past services into storage', async () => {
    const messages = await lint('src/server/routes/x.routes.ts', "export * from '../../storage/db.ts';\n");
    expect(messages[0]).toContain('src/server may import: src/core, src/services');
  });

  it('rejects node: built-ins in pure layers but allows them in adapters', async () => {
    expect(await lint('src/risk/x.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).toHaveLength(1);
    expect(await lint('src/storage/x.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).toHaveLength(0);
  });

  it('accepts imports the table allows', async () => {
    expect(await lint('src/ingest/x.ts', "import { a } from '../core/a.ts';\nimport { b } from '../reference/b.ts';\nexport const c = [a, b];\n")).toEqual([]);
    expect(await lint('src/services/x.ts', "import { a } from '../storage/a.ts';\nexport const c = a;\n")).toEqual([]);
  });

  it('is switched on by the project configuration for every layer', async () => {
    const eslint = new ESLint({ cwd: root });
    for (const layer of ['core', 'ingest', 'risk', 'storage', 'server']) {
      const config = (await eslint.calculateConfigForFile(`src/${layer}/any.ts`)) as { rules: Record<string, unknown> };
      expect(config.rules['portcullis/layers']).toEqual([2]);
    }
  });
});
