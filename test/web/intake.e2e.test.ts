/**
 * The Intake page in a real Chromium against a real server: a carrier sends, through the real
 * `POST /api/v1/intake` with its API key, a manifest, its replacement and its cancellation, a
 * gate-in sent twice, then a CUSCAR with one bad container number. The analyst sees the
 * submissions newest first (the resend's event already stored, the bills the cancellation
 * cancelled, in the list and in its acknowledgement), opens the
 * bad one's acknowledgement with the diagnostic's position, reads the manifest's three versions;
 * a targeting officer sees the quarantined record with its position but no correction form (and
 * the API refuses the officer's reprocessing); the page reads in French and Dutch, the
 * quarantined record's reason and diagnostic included; the analyst sends a correction that is
 * still wrong (refused in plain words, the record stays), then a right one, and sees it accepted
 * and the quarantine empty.
 * Screenshots: test-output/screenshots/intake-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/main.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { createAppContext } from '../../src/services/app-context.ts';
import { createLocalAccount } from '../../src/services/auth/index.ts';
import { createSenderService } from '../../src/services/intake/sender.service.ts';
import { badDigit, consignments, corrupt, cuscar } from '../intake/intake-fixtures.ts';
import { writeCodeco } from '../../src/ingest/edifact/index.ts';
import { containerEventFixture, containerNo } from '../support/cargo-fixtures.ts';
import {
  apiClientAs,
  browserAvailable,
  closeBrowserWorld,
  openBrowserWorld,
  openPage,
  screenshot,
  signIn,
} from './web-harness.ts';
import { AGENCY } from './web-world.ts';

const haveBrowser = browserAvailable('intake e2e');

const ANALYST = {
  username: 'intake-analyst',
  password: 'manifest-mender-2026',
  displayName: 'Ines Analyst',
} as const;
const OFFICER = {
  username: 'intake-officer',
  password: 'quayside-watcher-2026',
  displayName: 'Omar Officer',
} as const;
const SENDER = 'Line Alpha';
/** The bad container: BL000701's, with a wrong check digit. */
const BAD = badDigit(701);

const edifact = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A terminal's gate-in of one container (CODECO), under its own control reference. */
const gateIn = (reference: string) =>
  new TextEncoder().encode(
    writeCodeco({
      envelope: {
        sender: 'BEANRPSA',
        recipient: 'BECUSTOMS',
        controlReference: reference,
        preparedAt: '2024-03-09T09:00:00Z',
      },
      documentNumber: reference,
      events: [
        { ...containerEventFixture(1, { containerNumber: containerNo(900) }), eventType: 'GTIN' },
      ],
    }),
  );

describe.skipIf(!haveBrowser)('Intake page in Chromium', { timeout: 180_000 }, () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof openBrowserWorld>>['browser'];
  let page: Page;
  let apiKey = '';
  let senderId = '';
  const pageErrors: string[] = [];

  /** The two accounts and the carrier with its API key. */
  async function seed(dir: string) {
    const context = await createAppContext({ dataDir: dir });
    try {
      await createLocalAccount(context.database, {
        ...ANALYST,
        agencyId: AGENCY,
        roles: ['analyst'],
      });
      await createLocalAccount(context.database, {
        ...OFFICER,
        agencyId: AGENCY,
        roles: ['targeting-officer'],
      });
      const admin = createActor({ kind: 'user', id: 'seed', agencyId: AGENCY, roles: ['admin'] });
      const senders = createSenderService(context);
      const sender = await senders.addSender(admin, { name: SENDER, kind: 'carrier' });
      senderId = sender.id;
      apiKey = (await senders.issueKey(admin, sender.id)).key;
    } finally {
      await context.close();
    }
  }

  /** Sends an upload as the carrier would. */
  async function submit(bytes: Uint8Array) {
    const res = await fetch(`${server.url}/api/v1/intake`, {
      method: 'POST',
      headers: { 'content-type': 'application/edifact', 'x-api-key': apiKey },
      body: Buffer.from(bytes),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { status: string };
  }

  const intakePage = async (p: Page) => {
    await p.getByRole('navigation').getByRole('link', { name: 'Intake' }).click();
    await p.waitForURL('**/intake');
    await p.getByRole('heading', { name: 'Cargo intake', level: 1 }).waitFor();
  };
  const quarantineRow = (p: Page) =>
    p.getByTestId('quarantined-record').filter({ hasText: 'BL000701' });

  beforeAll(async () => {
    ({ dataDir, server, browser, page } = await openBrowserWorld(
      'portcullis-intake-',
      seed,
      pageErrors,
    ));
    await submit(cuscar('M-100', consignments(2, 600)));
    await submit(cuscar('M-100', consignments(2, 600), { fn: 'replace', ref: 'M-100-R' }));
    await submit(cuscar('M-100', [], { fn: 'cancel', ref: 'M-100-C' }));
    await submit(gateIn('G-1'));
    await submit(gateIn('G-2'));
    const bad = corrupt(
      cuscar('M-200', consignments(2, 700)),
      `SGP+${containerNo(701)}`,
      `SGP+${BAD}`,
    );
    expect((await submit(bad)).status).toBe('partially-accepted');
  }, 240_000);

  afterAll(() => closeBrowserWorld({ dataDir, server, browser }));

  it("shows the analyst the submissions, one's acknowledgement with where the error is, and a filing's versions", async () => {
    await signIn(page, server.url, ANALYST);
    await intakePage(page);
    const rows = page.getByTestId('submission');
    await expect.poll(() => rows.count()).toBe(6);
    const accepted = rows.getByTestId('submission-accepted');
    expect((await accepted.allTextContents()).slice(1, 4)).toEqual([
      '1 container event; 1 container event already stored',
      '1 container event',
      '2 consignments; cancelled 2 bills',
    ]);
    await rows
      .nth(3)
      .getByRole('button', { name: /^Show the acknowledgement/ })
      .click();
    const cancelled = page.getByTestId('submission-acknowledgement').getByTestId('ack-cancelled');
    expect(await cancelled.textContent()).toMatch(/^Cancelled2 bills of version 2; IMO \d+ · /);
    const newest = rows.first();
    expect(await newest.getByTestId('submission-status').textContent()).toBe('partially accepted');
    const cells = await newest.locator('td').allTextContents();
    expect(cells[1]).toContain(SENDER);
    expect(cells[2]).toContain('UN/EDIFACT · CUSCAR');
    expect(cells[3]).toBe('1 consignment');
    expect(cells[4]).toBe('1');

    await newest.getByRole('button', { name: /^Show the acknowledgement of Line Alpha/ }).click();
    const ack = page.getByTestId('submission-acknowledgement');
    await ack.getByTestId('ack-quarantined').waitFor();
    const quarantined = await ack.getByTestId('ack-quarantined').textContent();
    expect(quarantined).toContain('Consignment BL000701');
    expect(quarantined).toContain(BAD);
    expect(await ack.getByTestId('diagnostic-place').first().textContent()).toMatch(
      /^interchange M-200, message 1, segment \d+ \(SGP\), element 1, component 1, line 1, field containerNumber$/,
    );
    expect(await ack.getByTestId('diagnostic-message').first().textContent()).toMatch(
      new RegExp(`^Container number "${BAD}": check digit is \\d, expected \\d\\.$`),
    );

    // The manifest's versions, opened by sender, message type and document number.
    const history = page.getByTestId('intake-filings');
    await history.getByLabel('Sender').selectOption({ label: SENDER });
    await history.getByLabel('Message type').selectOption('CUSCAR');
    await history.getByLabel('Document number').fill('M-100');
    await history.getByRole('button', { name: 'Show the versions' }).click();
    await history
      .getByRole('heading', { name: `Versions of CUSCAR M-100 from ${SENDER}` })
      .waitFor();
    const versions = await history
      .getByTestId('filing-version')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-function')));
    expect(versions).toEqual(['original', 'replace', 'cancel']);
    expect(await history.getByTestId('filing-version').last().textContent()).toContain(
      'cancellation',
    );
    // Unknown document: said plainly.
    await history.getByLabel('Document number').fill('M-999');
    await history.getByRole('button', { name: 'Show the versions' }).click();
    expect(await history.getByTestId('filing-none').textContent()).toBe(
      `No filing of ${SENDER} has this message type and document number in your agency.`,
    );
    // The bad message's filing, opened from its quarantined record.
    await quarantineRow(page)
      .getByRole('button', { name: `History of the filing ${senderId}|CUSCAR|M-200` })
      .click();
    await history
      .getByRole('heading', { name: `Versions of CUSCAR M-200 from ${SENDER}` })
      .waitFor();
    await screenshot(page, 'intake-analyst');
  });

  it('shows a targeting officer the quarantine with the position, and no correction form', async () => {
    const officer = await openPage(browser, pageErrors);
    await signIn(officer, server.url, OFFICER);
    await intakePage(officer);
    const row = quarantineRow(officer);
    await row.waitFor();
    expect(await row.getByTestId('quarantine-place').textContent()).toMatch(
      /segment \d+ \(SGP\), element 1/,
    );
    const text = await row.textContent();
    expect(text).toContain(BAD);
    expect(text).toContain(SENDER);
    expect(text).toContain('CUSCAR M-200');
    expect(await officer.getByRole('columnheader', { name: 'Actions' }).count()).toBe(0);
    expect(await officer.getByRole('button', { name: /^Correct/ }).count()).toBe(0);
    expect(await officer.getByTestId('reprocess-form').count()).toBe(0);
    // Nor may the officer reprocess through the API: refused like a missing record.
    const api = await apiClientAs(server.url, OFFICER);
    const records = (await (await api('GET', '/api/v1/quarantine')).json()) as {
      records: { id: string }[];
    };
    const refused = await api('POST', `/api/v1/quarantine/${records.records[0]?.id}/reprocess`, {
      contentType: 'application/edifact',
      content: edifact(cuscar('M-200-X', consignments(1, 701))),
    });
    expect(refused.status).toBe(404);
    await screenshot(officer, 'intake-officer');
    await officer.close();
  });

  it('reads in French and Dutch', async () => {
    await page.getByTestId('language').selectOption('fr');
    await page.getByRole('heading', { name: 'Réception des données de fret', level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Quarantaine' }).count()).toBe(1);
    const place = quarantineRow(page).getByTestId('quarantine-place');
    expect(await place.textContent()).toMatch(/segment \d+ \(SGP\), élément 1/);
    expect(await quarantineRow(page).locator('th').textContent()).toContain('Envoi');
    // The reason and the diagnostic are worded in French from the diagnostic's values.
    const checkDigitFr = new RegExp(
      `^Numéro de conteneur « ${BAD} » : le chiffre de contrôle est \\d, alors que \\d est attendu\\.$`,
    );
    expect(await quarantineRow(page).getByTestId('quarantine-reason').textContent()).toMatch(
      checkDigitFr,
    );
    expect(
      await quarantineRow(page).getByTestId('diagnostic-message').first().textContent(),
    ).toMatch(checkDigitFr);
    await screenshot(page, 'intake-french');
    expect(await page.getByTestId('submission-status').first().textContent()).toBe(
      'accepté en partie',
    );
    await page.getByTestId('language').selectOption('nl');
    await page.getByRole('heading', { name: 'Ontvangst van vrachtgegevens', level: 1 }).waitFor();
    expect(await page.getByTestId('submission-status').first().textContent()).toBe(
      'gedeeltelijk aanvaard',
    );
    expect(
      await quarantineRow(page)
        .getByRole('button', { name: 'Zending BL000701 verbeteren' })
        .count(),
    ).toBe(1);
    expect(await quarantineRow(page).getByTestId('quarantine-reason').textContent()).toMatch(
      new RegExp(
        `^Containernummer "${BAD}": het controlecijfer is \\d, maar \\d wordt verwacht\\.$`,
      ),
    );
    await page.getByTestId('language').selectOption('en');
  });

  it('lets the analyst correct the record: a wrong correction is refused, a right one accepted', async () => {
    await quarantineRow(page).getByRole('button', { name: 'Correct Consignment BL000701' }).click();
    const form = page.getByTestId('reprocess');
    await form
      .getByRole('heading', { name: 'Correct and reprocess Consignment BL000701' })
      .waitFor();
    // Still the bad container number: not accepted whole, said plainly, with where.
    const stillBad = corrupt(
      cuscar('M-200-FIX', consignments(1, 701)),
      `SGP+${containerNo(701)}`,
      `SGP+${BAD}`,
    );
    await form.getByLabel('Corrected message').fill(edifact(stillBad));
    await form.getByRole('button', { name: 'Reprocess' }).click();
    const refused = form.getByTestId('reprocess-refused');
    await refused.waitFor();
    expect(await refused.locator('p').first().textContent()).toBe(
      'The correction was not accepted whole, so Consignment BL000701 stays in quarantine. Fix what is listed below and send it again.',
    );
    expect(await refused.getByTestId('diagnostic-place').first().textContent()).toMatch(
      /segment \d+ \(SGP\), element 1/,
    );
    expect(await quarantineRow(page).count()).toBe(1);

    await form
      .getByLabel('Corrected message')
      .fill(edifact(cuscar('M-200-FIX', consignments(1, 701))));
    await form.getByRole('button', { name: 'Reprocess' }).click();
    const done = page.getByTestId('reprocessed');
    await done.waitFor();
    expect(await done.getByRole('status').textContent()).toBe(
      'Consignment BL000701 was reprocessed and left the quarantine. Status of the correction: accepted.',
    );
    expect(await done.getByTestId('ack-status').textContent()).toBe('accepted');
    await page.getByTestId('quarantine-empty').waitFor();
    // The correction is a submission of the carrier too, newest in the list.
    await expect.poll(() => page.getByTestId('submission').count()).toBe(7);
    expect(await page.getByTestId('reprocess').count()).toBe(0);
    await screenshot(page, 'intake-reprocessed');
    expect(pageErrors).toEqual([]);
  });
});
