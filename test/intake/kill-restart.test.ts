// Nothing acknowledged is lost: the real server (bin/portcullis serve) takes a CUSCAR, is killed
// with SIGKILL the moment the acknowledgement arrives, and after a restart on the same data
// directory the filing, its raw bytes (same SHA-256) and its consignments are all there.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/services/app-context.ts';
import type { Acknowledgement } from '../../src/services/intake/acknowledgement.ts';
import { createSenderService } from '../../src/services/intake/sender.service.ts';
import { consignmentHistory, getRawMessage } from '../../src/storage/index.ts';
import { admin, AGENCY, consignments, cuscar } from './intake-fixtures.ts';
import { seededDataDir } from './seeded-data-dir.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dataDir = '';
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await seededDataDir('portcullis-kill-');
});

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `portcullis serve --port 0` and resolves with its URL once it listens. */
function serve(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(path.join(root, 'bin/portcullis'), ['serve', '--port', '0'], {
    env: { ...process.env, PORTCULLIS_DATA_DIR: dataDir, PORTCULLIS_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child });
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('an acknowledged filing survives SIGKILL', () => {
  // Two real server starts on a fresh data directory: about 40 s on a loaded 2-core machine.
  it('is intact after a restart on the same data directory', { timeout: 180_000 }, async () => {
    const context = await createAppContext({ dataDir });
    const senders = createSenderService(context);
    const sender = await senders.addSender(admin, { name: 'Kill test line', kind: 'carrier' });
    const { key } = await senders.issueKey(admin, sender.id);
    await context.close();
    const bytes = cuscar('KILL-1', consignments(40, 7000));
    const first = await serve();
    const response = await fetch(`${first.url}/api/v1/intake`, {
      method: 'POST',
      headers: { 'content-type': 'application/edifact', 'x-api-key': key },
      body: new TextDecoder().decode(bytes),
    });
    const ack = (await response.json()) as Acknowledgement;
    await killed(first.child);
    expect(response.status).toBe(201);
    expect(ack.units[0]?.accepted.consignments).toBe(40);
    const second = await serve();
    const again = await fetch(`${second.url}/api/v1/intake/${ack.id}`, {
      headers: { 'x-api-key': key },
    });
    expect(await again.json()).toEqual(ack);
    await killed(second.child);
    const reopened = await createAppContext({ dataDir });
    try {
      const raw = await getRawMessage(reopened.database.db, ack.rawMessage.id);
      expect(raw && createHash('sha256').update(raw.bytes).digest('hex')).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
      for (const i of [0, 39]) {
        const bill = `BL${String(7000 + i).padStart(6, '0')}`;
        const versions = await consignmentHistory(reopened.database.db, AGENCY, bill);
        expect(versions.map((v) => v.filingId)).toEqual([ack.units[0]?.filing?.id]);
      }
    } finally {
      await reopened.close();
    }
  });
});
