// The progress bar of `portcullis ingest`: on a terminal it shows files done out of the total
// and the file being ingested; turned off (--no-progress, --json, not a terminal) it writes nothing.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/commands/ingest.command.ts';

function terminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  return { stream, written: () => written };
}

describe('portcullis ingest progress bar', () => {
  it('counts the files on a terminal', async () => {
    const { stream, written } = terminal();
    const bar = await progressBar(2, true, stream);
    bar.increment(1, 'cuscar.edi');
    bar.increment(1, 'events.json');
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toContain('ingest [');
    expect(written()).toMatch(/2\/2 files \| events\.json/);
  });

  it('writes nothing when turned off', async () => {
    const { stream, written } = terminal();
    const bar = await progressBar(2, false, stream);
    bar.increment(2, 'cuscar.edi');
    bar.stop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(written()).toBe('');
  });
});
