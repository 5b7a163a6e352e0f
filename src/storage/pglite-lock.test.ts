// The embedded database directory lock: a live process other than this one holding it is refused
// with its id named; a file left by a dead process is taken over; opens in one process share the
// lock, and the file goes when the last one lets go.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holderOf, lockDataDir, lockPathOf } from './pglite-lock.ts';

const root = mkdtempSync(path.join(tmpdir(), 'portcullis-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('lockDataDir', () => {
  it('refuses a directory a live process holds, naming the process and the lock file', () => {
    const dir = path.join(root, 'held');
    writeFileSync(lockPathOf(dir), `${process.ppid}\n`);
    expect(holderOf(dir)).toBe(process.ppid);
    expect(() => lockDataDir(dir)).toThrow(
      new RegExp(`in use by process ${process.ppid} .*remove ${lockPathOf(dir)}`),
    );
    expect(readFileSync(lockPathOf(dir), 'utf8').trim()).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = path.join(root, 'stale');
    writeFileSync(lockPathOf(dir), `${deadPid()}\n`);
    expect(holderOf(dir)).toBeUndefined();
    const release = lockDataDir(dir);
    expect(readFileSync(lockPathOf(dir), 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(lockPathOf(dir))).toBe(false);
  });

  it('is shared by opens in one process and removed when the last lets go', () => {
    const dir = path.join(root, 'shared');
    const first = lockDataDir(dir);
    const second = lockDataDir(dir);
    first();
    first(); // letting go twice counts once
    expect(existsSync(lockPathOf(dir))).toBe(true);
    second();
    expect(existsSync(lockPathOf(dir))).toBe(false);
  });
});
