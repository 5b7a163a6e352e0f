/**
 * The entities and dashboard pages in a real Chromium against a real server, as an analyst works
 * them: find a company by name, read its record (identifiers, the other spelling it files under,
 * its consignments), grow its link graph by clicking a node on the canvas, open the shipper that
 * appeared and review its watchlist hit, and double-click back to the consignee; read the
 * communities (a summary line, the seizures that rank them) and open a member; find a shipper
 * filed on 64 bills without identifiers under 24 spellings, one entity whose records read as
 * lines of identical ones, 20 and then the rest; then the
 * dashboard's charts, whose figures must be the statistics API's for the same period (all time,
 * then a period chosen on the page). A targeting officer, without entity permission, sees no
 * entities menu and a refusal on the page's address. Screenshots go to test-output/screenshots/.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/main.ts';
import {
  ANALYST,
  BIG_SHIPPER,
  bigShipperFiledAt,
  bigShipperName,
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
  closeBrowserWorld,
  openBrowserWorld,
  screenshot,
  signIn,
} from './web-harness.ts';

const haveBrowser = browserAvailable('entities and dashboard e2e');

const DAY_MS = 86_400_000;

interface Effectiveness {
  readonly groups: readonly {
    group: string;
    arms: Record<string, { scans: number; hitRate: { rate: number | null } } | undefined>;
  }[];
}
interface Seizures {
  readonly items: readonly { port: string; year: number; seizures: number }[];
}

/** The API's answer for the signed-in user of the page (its session cookie). */
function apiJson<T>(page: Page, address: string): Promise<T> {
  return page.evaluate(async (a) => (await fetch(a)).json() as Promise<T>, address);
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

/** Where a node of the graph's list is drawn on the canvas, checked to be inside it. */
async function drawnAt(node: Locator): Promise<{ x: number; y: number }> {
  await expect.poll(() => node.getAttribute('data-x')).not.toBeNull();
  const at = {
    x: Number(await node.getAttribute('data-x')),
    y: Number(await node.getAttribute('data-y')),
  };
  const box = await node.page().getByTestId('entity-graph').boundingBox();
  expect(at.x > 0 && at.y > 0 && at.x < (box?.width ?? 0) && at.y < (box?.height ?? 0)).toBe(true);
  return at;
}

/** The hit-rate and scanner-use charts show, per period, the arms' figures of the API's answer. */
async function expectCharts(page: Page, answer: Effectiveness): Promise<void> {
  const pct = (rate: number | null | undefined) =>
    rate === null || rate === undefined ? '–' : `${(rate * 100).toFixed(1)} %`;
  const rates = await chartTable(page, 'effectiveness');
  const scans = await chartTable(page, 'scanner-use');
  for (const { group, arms } of answer.groups) {
    const { targeted, control } = arms;
    expect(rates.get(group)).toEqual([pct(targeted?.hitRate.rate), pct(control?.hitRate.rate)]);
    expect(scans.get(group)).toEqual([String(targeted?.scans), String(control?.scans)]);
  }
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
    ({ dataDir, server, browser, page } = await openBrowserWorld(
      'portcullis-web-entities-',
      seedEntitiesWorld,
      pageErrors,
    ));
  }, 240_000);

  afterAll(() => closeBrowserWorld({ dataDir, server, browser }));

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
    // Why the records were joined, in words: one name (two spellings) filed at one address.
    expect(await page.getByTestId('same-name-address').textContent()).toBe(
      `${CALL.consignments} records filed as ${CONSIGNEE_ALIAS} at Noorderlaan 12, 2030 Antwerpen, BE`,
    );
    // Its records as lines of identical ones: each spelling filed on half its bills, one day.
    expect(await page.getByTestId('member-count').allTextContents()).toEqual(
      Array.from({ length: 2 }, () => '4 records · 4 consignments · filed 18 Nov 2026'),
    );
    expect(await page.getByTestId('members').locator('li strong').allTextContents()).toEqual(
      [CONSIGNEE_ALIAS, CONSIGNEE].sort(),
    );
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
    // The company is drawn in the middle of the canvas, its neighbours round it (it was at the
    // right edge, its name cut off).
    const middle = await drawnAt(nodes.first());
    const box = await graph.boundingBox();
    expect(Math.abs(middle.x - (box?.width ?? 0) / 2)).toBeLessThan(20);
    expect(Math.abs(middle.y - (box?.height ?? 0) / 2)).toBeLessThan(20);
    const listedBill = nodes.filter({ hasText: billOf(LISTED_BILL_INDEX) });
    await graph.click({ position: await drawnAt(listedBill) });
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
    // Another language re-renders the whole page; the graph keeps what the analyst expanded.
    const grown = await nodes.count();
    await page.getByTestId('language').selectOption('fr');
    await page.getByRole('heading', { name: 'Réseau' }).waitFor();
    await page.getByTestId('language').selectOption('en');
    await page.getByRole('heading', { name: 'Network' }).waitFor();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await nodes.count()).toBe(grown);
    expect(await graph.getAttribute('aria-label')).toBe(`Network graph with ${grown} nodes`);
    expect(await listedBill.getAttribute('data-expanded')).toBe('true');
  });

  it('opens the shipper that appeared and reviews its screening hit', async () => {
    await page.getByText(/nodes as a list/).click();
    await page.getByRole('link', { name: `Open ${LISTED_SHIPPER}` }).click();
    await page.getByRole('heading', { level: 1, name: LISTED_SHIPPER }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/entities\/E-/);
    const hit = page.getByTestId('screening-hits').locator('li').first();
    expect(await hit.textContent()).toContain('COLOMBIANA DE CERDOS LTDA.');
    expect(await hit.getByTestId('hit-status').textContent()).toBe('To review');
    const NOTE = 'Same registration number and address as the listed company';
    await hit.getByRole('textbox', { name: 'Why (optional note)' }).fill(NOTE);
    await hit.getByRole('button', { name: 'Confirm the match' }).click();
    await expect.poll(() => hit.getByTestId('hit-status').textContent()).toBe('Match confirmed');
    expect(await hit.textContent()).toContain(`reviewed by ${ANALYST.displayName}`);
    expect(await hit.getByRole('button').count()).toBe(0);
    expect(await hit.getByTestId('hit-note').textContent()).toBe(NOTE);
    // Recorded on the server, not only on the page: the API and a reload agree.
    const stored = await page.evaluate(async (bill) => {
      const session = (await (await fetch('/api/v1/session')).json()) as { user: { id: string } };
      const res = await fetch(`/api/v1/screening/hits?bill=${bill}`);
      const body = (await res.json()) as {
        items: { status: string; reviewedBy: string; reviewNote: string }[];
      };
      return { user: session.user.id, hits: body.items };
    }, billOf(LISTED_BILL_INDEX));
    expect(stored.hits).toEqual([
      expect.objectContaining({
        status: 'true-positive',
        reviewedBy: stored.user,
        reviewNote: NOTE,
      }),
    ]);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('hit-status').first().textContent())
      .toBe('Match confirmed');
    await screenshot(page, 'e03-hit-reviewed');
    // With the mouse: a click on the consignment brings in its consignee, a double click opens it.
    const graph = page.getByTestId('entity-graph');
    const nodes = page.getByTestId('graph-nodes').locator('li');
    await expect.poll(() => nodes.count()).toBe(2);
    await graph.click({ position: await drawnAt(nodes.filter({ hasText: 'Consignment' })) });
    const consignee = nodes.filter({ hasText: /Noordzee Fruit Trading/i });
    await expect.poll(() => consignee.count()).toBe(1);
    await graph.dblclick({ position: await drawnAt(consignee) });
    await page.getByRole('heading', { level: 1, name: /Noordzee Fruit Trading/i }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/entities\/E-/);
  });

  it('lists the communities by risk with a summary that reads, and opens a member', async () => {
    await nav().getByText('Entities').click();
    const community = page.getByTestId('community').first();
    await community.waitFor();
    const answer = await apiJson<{
      items: { summary: { reasons: { kind: string; reference: string }[] } }[];
      hubs: { total: number };
    }>(page, '/api/v1/graph/communities');
    // The consignee and the shipper of seven of its bills deal repeatedly: one community. The
    // listed shipper filed once and shares nothing, so it is in none.
    expect(answer.items).toHaveLength(1);
    const seizures = answer.items[0]?.summary.reasons.filter((r) => r.kind === 'seizure') ?? [];
    expect(seizures.length).toBeGreaterThan(0);
    expect(await community.getByTestId('community-summary').textContent()).toBe(
      `2 companies · linked to ${seizures.length} ${seizures.length === 1 ? 'seizure' : 'seizures'}`,
    );
    const reasons = await community
      .getByTestId('community-reasons')
      .locator('li')
      .allTextContents();
    expect(reasons).toHaveLength(seizures.length);
    for (const [i, r] of seizures.entries())
      expect(reasons[i]).toMatch(
        new RegExp(
          `^[12] part(y|ies) linked to seizure ${r.reference} \\(\\d+ kg cocaine, bill HLCU9\\d{5}\\)$`,
        ),
      );
    expect(await community.getByTestId('community-binds').textContent()).toMatch(
      /^1 pair dealing with each other \(\d consignments\)$/,
    );
    expect(await page.getByTestId('community-hubs').count()).toBe(answer.hubs.total > 0 ? 1 : 0);
    await screenshot(page, 'e04-communities');
    await community
      .getByTestId('community-members')
      .getByRole('link', { name: /Noordzee Fruit Trading/i })
      .click();
    await page.getByRole('heading', { level: 1, name: /Noordzee Fruit Trading/i }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/entities\/E-/);
  });

  it('reads a shipper filed 64 times without identifiers as one entity, its records a page of lines at a time', async () => {
    await nav().getByText('Entities').click();
    await page
      .getByRole('search')
      .getByLabel('Name, identifier or address')
      .fill('manufacturing li');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    const result = page.getByTestId('entity-results').getByRole('link');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.textContent()).toContain(`${BIG_SHIPPER.bills} records`);
    await result.click();
    await page.getByRole('heading', { level: 1, name: BIG_SHIPPER.name }).waitFor();
    // 24 spellings (16 filed three times, 8 twice): 20 lines first, the most filed first, then
    // by name, each with its count and when its first and last bills were filed.
    const spellings = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, k) => bigShipperName(from + k)).sort();
    const expected = [...spellings(0, 16), ...spellings(16, BIG_SHIPPER.spellings)];
    const lines = page.getByTestId('members').locator('li');
    await expect.poll(() => lines.count()).toBe(20);
    // Told in one line, under the spelling filed most often (the first by name of a tie).
    expect(await page.getByTestId('same-name-address').textContent()).toBe(
      `${BIG_SHIPPER.bills} records filed as ${expected[0]} at 69 Gangwan Avenue, 3220 Yiwu, CN`,
    );
    expect(await lines.locator('strong').allTextContents()).toEqual(expected.slice(0, 20));
    const top = Array.from({ length: BIG_SHIPPER.spellings }, (_, k) => k).find(
      (k) => bigShipperName(k) === expected[0],
    );
    const filed = [0, 1, 2].map((n) => bigShipperFiledAt((top ?? 0) + 24 * n).getUTCDate());
    expect(await lines.first().getByTestId('member-count').textContent()).toBe(
      `3 records · 3 consignments · filed ${Math.min(...filed)} Nov 2026 to ${Math.max(...filed)} Nov 2026`,
    );
    const more = page.getByRole('button', { name: 'Show 4 more lines' });
    expect(await more.locator('..').textContent()).toContain('20 of 24 lines of identical records');
    await screenshot(page, 'e04b-entity-lines');
    await more.click();
    await expect.poll(() => lines.count()).toBe(BIG_SHIPPER.spellings);
    expect(await lines.locator('strong').allTextContents()).toEqual(expected);
    expect(await page.getByRole('button', { name: /more lines?$/ }).count()).toBe(0);
    // Its 64 bills: 20 listed, the rest on request.
    const bills = page.getByTestId('entity-consignments').getByRole('link');
    expect(await bills.count()).toBe(20);
    await page.getByRole('button', { name: 'Show 44 more consignments' }).click();
    await expect.poll(() => bills.count()).toBe(BIG_SHIPPER.bills);
  });

  it("shows the dashboard's charts with the statistics API's figures", async () => {
    await nav().getByText('Dashboard').click();
    await page.getByTestId('chart-effectiveness').locator('svg rect').first().waitFor();
    const effectiveness = await apiJson<Effectiveness>(
      page,
      '/api/v1/stats/effectiveness?groupBy=period',
    );
    const seizures = await apiJson<Seizures>(page, '/api/v1/stats/seizures?groupBy=port,year');
    const [month] = effectiveness.groups;
    const [port] = seizures.items;
    expect(month && port).toBeTruthy();
    if (!month || !port) return;
    // The seeded outcomes: two finds in three targeted scans, one in three control scans.
    expect(month.arms['targeted']?.hitRate.rate).toBeCloseTo(2 / 3);
    expect(month.arms['control']?.hitRate.rate).toBeCloseTo(1 / 3);
    await expectCharts(page, effectiveness);
    const seized = await chartTable(page, 'seizures');
    expect(seized.get(`${port.port} ${port.year}`)).toEqual([String(port.seizures)]);
    // The bars carry the same figures for sighted readers.
    const labels = await page.getByTestId('chart-effectiveness').locator('text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['66.7 %', '33.3 %', month.group]));
    await screenshot(page, 'e05-dashboard');
  });

  it('narrows hit rates and scanner use to a period, as the API does for it', async () => {
    const period = page.getByTestId('period');
    const effectiveness = page.getByTestId('chart-effectiveness');
    await period.getByLabel('From').fill('2020-01-01');
    await period.getByLabel('To (included)').fill('2020-01-31');
    await effectiveness.getByText('No recorded outcome in this period.').waitFor();
    const january = await apiJson<Effectiveness>(
      page,
      '/api/v1/stats/effectiveness?groupBy=period&from=2020-01-01T00:00:00.000Z&to=2020-02-01T00:00:00.000Z',
    );
    expect(january.groups).toEqual([]);
    // The last three UTC days, today included: the seeded scans are in it.
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const [from, to] = [day(Date.now() - 2 * DAY_MS), day(Date.now())];
    await period.getByLabel('To (included)').fill(to);
    await period.getByLabel('From').fill(from);
    const recent = await apiJson<Effectiveness>(
      page,
      `/api/v1/stats/effectiveness?groupBy=period&from=${from}T00:00:00.000Z&to=${day(Date.parse(to) + DAY_MS)}T00:00:00.000Z`,
    );
    expect(recent.groups.length).toBeGreaterThan(0);
    await expect
      .poll(() => chartTable(page, 'effectiveness').then((m) => m.size))
      .toBe(recent.groups.length);
    await expectCharts(page, recent);
    await screenshot(page, 'e06-dashboard-period');
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
      await screenshot(officer, 'e07-officer-refused');
    } finally {
      await context.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
