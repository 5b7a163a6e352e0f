// TOTP secrets at rest: sealed with AES-256-GCM under the node's key (never the secret, nor its
// bytes, in the stored column), bound to the account, migrated from clear by the startup step,
// and a wrong key fails closed — at start, and at any code check — with an error naming the keys.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../../src/services/auth/base32.ts';
import { createLocalAccount, totp } from '../../src/services/auth/index.ts';
import { createTotpService } from '../../src/services/auth/totp-enrolment.ts';
import {
  loadTotpKey,
  secretBoxOf,
  totpKeyPath,
  TotpKeyError,
} from '../../src/services/auth/totp-secret-box.ts';
import { buildAppContext } from '../../src/services/app-context.ts';
import { loadConfig } from '../../src/services/config.ts';
import { putPendingTotp, type Database } from '../../src/storage/index.ts';
import { rowsOf } from '../../src/storage/db.ts';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../support/db.ts';
import { movableClock } from './auth-app.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-totp-'));
const clock = movableClock();
const box = secretBoxOf(new Uint8Array(32).fill(7));
const otherBox = secretBoxOf(new Uint8Array(32).fill(8));
let database: Database;
let release: () => Promise<void>;

const stored = async (userId: string) =>
  rowsOf<{ secret: string }>(
    await database.db.execute(sql`SELECT secret FROM user_totp WHERE user_id = ${userId}`),
  )[0]?.secret ?? '';
const account = async (username: string) =>
  (
    await createLocalAccount(database, {
      username,
      displayName: username,
      agencyId: 'be-customs',
      roles: ['analyst'],
    })
  ).id;
const codeOf = (secret: string) => totp(base32Decode(secret), clock.now());

beforeAll(async () => {
  ({ database, release } = await openTestDatabase('pglite'));
  await buildAppContext(database, clock, box); // the roles
});
afterAll(async () => {
  await release();
  rmSync(dir, { recursive: true, force: true });
});

describe('TOTP secrets at rest', () => {
  it('stores only the sealed secret, which opens for its own account only', async () => {
    const userId = await account('sealed');
    const service = createTotpService({ database, clock, totpSecrets: box });
    const { secret } = await service.start(userId);
    const column = await stored(userId);
    expect(column).toMatch(new RegExp(`^totp1:${box.keyId}:`));
    expect(column).not.toContain(secret);
    expect(column).not.toContain(Buffer.from(base32Decode(secret)).toString('base64url'));
    await service.confirm(userId, codeOf(secret));
    expect(await service.enabled(userId)).toBe(true);
    expect(() => box.open('another-account', column)).toThrow(/does not open/);
  });

  it('fails closed with a clear error under a wrong key, at a code check and at start', async () => {
    const userId = await account('wrongkey');
    const { secret } = await createTotpService({ database, clock, totpSecrets: box }).start(userId);
    const wrong = createTotpService({ database, clock, totpSecrets: otherBox });
    const check = wrong.confirm(userId, codeOf(secret));
    await expect(check).rejects.toThrow(TotpKeyError);
    await expect(check).rejects.toThrow(
      new RegExp(`sealed under key ${box.keyId}; this node's TOTP key is ${otherBox.keyId}`),
    );
    await expect(buildAppContext(database, clock, otherBox)).rejects.toThrow(TotpKeyError);
  });

  it('seals secrets stored in clear by earlier versions when the context is built', async () => {
    const userId = await account('legacy');
    const clear = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await putPendingTotp(database.db, userId, clear, clock.now());
    expect(await stored(userId)).toBe(clear);
    const context = await buildAppContext(database, clock, box);
    const column = await stored(userId);
    expect(column).toMatch(/^totp1:/);
    expect(column).not.toContain(clear);
    await createTotpService(context).confirm(userId, codeOf(clear));
  });

  it('takes the key from PORTCULLIS_TOTP_KEY, or a 0600 key file made once in the data directory', () => {
    const first = loadTotpKey({ dataDir: dir });
    const file = totpKeyPath(dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadTotpKey({ dataDir: dir })).toEqual(first);
    expect(readFileSync(file, 'utf8')).toBe(Buffer.from(first).toString('hex'));
    const hex = 'ab'.repeat(32);
    expect(loadTotpKey({ dataDir: dir, keyHex: hex })).toEqual(new Uint8Array(32).fill(0xab));
    expect(loadConfig({ PORTCULLIS_TOTP_KEY: hex }).totpKey).toBe(hex);
    expect(() => loadConfig({ PORTCULLIS_TOTP_KEY: 'abc' })).toThrow(
      /PORTCULLIS_TOTP_KEY="\(not shown\)" is invalid; expected 64 hex digits/,
    );
  });
});
