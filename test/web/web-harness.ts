/**
 * What every browser test of the web app needs: Debian's Chromium (skipped locally without it,
 * required under CI), the app built once from the current sources however many test files ask at
 * the same time, the real server on a free port over a seeded data directory, a headless browser,
 * screenshots, and signing in through the page as a person would.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/main.ts';
import { loadConfig } from '../../src/services/config.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const WEB = path.join(ROOT, 'web');
const DIST = path.join(WEB, 'dist');
const STAMP = path.join(DIST, '.built-from');
const LOCK = path.join(WEB, '.build-lock');

/** Whether the browser tests can run here; under CI a missing Chromium is a failure. */
export function browserAvailable(what: string): boolean {
  const have = existsSync(CHROMIUM);
  if (!have && process.env['CI'])
    throw new Error(`CI needs ${CHROMIUM} (apt-get install chromium)`);
  if (!have) console.warn(`${what} skipped: ${CHROMIUM} is missing (apt-get install chromium)`);
  return have;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' || e.name.startsWith('.') ? [] : filesUnder(full);
    return [full];
  });
}

/** A hash of everything the build reads from this checkout: the app's sources and the lock file. */
function sourcesHash(): string {
  const h = createHash('sha256');
  for (const file of [...filesUnder(WEB), path.join(ROOT, 'package-lock.json')].sort())
    h.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return h.digest('hex');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock other test processes respect (mkdir is atomic); one left by a killed run expires. */
async function withBuildLock(body: () => void): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    body();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds web/dist unless it was already built from the same sources. Test files run in parallel
 * processes, and a build empties web/dist: without the lock one file's build would pull the app
 * from under the other's browser.
 */
export async function buildWebApp(): Promise<void> {
  await withBuildLock(() => {
    const hash = sourcesHash();
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return;
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'],
      // vitest sets NODE_ENV=test, which would build React's development bundle.
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    writeFileSync(STAMP, hash);
  });
}

/** The real server over a seeded data directory, on a free port. */
export function startWebServer(dataDir: string): Promise<RunningServer> {
  return startServer(loadConfig({}, { dataDir, port: 0, host: '127.0.0.1', logLevel: 'silent' }));
}

/** Which of these API routes the node serves: an unknown route is a 404, a known one a 401. */
export async function servedRoutes(server: RunningServer, paths: readonly string[]) {
  const served = new Set<string>();
  for (const p of paths) if ((await fetch(`${server.url}${p}`)).status !== 404) served.add(p);
  return served;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page of the size of an analyst's laptop, collecting uncaught page errors. */
export async function openPage(browser: Browser, errors: string[]): Promise<Page> {
  await mkdir(SHOTS, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 }, locale: 'en-GB' });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

/** Signs in through the sign-in page and waits for the user's name in the top bar. */
export async function signIn(
  page: Page,
  url: string,
  user: { readonly username: string; readonly password: string; readonly displayName: string },
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('User name').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('who').getByText(user.displayName).waitFor();
}

/** Another client of the same API, signed in as the user: sends JSON with its session and CSRF token. */
export async function apiClientAs(
  baseUrl: string,
  user: { readonly username: string; readonly password: string },
): Promise<(method: 'GET' | 'POST', path: string, body?: unknown) => Promise<Response>> {
  const session = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
  return (method, path, body) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

/** What a browser test file works with: a seeded data directory, the server on it, a browser, a page. */
export interface BrowserWorld {
  readonly dataDir: string;
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * Builds the app, seeds a fresh data directory (`prefix` names it) with `seed`, starts the server
 * on it and opens a page in a new browser, its errors collected into `pageErrors`.
 */
export async function openBrowserWorld(
  prefix: string,
  seed: (dataDir: string) => Promise<unknown>,
  pageErrors: string[],
): Promise<BrowserWorld> {
  await buildWebApp();
  const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
  await seed(dataDir);
  const server = await startWebServer(dataDir);
  const browser = await launchBrowser();
  return { dataDir, server, browser, page: await openPage(browser, pageErrors) };
}

/** Closes what `openBrowserWorld` opened (whatever of it was opened) and removes the data. */
export async function closeBrowserWorld(w: Partial<BrowserWorld>): Promise<void> {
  await w.browser?.close();
  await w.server?.close();
  if (w.dataDir) await rm(w.dataDir, { recursive: true, force: true });
}
