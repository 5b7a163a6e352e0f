/**
 * A secret key file in the node's data directory (`<dataDir>/keys/`), readable by the node's user
 * only: read when it exists, otherwise created once — even with racing processes, which then all
 * use the first one written — with mode 0600 in a 0700 folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function nodeKeyPath(dataDir: string, name: string): string {
  return path.join(dataDir, 'keys', name);
}

export function readOrCreateKeyFile(file: string, create: () => string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const content = create();
  try {
    writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
    return content;
  } catch (error) {
    // Another process created it first: use theirs, so the node keeps one key.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8');
    throw error;
  }
}
