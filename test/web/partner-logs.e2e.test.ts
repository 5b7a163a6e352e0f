/**
 * The Partner logs page in a real Chromium against a real server: a node holding five partners'
 * audit heads — one whose log shrank (a `smaller-tree` alarm stored in the node's database, twice),
 * one that showed another partner a different log (a `split-view` alarm naming that witness), one
 * verified, one with no head yet, one with no audit key. The auditor sees the alarm badge on the
 * menu entry and the alarms, in plain words, heading the page (and in French and Dutch); an
 * administrator (`admin.partners`) sees them too; an analyst has no such entry and is refused the
 * page. Screenshot: test-output/screenshots/partner-logs-alarm.png.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/main.ts';
import { createAppContext } from '../../src/services/app-context.ts';
import { createLocalAccount } from '../../src/services/auth/index.ts';
import { insertPartner, insertPartnerHeadCheck } from '../../src/storage/index.ts';
import { ADMIN_USER, AGENCY, ANALYST_USER, AUDITOR_USER } from './web-world.ts';
import {
  browserAvailable,
  closeBrowserWorld,
  openBrowserWorld,
  openPage,
  screenshot,
  signIn,
} from './web-harness.ts';

const haveBrowser = browserAvailable('partner logs e2e');

const ROOT = 'ab12'.repeat(16);
const head = (treeSize: number, rootHash = ROOT) => ({
  logId: 'portcullis-audit:00112233aabbccdd',
  treeSize,
  rootHash,
  timestamp: '2026-11-23T10:00:00.000Z',
  keyId: '00112233aabbccdd',
  signature: 'c2ln',
});
const SMALLER =
  'The head covers 40 entries, fewer than the 42 of the head held: the log was cut back.';
const SPLIT =
  'hmrc holds a head of 1300 entries with another root than the head held here: the partner showed two different logs.';

/** Accounts of one role each, and the partners with the checks a sync would have stored. */
async function seedPartnerLogs(dataDir: string): Promise<void> {
  const context = await createAppContext({ dataDir });
  try {
    const { db } = context.database;
    for (const [user, role] of [
      [AUDITOR_USER, 'auditor'],
      [ADMIN_USER, 'admin'],
      [ANALYST_USER, 'analyst'],
    ] as const)
      await createLocalAccount(context.database, { ...user, agencyId: AGENCY, roles: [role] });
    const partners = [
      ['adm', 'it-adm', true],
      ['cbp', 'us-cbp', true],
      ['hmrc', 'gb-hmrc', true],
      ['nl-customs', 'nl-customs', true],
      ['dgddi', 'fr-dgddi', false],
    ] as const;
    for (const [id, agencyId, withKey] of partners)
      await insertPartner(db, {
        id,
        agencyId,
        name: id.toUpperCase(),
        communities: [],
        purposes: [],
        acceptsPush: false,
        requireSignedRequests: true,
        ...(withKey
          ? { auditPublicKey: bytesToHex(ed25519.getPublicKey(ed25519.utils.randomSecretKey())) }
          : {}),
        createdAt: new Date('2026-11-01T00:00:00.000Z'),
      });
    const at = (h: number) => new Date(Date.UTC(2026, 10, 23, h, 1));
    await insertPartnerHeadCheck(db, {
      partnerId: 'cbp',
      outcome: 'accepted',
      head: head(42),
      checkedAt: at(10),
    });
    for (const h of [11, 12])
      await insertPartnerHeadCheck(db, {
        partnerId: 'cbp',
        outcome: 'smaller-tree',
        message: SMALLER,
        head: head(40, 'cd34'.repeat(16)),
        checkedAt: at(h),
      });
    await insertPartnerHeadCheck(db, {
      partnerId: 'hmrc',
      outcome: 'accepted',
      head: head(1_250, 'ef56'.repeat(16)),
      checkedAt: at(9),
    });
    await insertPartnerHeadCheck(db, {
      partnerId: 'adm',
      outcome: 'accepted',
      head: head(1_300),
      checkedAt: at(9),
    });
    await insertPartnerHeadCheck(db, {
      partnerId: 'adm',
      outcome: 'split-view',
      message: SPLIT,
      head: head(1_300, '9a9a'.repeat(16)),
      witness: 'hmrc',
      checkedAt: at(13),
    });
  } finally {
    await context.close();
  }
}

describe.skipIf(!haveBrowser)('Partner logs page in Chromium', { timeout: 180_000 }, () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const card = (p: Page, id: string) =>
    p.getByTestId('partner-log').filter({ has: p.getByRole('heading', { name: id, level: 2 }) });

  beforeAll(async () => {
    ({ dataDir, server, browser, page } = await openBrowserWorld(
      'portcullis-partner-logs-',
      seedPartnerLogs,
      pageErrors,
    ));
  }, 240_000);

  afterAll(() => closeBrowserWorld({ dataDir, server, browser }));

  it('shows the auditor the alarm on the menu and, in plain words, heading the page', async () => {
    await signIn(page, server.url, AUDITOR_USER);
    expect(new URL(page.url()).pathname).toBe('/audit');
    const entry = page.getByRole('navigation').getByRole('link', { name: /^Partner logs/ });
    await expect.poll(() => page.getByTestId('partner-alarm-badge').textContent()).toContain('2');
    expect(await entry.textContent()).toContain('2 partner logs in alarm');
    await entry.click();
    await page.waitForURL('**/partner-logs');
    const alarm = page.getByRole('alert', { name: 'Alarm: 2 partner logs fail the check' });
    await alarm.waitFor();
    expect(await alarm.textContent()).toContain(
      "cbp (us-cbp): The partner's log is now shorter than the one we hold: events were deleted.",
    );
    expect(await alarm.textContent()).toContain(
      "adm (it-adm): Another partner holds a head of this partner's log that does not match ours: the partner showed different versions of its log to different partners.",
    );
    // The alert comes first on the page, before any partner.
    const [alertTop, firstCardTop] = await Promise.all(
      [alarm, page.getByTestId('partner-log').first()].map(
        async (l) => (await l.boundingBox())?.y ?? -1,
      ),
    );
    expect(alertTop).toBeGreaterThan(0);
    expect(alertTop).toBeLessThan(firstCardTop!);

    const states = await page
      .getByTestId('partner-log')
      .evaluateAll((cards) => cards.map((c) => [c.id, c.getAttribute('data-state')]));
    expect(states).toEqual([
      ['partner-log-adm', 'alarm'],
      ['partner-log-cbp', 'alarm'],
      ['partner-log-dgddi', 'no-audit-key'],
      ['partner-log-hmrc', 'verified'],
      ['partner-log-nl-customs', 'no-head'],
    ]);
    const cbp = card(page, 'cbp');
    expect(await cbp.getByTestId('partner-log-state').textContent()).toBe('alarm');
    expect(await cbp.getByTestId('partner-log-alarms').textContent()).toBe('2');
    const facts = await cbp.locator('.facts').textContent();
    expect(facts).toContain('Entries42');
    expect(facts).toContain('Signed at23 Nov 2026');
    expect(facts).toContain(`${ROOT.slice(0, 16)}…`);
    const newest = cbp.getByTestId('partner-log-alarm');
    expect(await newest.textContent()).toContain('Head refused: 40 entries');
    expect(await newest.textContent()).toContain(`Technical detail: ${SMALLER}`);
    // The whole root hash is one click away.
    const full = cbp.getByTestId('root-hash');
    expect(await full.isVisible()).toBe(false);
    await cbp.locator('summary').click();
    expect(await full.isVisible()).toBe(true);
    expect(await full.textContent()).toBe(ROOT);

    // A split view names the witness and shows the head it holds.
    const split = card(page, 'adm').getByTestId('partner-log-alarm');
    expect(await split.getByTestId('partner-log-alarm-head').textContent()).toContain(
      'Head held by hmrc: 1,300 entries, signed 23 Nov 2026',
    );
    expect(await split.textContent()).toContain(`Technical detail: ${SPLIT}`);
    expect(await card(page, 'hmrc').getByTestId('partner-log-state').textContent()).toBe(
      'verified',
    );
    expect(await card(page, 'hmrc').locator('.facts').textContent()).toContain('1,250');
    expect(await card(page, 'dgddi').textContent()).toContain(
      'portcullis partner update dgddi --audit-key',
    );
    expect(await card(page, 'nl-customs').getByTestId('partner-log-state').textContent()).toBe(
      'no head yet',
    );
    await screenshot(page, 'partner-logs-alarm');
  });

  it('says the alarm in French and Dutch', async () => {
    await page.getByTestId('language').selectOption('fr');
    const alarm = page.getByRole('alert', {
      name: 'Alarme : 2 journaux de partenaires échouent au contrôle',
    });
    await alarm.waitFor();
    expect(await alarm.textContent()).toContain(
      'Le journal du partenaire est désormais plus court que celui que nous détenons : des événements ont été supprimés.',
    );
    expect(await alarm.textContent()).toContain(
      'le partenaire a montré des versions différentes de son journal à des partenaires différents.',
    );
    expect(await page.getByRole('navigation').textContent()).toContain(
      '2 journaux de partenaires en alarme',
    );
    await page.getByTestId('language').selectOption('nl');
    expect(await page.getByTestId('partner-alarm').textContent()).toContain(
      'Het logboek van de partner is nu korter dan het logboek dat wij bewaren: er zijn gebeurtenissen verwijderd.',
    );
    expect(await page.getByTestId('partner-alarm').textContent()).toContain(
      'de partner toonde verschillende versies van zijn logboek aan verschillende partners.',
    );
    await page.getByTestId('language').selectOption('en');
  });

  it('shows a partner administrator the same, and gives an analyst no entry', async () => {
    const admin = await openPage(browser, pageErrors);
    await signIn(admin, server.url, ADMIN_USER);
    // Partner logs is the administrator's one page of the app.
    await admin.waitForURL('**/partner-logs');
    await admin.getByRole('alert', { name: 'Alarm: 2 partner logs fail the check' }).waitFor();
    expect(await admin.getByTestId('partner-alarm-badge').textContent()).toContain('2');
    await admin.close();

    const analyst = await openPage(browser, pageErrors);
    await signIn(analyst, server.url, ANALYST_USER);
    const menu = await analyst.getByRole('navigation').getByRole('link').allTextContents();
    expect(menu.length).toBeGreaterThan(0);
    expect(menu.join(' ')).not.toContain('Partner logs');
    expect(await analyst.getByTestId('partner-alarm-badge').count()).toBe(0);
    await analyst.goto(`${server.url}/partner-logs`);
    await analyst.getByTestId('refused').waitFor();
    expect(await analyst.getByRole('alert').textContent()).not.toContain('shorter');
    await analyst.close();
    expect(pageErrors).toEqual([]);
  });
});
