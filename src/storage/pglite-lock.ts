/**
 * A lock on an embedded database directory, held by the one process that has it open. PGlite is
 * PostgreSQL in single-user mode and takes no lock of its own (its `postmaster.pid` always names
 * the same made-up process), so a second process opening the same directory — a command run while
 * `portcullis serve` holds it — succeeds, both write, and the directory is left unreadable. The
 * lock is a file beside the directory (`<dir>.lock`, not inside it, so it never enters a dump)
 * holding the process id; a second process is refused while that process lives, and a file left
 * by a process that died (SIGKILL, power loss) is taken over. Opens within one process share it.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { AppError } from '../core/app-error.ts';

const held = new Map<string, number>();
let exitHookAdded = false;

export function lockPathOf(dir: string): string {
  return `${dir.replace(/[/\\]+$/, '')}.lock`;
}

/** Takes the lock on `dir` (or joins this process's hold on it); call the result to let go. */
export function lockDataDir(dir: string): () => void {
  const file = lockPathOf(dir);
  const count = held.get(file);
  if (count === undefined) createLockFile(dir, file);
  held.set(file, (count ?? 0) + 1);
  addExitHook();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(file) ?? 1) - 1;
    if (left > 0) held.set(file, left);
    else {
      held.delete(file);
      removeIfOurs(file);
    }
  };
}

/** The live process other than this one that holds `dir`, if any. */
export function holderOf(dir: string): number | undefined {
  const pid = pidIn(lockPathOf(dir));
  return pid !== undefined && pid !== process.pid && isAlive(pid) ? pid : undefined;
}

function createLockFile(dir: string, file: string): void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(dir);
    if (holder !== undefined) throw inUse(dir, file, holder);
    // Left by a process that is gone (or by this one, outside any open): take it over.
    try {
      unlinkSync(file);
    } catch {
      // Another process took it over first; the next attempt sees its id.
    }
  }
  throw new AppError('conflict', `Could not lock the embedded database ${dir} (${file}).`);
}

function inUse(dir: string, file: string, pid: number): AppError {
  return new AppError(
    'conflict',
    `The embedded database ${dir} is in use by process ${pid} (a running "portcullis serve" or ` +
      `another portcullis command): PGlite allows one process at a time, and a second one would ` +
      `corrupt it. Stop that process first (or, if process ${pid} is not Portcullis, remove ${file}).`,
  );
}

function pidIn(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfOurs(file: string): void {
  if (pidIn(file) !== process.pid) return;
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}

/** An exit without `close()` (`process.exit`) lets go of the locks too; a kill leaves a stale file. */
function addExitHook(): void {
  if (exitHookAdded) return;
  exitHookAdded = true;
  process.on('exit', () => {
    for (const file of held.keys()) removeIfOurs(file);
    held.clear();
  });
}
