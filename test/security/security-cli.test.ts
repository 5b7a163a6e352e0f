// `portcullis user …` and `portcullis apikey …` in-process on an embedded database: accounts
// created, listed, disabled, given a new password (piped in) and a TOTP factor; machine keys
// created with a scope, listed, rotated and revoked.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerSecurityCommands } from '../../src/cli/commands/security.commands.ts';
import { base32Decode } from '../../src/services/auth/base32.ts';
import { totp } from '../../src/services/auth/index.ts';
import { seededDataDir } from '../intake/seeded-data-dir.ts';
import type * as cli from '../../src/cli/commands/security-cli.ts';
import { runCli } from '../support/run-cli.ts';

type SecurityCli = typeof cli;

const piped = vi.hoisted(() => ({ password: '' }));
vi.mock('../../src/cli/commands/security-cli.ts', async (original) => ({
  ...(await original<SecurityCli>()),
  readStdin: () => Promise.resolve(piped.password),
}));

let dataDir = '';
beforeAll(async () => {
  dataDir = await seededDataDir('portcullis-security-');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(...args: string[]): Promise<string> {
  return runCli([registerSecurityCommands], [...args, '--data-dir', dataDir]);
}

describe('portcullis user', () => {
  it('adds an account with a piped password, lists, disables and enables it', async () => {
    piped.password = 'a perfectly long passphrase\n'.trimEnd();
    const added = JSON.parse(
      await run(
        'user',
        'add',
        'rosa',
        '--role',
        'analyst',
        '--role',
        'liaison-officer',
        '--password-stdin',
        '--json',
      ),
    ) as { username: string; roles: string[]; agencyId: string };
    expect(added).toMatchObject({
      username: 'rosa',
      agencyId: 'local',
      roles: ['analyst', 'liaison-officer'],
    });
    const list = JSON.parse(await run('user', 'list', '--json')) as {
      username: string;
      status: string;
      hasPassword: boolean;
    }[];
    expect(list.find((u) => u.username === 'rosa')).toMatchObject({
      status: 'active',
      hasPassword: true,
    });
    await run('user', 'disable', 'rosa');
    expect(await run('user', 'list')).toMatch(/rosa\s+disabled/);
    await run('user', 'enable', 'rosa');
    expect(await run('user', 'list')).toMatch(/rosa\s+active/);
  });

  it('refuses a weak new password with the reason, accepts a good one', async () => {
    piped.password = 'short';
    await expect(run('user', 'passwd', 'rosa', '--password-stdin')).rejects.toThrow(
      /at least 12 characters/,
    );
    piped.password = 'another long passphrase';
    expect(await run('user', 'passwd', 'rosa', '--password-stdin')).toContain(
      'Password of rosa changed',
    );
  });

  it('enrols and confirms a TOTP factor', async () => {
    const enrolment = JSON.parse(await run('user', 'totp', 'rosa', '--json')) as { secret: string };
    const code = totp(base32Decode(enrolment.secret), new Date());
    expect(await run('user', 'totp', 'rosa', '--confirm', code)).toContain('confirmed');
    expect(await run('user', 'totp', 'rosa', '--remove')).toContain('removed');
  });
});

describe('portcullis apikey', () => {
  it('creates a scoped machine key, lists, rotates and revokes it', async () => {
    const created = JSON.parse(
      await run(
        'apikey',
        'create',
        '--name',
        'dashboard',
        '--role',
        'analyst',
        '--permission',
        'rule.read',
        '--json',
      ),
    ) as { id: string; key: string; permissions: string[] };
    expect(created.key).toMatch(/^pcm_/);
    expect(created.permissions).toEqual(['rule.read']);
    const rotated = JSON.parse(
      await run('apikey', 'rotate', created.id, '--grace-hours', '1', '--json'),
    ) as { id: string };
    const listed = await run('apikey', 'list');
    expect(listed).toContain(`${created.id}  dashboard [rule.read]  expires`);
    expect(listed).toContain(rotated.id);
    expect(await run('apikey', 'revoke', rotated.id)).toContain('revoked');
    expect(await run('apikey', 'list')).toMatch(new RegExp(`${rotated.id}.*revoked`));
  });

  it('names a permission the roles do not grant', async () => {
    await expect(
      run('apikey', 'create', '--name', 'x', '--role', 'auditor', '--permission', 'rule.write'),
    ).rejects.toThrow(/rule\.write not granted/);
  });
});
