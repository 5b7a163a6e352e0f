/**
 * The entities and dashboard pages in a real Chromium against a real server, as an analyst works
 * them: find a company by name, read its record (identifiers, the other spelling it files under,
 * its consignments), grow its link graph by clicking a node on the canvas, open the shipper that
 * appeared and review its watchlist hit; then the dashboard's charts, whose figures must be the
 * statistics API's for the same period. A targeting officer, without entity permission, sees no
 * entities menu and a refusal on the page's address. Screenshots go to test-output/screenshots/.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/main.ts';
import {
  ANALYST,
  billOf,
  CALL,
  CONSIGNEE,
  CONSIGNEE_ALIAS,
  CONSIGNEE_EMAIL,
  LISTED_BILL_INDEX,
  LISTED_SHIPPER,
  OFFICER,
  seedEntitiesWorld,
} from './entities-world.ts';
import {
  browserAvailable,
  buildWebApp,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  startWebServer,
} from './web-harness.ts';

const haveBrowser = browserAvailable('entities and dashboard e2e');

interface StatsAnswers {
  readonly effectiveness: {
    groups: {
      group: string;
      arms: Record<string, { scans: number; hitRate: { rate: number | null } }>;
    }[];
  };
  readonly seizures: { items: { port: string; year: number; seizures: number }[] };
}

/** A chart's screen-reader table: category → the cells of its row, as shown. */
async function chartTable(page: Page, id: string): Promise<Map<string, string[]>> {
  const rows = await page
    .getByTestId(`chart-${id}`)
    .locator('table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent ?? '',
        Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? ''),
      ]),
    );
  return new Map(rows as [string, string[]][]);
}

describe.skipIf(!haveBrowser)('entities and dashboard in Chromium', { timeout: 120_000 }, () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const url = (p: string) => `${server.url}${p}`;
  const nav = () => page.getByRole('navigation').getByRole('link');

  beforeAll(async () => {
    await buildWebApp();
    dataDir = await mkdtemp(path.join(tmpdir(), 'portcullis-web-entities-'));
    await seedEntitiesWorld(dataDir);
    server = await startWebServer(dataDir);
    browser = await launchBrowser();
    page = await openPage(browser, pageErrors);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('finds a company by name and reads its record: identifiers, aliases, consignments', async () => {
    await signIn(page, url('/'), ANALYST);
    expect(await nav().allTextContents()).toEqual(
      expect.arrayContaining(['Entities', 'Dashboard']),
    );
    await nav().getByText('Entities').click();
    await page.getByRole('search').getByLabel('Name, identifier or address').fill('noordzee');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    const result = page
      .getByTestId('entity-results')
      .getByRole('link', { name: /Noordzee Fruit Trading/i });
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.textContent()).toContain(`${CALL.consignments} records`);
    await result.click();
    await page.getByRole('heading', { level: 1, name: /Noordzee Fruit Trading/i }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/entities\/E-/);
    const aliases = await page.getByTestId('aliases').textContent();
    expect(aliases).toContain(CONSIGNEE);
    expect(aliases).toContain(CONSIGNEE_ALIAS);
    const identifiers = await page.getByTestId('identifiers').textContent();
    expect(identifiers).toContain(CONSIGNEE_EMAIL);
    expect(identifiers).toContain('noordzee-fruit.be'); // the company's own mail domain
    expect(identifiers).toContain('235551234'); // both phone spellings, one number
    expect(await page.getByTestId('members').locator('li').count()).toBe(CALL.consignments);
    const bills = await page.getByTestId('entity-consignments').getByRole('link').allTextContents();
    expect(bills.sort()).toEqual(Array.from({ length: CALL.consignments }, (_, i) => billOf(i)));
    await screenshot(page, 'e01-entity');
  });

  it('grows the link graph when a node on the canvas is clicked', async () => {
    const graph = page.getByTestId('entity-graph');
    await graph.locator('canvas').first().waitFor();
    const nodes = page.getByTestId('graph-nodes').locator('li');
    // The company, its eight consignments, its address, phone and e-mail.
    await expect.poll(() => nodes.count()).toBe(1 + CALL.consignments + 3);
    const before = await nodes.count();
    expect(await graph.getAttribute('aria-label')).toBe(`Network graph with ${before} nodes`);
    const listedBill = nodes.filter({ hasText: billOf(LISTED_BILL_INDEX) });
    await expect.poll(() => listedBill.getAttribute('data-x')).not.toBeNull();
    const x = Number(await listedBill.getAttribute('data-x'));
    const y = Number(await listedBill.getAttribute('data-y'));
    const box = await graph.boundingBox();
    expect(x > 0 && y > 0 && x < (box?.width ?? 0) && y < (box?.height ?? 0)).toBe(true);
    await graph.click({ position: { x, y } });
    // The consignment's shipper, container and vessel join the graph.
    await expect.poll(() => nodes.count()).toBeGreaterThan(before);
    expect(await listedBill.getAttribute('data-expanded')).toBe('true');
    const added = await nodes.allTextContents();
    expect(added.some((n) => n.includes(LISTED_SHIPPER))).toBe(true);
    expect(added.some((n) => n.startsWith('Vessel'))).toBe(true);
    expect(added.some((n) => n.startsWith('Container'))).toBe(true);
    expect(await graph.getAttribute('aria-label')).toBe(
      `Network graph with ${await nodes.count()} nodes`,
    );
    await screenshot(page, 'e02-graph-expanded');
  });

  it('opens the shipper that appeared and reviews its screening hit', async () => {
    await page.getByText(/nodes as a list/).click();
    await page.getByRole('link', { name: `Open ${LISTED_SHIPPER}` }).click();
    await page.getByRole('heading', { level: 1, name: LISTED_SHIPPER }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/entities\/E-/);
    const hit = page.getByTestId('screening-hits').locator('li').first();
    expect(await hit.textContent()).toContain('COLOMBIANA DE CERDOS LTDA.');
    expect(await hit.getByTestId('hit-status').textContent()).toBe('To review');
    await hit.getByRole('button', { name: 'Confirm the match' }).click();
    await expect.poll(() => hit.getByTestId('hit-status').textContent()).toBe('Match confirmed');
    expect(await hit.textContent()).toContain(`reviewed by ${ANALYST.displayName}`);
    expect(await hit.getByRole('button').count()).toBe(0);
    // Recorded on the server, not only on the page: the API and a reload agree.
    const stored = await page.evaluate(async (bill) => {
      const session = (await (await fetch('/api/v1/session')).json()) as { user: { id: string } };
      const res = await fetch(`/api/v1/screening/hits?bill=${bill}`);
      const body = (await res.json()) as { items: { status: string; reviewedBy: string }[] };
      return { user: session.user.id, hits: body.items };
    }, billOf(LISTED_BILL_INDEX));
    expect(stored.hits).toEqual([
      expect.objectContaining({ status: 'true-positive', reviewedBy: stored.user }),
    ]);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('hit-status').first().textContent())
      .toBe('Match confirmed');
    await screenshot(page, 'e03-hit-reviewed');
  });

  it("shows the dashboard's charts with the statistics API's figures", async () => {
    await nav().getByText('Dashboard').click();
    await page.getByTestId('chart-effectiveness').locator('svg rect').first().waitFor();
    const api = await page.evaluate(async () => {
      const json = async (p: string) => (await fetch(p)).json() as Promise<unknown>;
      return {
        effectiveness: await json('/api/v1/stats/effectiveness?groupBy=period'),
        seizures: await json('/api/v1/stats/seizures?groupBy=port,year'),
      } as StatsAnswers;
    });
    const [month] = api.effectiveness.groups;
    const [port] = api.seizures.items;
    expect(month && port).toBeTruthy();
    if (!month || !port) return;
    const pct = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(1)} %`);
    const { targeted, control } = month.arms;
    // The seeded outcomes: two finds in three targeted scans, one in three control scans.
    expect(targeted?.hitRate.rate).toBeCloseTo(2 / 3);
    expect(control?.hitRate.rate).toBeCloseTo(1 / 3);
    const effect = await chartTable(page, 'effectiveness');
    expect(effect.get(month.group)).toEqual([
      pct(targeted?.hitRate.rate ?? null),
      pct(control?.hitRate.rate ?? null),
    ]);
    const scans = await chartTable(page, 'scanner-use');
    expect(scans.get(month.group)).toEqual([String(targeted?.scans), String(control?.scans)]);
    const seized = await chartTable(page, 'seizures');
    expect(seized.get(`${port.port} ${port.year}`)).toEqual([String(port.seizures)]);
    // The bars carry the same figures for sighted readers.
    const labels = await page.getByTestId('chart-effectiveness').locator('text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['66.7 %', '33.3 %', month.group]));
    await screenshot(page, 'e04-dashboard');
  });

  it('gives a targeting officer no entities menu and a clear refusal on its address', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const officer = await context.newPage();
    officer.on('pageerror', (e) => pageErrors.push(e.message));
    const asked: string[] = [];
    officer.on('request', (r) => asked.push(new URL(r.url()).pathname));
    try {
      await signIn(officer, url('/'), OFFICER);
      const menu = await officer.getByRole('navigation').getByRole('link').allTextContents();
      expect(menu).toContain('Targeting');
      expect(menu).toContain('Dashboard');
      expect(menu).not.toContain('Entities');
      for (const address of ['/entities', '/entities/E-anything']) {
        await officer.goto(url(address));
        const refusal = officer.getByTestId('refused');
        await refusal.getByRole('heading', { name: 'Not open to your roles' }).waitFor();
        expect(await refusal.textContent()).toContain('Entities needs a permission');
      }
      // The page asked nothing of the entities API, and the API refuses the officer anyway.
      expect(
        asked.filter((p) => p.startsWith('/api/v1/entities') || p.startsWith('/api/v1/graph')),
      ).toEqual([]);
      const status = await officer.evaluate(
        async () => (await fetch('/api/v1/entities?q=noordzee')).status,
      );
      expect([403, 404]).toContain(status);
      await screenshot(officer, 'e05-officer-refused');
    } finally {
      await context.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
