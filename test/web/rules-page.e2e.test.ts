/**
 * The Rules page in a real Chromium against a real server (the web-app world): the analyst sees
 * the agency's rule set versions and the active one's rules, uploads a draft with errors and reads
 * the server's diagnostics (pointer, line and column), uploads a valid draft, backtests it,
 * activates it after a confirmation; the page reads at 1024 px, and a role without `rule.read`
 * has no Rules entry. Screenshots: test-output/screenshots/rules-*.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/main.ts';
import { ANALYST_USER, AUDITOR_USER, seedWebWorld } from './web-world.ts';
import {
  apiClientAs,
  browserAvailable,
  closeBrowserWorld,
  openBrowserWorld,
  ROOT,
  screenshot,
  signIn,
} from './web-harness.ts';

const haveBrowser = browserAvailable('rules page e2e');

interface RuleDoc {
  id: string;
  version: string;
  rules: { id: string; weight: number; condition: string }[];
}
const DEFAULT = JSON.parse(
  readFileSync(path.join(ROOT, 'data/rules/default-rules.json'), 'utf8'),
) as RuleDoc;

describe.skipIf(!haveBrowser)('Rules page in Chromium', { timeout: 180_000 }, () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const upload = async (text: string) => {
    await page.getByLabel('Rule set document (JSON)').fill(text);
    await page.getByRole('button', { name: 'Store as draft' }).click();
  };
  const versionRow = (version: string) =>
    page.getByTestId('rule-version').filter({ hasText: version });

  beforeAll(async () => {
    ({ dataDir, server, browser, page } = await openBrowserWorld(
      'portcullis-rules-',
      seedWebWorld,
      pageErrors,
    ));
  }, 240_000);

  afterAll(() => closeBrowserWorld({ dataDir, server, browser }));

  it('shows the analyst the active rule set and its rules', async () => {
    await signIn(page, server.url, ANALYST_USER);
    await page.getByRole('link', { name: 'Rules' }).click();
    await page.waitForURL('**/rules');
    // Nothing stored yet: the page says the bundled default scores containers.
    expect(await page.getByTestId('rules-default').textContent()).toContain('bundled default');
    // The agency stores and activates the default set, as an analyst would with the CLI.
    const api = await apiClientAs(server.url, ANALYST_USER);
    const stored = await api('POST', '/api/v1/rules', DEFAULT);
    expect(stored.status).toBe(201);
    const { id } = (await stored.json()) as { id: string };
    expect((await api('POST', `/api/v1/rules/${id}/activate`, {})).status).toBe(200);
    await page.reload();
    const row = versionRow(DEFAULT.version);
    await expect(row.getByTestId('rule-version-status').textContent()).resolves.toBe('active');
    await expect(row.textContent()).resolves.toContain(DEFAULT.id);
    await page.getByTestId('rule').first().waitFor();
    expect(await page.getByTestId('rule').count()).toBe(DEFAULT.rules.length);
    const first = page.getByTestId('rule').first();
    expect(await first.textContent()).toContain(DEFAULT.rules[0]!.id);
    expect(await first.textContent()).toContain(DEFAULT.rules[0]!.condition);
    expect(await first.textContent()).toContain('from 2025-01-01');
    expect(await page.getByTestId('rules-default').count()).toBe(0);
    await screenshot(page, 'rules-active');
  });

  it('refuses a draft that is not JSON, naming the line and column', async () => {
    await upload('{\n  "id": "x",\n  "version": 1,,\n}');
    const refused = page.getByTestId('rules-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/not JSON \(line 3, column \d+\)/);
  });

  it("shows the server's diagnostics for a draft with errors, and stores nothing", async () => {
    const bad = {
      id: DEFAULT.id,
      version: 'e2e-bad',
      rules: [
        { ...DEFAULT.rules[0], weight: 2 },
        { ...DEFAULT.rules[1], condition: 'coverLoad = ' },
      ],
    };
    await upload(JSON.stringify(bad, null, 2));
    await page.getByTestId('diagnostic').first().waitFor();
    const texts = await page.getByTestId('diagnostic').allTextContents();
    expect(texts.some((t) => t.includes('/rules/0/weight'))).toBe(true);
    // A condition's problem points into the condition: pointer, then line:column.
    expect(texts.some((t) => /\/rules\/1\/condition 1:\d+/.test(t))).toBe(true);
    await screenshot(page, 'rules-diagnostics');
    expect(await versionRow('e2e-bad').count()).toBe(0);
  });

  it('stores a valid draft, shows its rules and backtests it', async () => {
    const draft = { ...DEFAULT, version: 'e2e-2', rules: DEFAULT.rules.slice(0, 3) };
    await upload(JSON.stringify(draft));
    await page.getByTestId('rules-stored').waitFor();
    const row = versionRow('e2e-2');
    await row.waitFor();
    expect(await row.getByTestId('rule-version-status').textContent()).toBe('draft');
    await page.getByTestId('rule-set').getByText('Rules of portcullis-default e2e-2').waitFor();
    expect(await page.getByTestId('rule').count()).toBe(3);
    await page.getByRole('button', { name: 'Backtest on recorded outcomes' }).click();
    await page.getByTestId('backtest').waitFor();
    const rows = await page.getByTestId('backtest-row').allTextContents();
    expect(rows.map((r) => r.split(/\s|\d/)[0])).toEqual(
      draft.rules.map((r) => r.id.split(/\d/)[0]),
    );
    // The world records no outcomes: every rule is tried on no assessment and has no precision.
    expect(await page.getByTestId('backtest').locator('caption').textContent()).toContain(
      'on 0 assessments',
    );
    await screenshot(page, 'rules-backtest');
  });

  it('activates the draft only after a confirmation, retiring the previous version', async () => {
    await page.getByRole('button', { name: 'Activate' }).click();
    const confirm = page.getByTestId('activate-confirm');
    expect(await confirm.textContent()).toContain('Activate portcullis-default e2e-2?');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await versionRow('e2e-2').getByTestId('rule-version-status').textContent()).toBe(
      'draft',
    );
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByRole('button', { name: 'Yes, activate' }).click();
    await versionRow('e2e-2').getByTestId('rule-version-status').getByText('active').waitFor();
    expect(await versionRow(DEFAULT.version).getByTestId('rule-version-status').textContent()).toBe(
      'retired',
    );
  });

  it('reads at 1024 px without sideways scrolling, in Dutch too', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: 'Show rules' }).last().click();
    await page.getByTestId('rule').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1024,
    );
    await page.getByTestId('language').selectOption('nl');
    await page.getByRole('heading', { name: 'Versies van regelsets' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1024,
    );
    await screenshot(page, 'rules-1024-nl');
    await page.getByTestId('language').selectOption('en');
    await page.setViewportSize({ width: 1366, height: 820 });
  });

  it('gives no Rules entry to a role without rule.read, and no page errors', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, server.url, AUDITOR_USER);
    expect(await page.getByRole('link', { name: 'Rules' }).count()).toBe(0);
    await page.goto(`${server.url}/rules`);
    await page.getByTestId('refused').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
